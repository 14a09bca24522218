// "When did it happen?": events matching participants, kind, place and words, best first. A person alone
// ("when Lavrov") lists that person's dated events in time order. An undated answer may carry the nearest
// date its article gives, as a separate `nearestDate` field that says so: never as the event's own date.
import type { DatedMention, Event, EventKind, WhenAnswer } from '../model/contract.js';
import type { Library } from '../index/library.js';
import { fold } from '../text/normalize.js';
import { STOPWORDS } from '../text/tokens.js';

const KIND_WORDS: [RegExp, EventKind][] = [
  [/^(meet|meets|met|meeting|meetings|summit)$/, 'meeting'],
  [/^(visit|visits|visited|visiting|arrive|arrived|arrival|trip)$/, 'visit'],
  [/^(talk|talks|talked|negotiate|negotiated|negotiations|discuss|discussed)$/, 'talks'],
  [/^(call|calls|called|phone|phoned|telephone)$/, 'call'],
  [/^(sign|signs|signed|signing)$/, 'signing'],
];
const QUESTION = /^\s*(when|what day|what date|on what date)\s+(did|was|were|is|are|will|does|do|has|have|had)?\s*/i;
const FILLER = /\b(happen|happened|take place|took place|occur|occurred)\s*\??\s*$/i;

export interface NearestDate extends DatedMention { note: string }
export type WhenEvent = Event & { nearestDate?: NearestDate };

function sortKey(e: Event): string {
  const s = e.date?.start ?? '';
  // a year the article does not give cannot be placed among years: those come last, by month and day
  return s.startsWith('--') ? `~${s}` : s;
}

/** The nearest dated context of an undated event in its own article: a dated event of another sentence,
 *  closer when it shares a participant or the place and when it is a named kind (a visit rather than an
 *  `other` happening); a date of the same sentence already belongs to something else. */
function nearestDate(lib: Library, e: Event): NearestDate | null {
  const article = lib.extracted.find((a) => a.article === e.evidence.article);
  let best: Event | null = null;
  let bestDistance = Infinity;
  for (const x of article?.events ?? []) {
    if (!x.date?.start || x.evidence.text === e.evidence.text) continue;
    const shared = x.participants.some((p) => e.participants.includes(p)) || (!!x.place && x.place === e.place);
    const distance = Math.abs(x.evidence.paragraph - e.evidence.paragraph) * 2 + (x.evidence.paragraph < e.evidence.paragraph ? 1 : 0)
      + (shared ? 0 : 2) + (x.kind === 'other' ? 2 : 0);
    if (distance < bestDistance) { best = x; bestDistance = distance; }
  }
  return best?.date ? { ...best.date, evidence: best.evidence, note: 'the event has no date of its own; this is the nearest dated context in its article' } : null;
}

function withContext(lib: Library, e: Event): WhenEvent {
  if (e.date?.start) return e;
  const near = nearestDate(lib, e);
  return near ? { ...e, nearestDate: near } : e;
}

export function when(lib: Library, eventWords: string, limit = 10): WhenAnswer {
  const query = eventWords.trim();
  const words = query.replace(QUESTION, '').replace(FILLER, '').replace(/[?!.]+$/, '').trim();
  if (!words) return { query, answers: [], notFound: 'Describe the event.' };
  const tokens = fold(words).split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOPWORDS.has(w));
  const kinds = tokens.flatMap((w) => KIND_WORDS.filter(([re]) => re.test(w)).map(([, k]) => k));
  const index = lib.eventIndex;

  // a person alone: their dated events in time order
  if (tokens.length > 0 && tokens.length <= 3 && tokens.every((w) => index.isParticipantWord(w))) {
    const sets = tokens.map((w) => new Set(index.byParticipant(w)));
    const ks = [...sets[0]!].filter((k) => sets.every((s) => s.has(k)));
    const dated = ks.map((k) => index.events[k]!).filter((e) => e.date?.start).sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
    if (dated.length) return { query, answers: dated.slice(0, limit), notFound: null };
  }

  const hits = index.search({ words, kinds }, limit);
  if (hits.length === 0) return { query, answers: [], notFound: 'No event in the loaded articles matches this.' };
  return { query, answers: hits.map((h) => withContext(lib, h.event)), notFound: null };
}
