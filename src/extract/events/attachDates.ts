// Which date of a sentence dates which event. A date belongs to the nearest trigger in its own clause
// (crossing a comma costs more than words do). A date inside "prior to his arrival on May 5-6" also dates
// the main clause's events, as `before`; "after"/"following" likewise as `after`. A date that opens the
// sentence ("On Monday, …") dates every event of the sentence. Everything else stays undated.
import type { DateRef } from '../../model/contract.js';
import type { LocalDate } from '../types.js';
import type { Trigger } from './triggers.js';

export interface PlacedDate { date: LocalDate; start: number; end: number }

const COMMA_COST = 8;
const MAX_COST = 14;
const REPORTED = /\b(said|says|told|announced|reported|stated|added|confirmed|disclosed|declared)\s+(?:on\s+)?$/i;

function ref(d: LocalDate, relation?: DateRef['relation']): DateRef {
  return { text: d.text, start: d.start, end: d.end, precision: d.precision, relation: relation ?? d.relation };
}

/** Distance in words between two spans of the sentence, plus a cost per clause edge between them. */
function cost(sentence: string, a: { start: number; end: number }, b: { start: number; end: number }): number {
  const between = a.end <= b.start ? sentence.slice(a.end, b.start) : sentence.slice(b.end, a.start);
  const words = between.trim() ? between.trim().split(/\s+/).length : 0;
  const edges = (between.match(/[,;:—–()]/g) ?? []).length;
  return words + edges * COMMA_COST;
}

/** Places each date of the sentence in the text, in order, by its written form. */
export function placeDates(sentence: string, dates: LocalDate[]): PlacedDate[] {
  const out: PlacedDate[] = [];
  let from = 0;
  for (const d of dates) {
    const at = d.text ? sentence.indexOf(d.text, from) : -1;
    if (at < 0) continue;
    out.push({ date: d, start: at, end: at + d.text!.length });
    from = at + d.text!.length;
  }
  return out;
}

export interface Attachment { dates: (DateRef | null)[]; unclaimed: PlacedDate[] }

export function attachDates(sentence: string, triggers: Trigger[], dates: PlacedDate[]): Attachment {
  const own: (DateRef | null)[] = triggers.map(() => null);
  const claimed = new Set<PlacedDate>();
  // nearest pairs first, so that a date close to its trigger is not taken by a farther one
  const pairs: { t: number; d: PlacedDate; c: number }[] = [];
  for (const d of dates) {
    // "said Friday", "announced on Monday": the date is the report's, not the reported event's
    if (REPORTED.test(sentence.slice(Math.max(0, d.start - 25), d.start))) continue;
    triggers.forEach((t, k) => {
      const c = cost(sentence, t, d);
      if (c <= MAX_COST) pairs.push({ t: k, d, c });
    });
  }
  pairs.sort((a, b) => a.c - b.c);
  const spread: { t: number; d: PlacedDate }[] = [];
  for (const { t, d } of pairs) {
    if (own[t] || claimed.has(d)) continue;
    own[t] = ref(d.date);
    claimed.add(d);
    spread.push({ t, d });
  }
  for (const { t, d } of spread) {
    // "prior to his arrival on May 5-6, …": the other events of the sentence come before that date
    const lead = sentence.slice(Math.max(0, triggers[t]!.start - 30), triggers[t]!.start);
    const relation = /\b(prior to|before|ahead of)\s+(?:(?:his|her|their|its|the)\s+)?$/i.test(lead) ? 'before'
      : /\b(after|following|since)\s+(?:(?:his|her|their|its|the)\s+)?$/i.test(lead) ? 'after' : null;
    if (relation) triggers.forEach((_, k) => { if (k !== t && !own[k]) own[k] = ref(d.date, relation); });
  }
  // "On Monday, the minister arrived in Baku and met …": an opening date dates the whole sentence.
  const opening = dates.find((d) => /^\W*(?:on|in|by|early|late)?\s*$/i.test(sentence.slice(0, d.start)) && /^\s*,/.test(sentence.slice(d.end)));
  if (opening) triggers.forEach((_, k) => { if (!own[k]) own[k] = ref(opening.date); });
  return { dates: own, unclaimed: dates.filter((d) => !claimed.has(d)) };
}
