// Which date of a sentence dates which event. A date belongs to the nearest trigger in its own clause
// (crossing a comma costs more than words do). A date inside "prior to his arrival on May 5-6" also dates
// the main clause's events, as `before`; "after"/"following" likewise as `after`. A date that opens the
// sentence ("On Monday, …") dates every event of the sentence. Everything else stays undated; a date no
// trigger takes is returned as unclaimed.
import type { DateRef } from '../../model/contract.js';
import type { LocalDate } from '../types.js';
import type { Trigger } from './triggers.js';

export interface PlacedDate { date: LocalDate; start: number; end: number }

const COMMA_COST = 8;
const MAX_COST = 14;
const JOIN_COST = 4;
const RELATIVE_COST = 6;
const DATE_FIRST_COST = 3;
const REPORTED = /\b(said|says|told|announced|reported|stated|added|confirmed|disclosed|declared)\s+(?:on\s+)?$/i;

function ref(d: LocalDate, relation?: DateRef['relation']): DateRef {
  return { text: d.text, start: d.start, end: d.end, precision: d.precision, relation: relation ?? d.relation };
}

/** Distance in words between two spans of the sentence, plus a cost per clause edge between them. */
function cost(sentence: string, trigger: { start: number; end: number }, date: { start: number; end: number }): number {
  const dateFirst = date.end <= trigger.start;
  const between = dateFirst ? sentence.slice(date.end, trigger.start) : sentence.slice(trigger.end, date.start);
  const words = between.trim() ? between.trim().split(/\s+/).length : 0;
  const edges = (between.match(/[,;:—–()]/g) ?? []).length;
  const joins = (between.match(/\s(?:and|but|or|then)\s/g) ?? []).length;
  const relatives = (between.match(/\b(?:that|which|who|whom|whose|where|when|while)\b/g) ?? []).length;
  // a verb's date usually follows it in its own clause: "visited the piers on Dec. 31 and met …"
  return words + edges * COMMA_COST + joins * JOIN_COST + relatives * RELATIVE_COST + (dateFirst ? DATE_FIRST_COST : 0);
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

/** "prior to his arrival", "after Brandt arrived": the words that make a trigger's date a bound for others. */
function boundOf(sentence: string, t: Trigger): DateRef['relation'] | null {
  const lead = sentence.slice(Math.max(0, t.start - 40), t.start);
  const between = String.raw`\s+(?:(?:his|her|their|its|the|a|an|\p{Lu}[\p{L}'’-]*)\s+){0,2}$`;
  if (new RegExp(String.raw`\b(?:[Pp]rior to|[Bb]efore|[Aa]head of)` + between, 'u').test(lead)) return 'before';
  if (new RegExp(String.raw`\b(?:[Aa]fter|[Ff]ollowing|[Ss]ince)` + between, 'u').test(lead)) return 'after';
  return null;
}

/** starts[i]: words that begin before offset i; starts[b] - starts[a] is a lower bound on the words in a..b. */
function wordStarts(sentence: string): Int32Array {
  const starts = new Int32Array(sentence.length + 1);
  // a word begins where a run of non-space begins; one scan for the runs, then a running count
  for (const m of sentence.matchAll(/\S+/g)) starts[m.index + 1] = 1;
  for (let i = 1; i <= sentence.length; i++) starts[i]! += starts[i - 1]!;
  return starts;
}

export function attachDates(sentence: string, triggers: Trigger[], dates: PlacedDate[]): Attachment {
  const datable = dates.filter((d) => !REPORTED.test(sentence.slice(Math.max(0, d.start - 25), d.start)));
  const starts = wordStarts(sentence);
  // each trigger takes its cheapest date; coordinated triggers may share one
  const own: (PlacedDate | null)[] = triggers.map((t) => {
    let best: PlacedDate | null = null;
    let bestCost = MAX_COST + 1;
    for (const d of datable) {
      // more words between than MAX_COST can never win: skipping them keeps a run-on sentence linear
      const [a, b] = d.end <= t.start ? [d.end, t.start] : [t.end, d.start];
      if (b > a && starts[b]! - starts[a]! > MAX_COST) continue;
      const c = cost(sentence, t, d);
      if (c < bestCost) { best = d; bestCost = c; }
    }
    return best;
  });
  const refs: (DateRef | null)[] = own.map((d) => (d ? ref(d.date) : null));
  // "prior to his arrival on May 5-6, …": the sentence's other events come before the arrival's date
  triggers.forEach((t, k) => {
    const d = own[k];
    const relation = d ? boundOf(sentence, t) : null;
    if (!d || !relation) return;
    triggers.forEach((_, j) => { if (j !== k && (own[j] === null || own[j] === d)) { own[j] = d; refs[j] = ref(d.date, relation); } });
  });
  // "On Monday, the minister arrived in Baku and met …": an opening date dates the whole sentence
  const opening = datable.find((d) => /^\W*(?:on|in|by|early|late)?\s*$/i.test(sentence.slice(0, d.start)) && /^\s*,/.test(sentence.slice(d.end)));
  if (opening) triggers.forEach((_, k) => { if (!own[k]) { own[k] = opening; refs[k] = ref(opening.date); } });
  const taken = new Set(own);
  return { dates: refs, unclaimed: dates.filter((d) => !taken.has(d)) };
}
