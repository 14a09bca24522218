// "When did it happen?": events matching participants, kind, place and words, best first. A person alone
// ("when Lavrov") lists that person's dated events in time order. An undated answer may carry the nearest
// date its article gives, as a separate `nearestDate` field that says so: never as the event's own date.
// A name the question gives that no article holds is said so, never answered with someone else's event:
// "No article names Blinken." and, when the question also names someone the articles do know, that
// person's events after it (in a `note` field, with the answers).
import type { DatedMention, Event, EventKind, WhenAnswer } from '../model/contract.js';
import type { Library } from '../library/library.js';
import { WEEKDAYS } from '../extract/lexicon/lists.js';
import { oneEditApart } from '../text/edits.js';
import { fold } from '../text/normalize.js';
import { STOPWORDS, terms } from '../text/tokens.js';
import { pastedFrom } from './pastedSentence.js';
import { eventsOf } from './timeline.js';

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
/** `note`: what the answers are instead of what was asked ("No article names Blinken. Events of …:"). */
export type WhenResult = WhenAnswer & { note?: string };

/** Capitalised words of a question that are not names: question words, titles, months and days. */
const NOT_NAMES = new Set([
  'when', 'what', 'which', 'where', 'who', 'whom', 'how', 'why', 'did', 'does', 'do', 'was', 'were', 'is', 'are',
  'has', 'have', 'had', 'will', 'would', 'can', 'could', 'the', 'a', 'an', 'on', 'in', 'at', 'of', 'and', 'or', 'to',
  'for', 'with', 'by', 'from', 'after', 'before', 'i', 'mr', 'mrs', 'ms', 'dr', 'sir', 'president', 'prime',
  'minister', 'foreign', 'secretary', 'general', 'chancellor', 'king', 'queen', 'prince', 'pope', 'senator',
  'sen', 'rep', 'gov', 'governor', 'mayor', 'ambassador', 'judge', 'state', 'deputy', 'vice', 'chief',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', ...WEEKDAYS, 'today', 'yesterday',
]);

/** Past this many words a query is a pasted sentence rather than a question. */
const LONG_QUERY_WORDS = 16;

/** Runs of capitalised words: "Antony Blinken", "Lavrov", "Baku". */
function namesIn(query: string): string[][] {
  const out: string[][] = [];
  let run: string[] = [];
  for (const w of query.split(/[\s,;:?!()"“”]+/)) {
    const word = w.replace(/['’]s$/, '').replace(/[.]+$/, '');
    if (/^\p{Lu}[\p{L}'’-]*$/u.test(word) && !NOT_NAMES.has(fold(word))) run.push(word);
    else if (run.length) { out.push(run); run = []; }
  }
  if (run.length) out.push(run);
  return out;
}

/** The names a question gives. Typed all in lower case and naming someone the articles know ("when did
 *  blinken meet lavrov"), every other word that is not a question word, a kind of event or a common word may
 *  be one too. */
function questionNames(lib: Library, query: string, words: string): string[][] {
  if (/\p{Lu}/u.test(query)) return namesIn(words);
  const candidates = fold(words).split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => /^\p{L}/u.test(w) && !STOPWORDS.has(w) && !NOT_NAMES.has(w) && !KIND_WORDS.some(([re]) => re.test(w)));
  return candidates.some((w) => lib.eventIndex.isParticipantWord(w)) ? candidates.map((w) => [w]) : [];
}

/** Whether any article holds the word: as someone's name (typos forgiven) or anywhere in its text. */
function inArticles(lib: Library, word: string): boolean {
  if (lib.eventIndex.isParticipantWord(word)) return true;
  const t = terms(word)[0];
  return !t || lib.sentenceIndex.sentenceTerms.variants(t).length > 0;
}

/** The full name the articles give the person a name means ("Lavrov" → "Sergei Lavrov"): the participant
 *  of that name (a typo forgiven) in the most events. */
function personNamed(lib: Library, words: string[]): string | null {
  const counts = new Map<string, number>();
  for (const w of words.map(fold)) {
    for (const k of lib.eventIndex.byParticipant(w)) {
      for (const p of lib.eventIndex.events[k]!.participants) {
        if (fold(p).split(/[^\p{L}\p{N}]+/u).some((x) => x === w || oneEditApart(x, w))) counts.set(p, (counts.get(p) ?? 0) + 1);
      }
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function byDate(a: Event, b: Event): number {
  return sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0;
}

/** "No article names Blinken." and, if the question names someone the articles know, their events. */
function abstain(lib: Library, query: string, words: string, limit: number): WhenResult | null {
  const names = questionNames(lib, query, words);
  const unknown = names.filter((n) => !n.some((w) => inArticles(lib, w)));
  if (unknown.length === 0) return null;
  // a whole pasted sentence that names several known people describes its event well enough without one
  // name; a question names few things, and each of them counts
  const known = names.length - unknown.length;
  if (known > unknown.length && words.split(/\s+/).length > LONG_QUERY_WORDS) return null;
  const missing = `No article names ${unknown.map((n) => n.join(' ')).join(' or ')}.`;
  for (const n of names.filter((x) => !unknown.includes(x))) {
    const person = personNamed(lib, n);
    if (!person) continue;
    const theirs = eventsOf(lib, { name: person });
    const dated = theirs.filter((e) => e.date?.start).sort(byDate);
    const answers = (dated.length ? dated : theirs).slice(0, limit).map((e) => withContext(lib, e));
    if (answers.length) return { query, answers, notFound: null, note: `${missing} Events of ${person}:` };
  }
  return { query, answers: [], notFound: missing };
}

function sortKey(e: Event): string {
  const s = e.date?.start ?? '';
  // a year the article does not give cannot be placed among years: those come last, by month and day
  return s.startsWith('--') ? `~${s}` : s;
}

/** The nearest dated context of an undated event in its own article: a dated event of another sentence,
 *  closer when it shares a participant or the place and when it is a named kind (a visit rather than an
 *  `other` happening); a date of the same sentence already belongs to something else. */
function nearestDate(lib: Library, e: Event): NearestDate | null {
  let best: Event | null = null;
  let bestDistance = Infinity;
  for (const k of lib.eventIndex.eventsOfArticle(e.evidence.article)) {
    const x = lib.eventIndex.events[k]!;
    if (!x.date?.start || x.evidence.text === e.evidence.text) continue;
    const shared = x.participants.some((p) => e.participants.includes(p)) || (!!x.place && x.place === e.place);
    const distance = Math.abs(x.evidence.paragraph - e.evidence.paragraph) * 2 + (x.evidence.paragraph < e.evidence.paragraph ? 1 : 0)
      + (shared ? 0 : 2) + (x.kind === 'other' ? 2 : 0);
    if (distance < bestDistance) { best = x; bestDistance = distance; }
  }
  if (!best?.date) return null;
  const note = 'the event has no date of its own; this is the nearest dated context in its article';
  return { ...best.date, evidence: best.evidence, note };
}

function withContext(lib: Library, e: Event): WhenEvent {
  if (e.date?.start) return e;
  const near = nearestDate(lib, e);
  return near ? { ...e, nearestDate: near } : e;
}

export function when(lib: Library, eventWords: string, limit = 10): WhenResult {
  const query = eventWords.trim();
  const words = query.replace(QUESTION, '').replace(FILLER, '').replace(/[?!.]+$/, '').trim();
  if (!words) return { query, answers: [], notFound: 'Describe the event.' };
  const abstained = abstain(lib, query, words, limit);
  if (abstained) return abstained;
  const tokens = fold(words).split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOPWORDS.has(w));
  const kinds = tokens.flatMap((w) => KIND_WORDS.filter(([re]) => re.test(w)).map(([, k]) => k));
  const index = lib.eventIndex;

  // a person alone: their dated events in time order
  if (tokens.length > 0 && tokens.length <= 3 && tokens.every((w) => index.isParticipantWord(w))) {
    const sets = tokens.map((w) => new Set(index.byParticipant(w)));
    const ks = [...sets[0]!].filter((k) => sets.every((s) => s.has(k)));
    const dated = ks.map((k) => index.events[k]!).filter((e) => e.date?.start).sort(byDate);
    if (dated.length) return { query, answers: dated.slice(0, limit), notFound: null };
  }

  const hits = index.search({ words, kinds, focus: pastedFrom(lib, words) }, limit);
  if (hits.length === 0) return { query, answers: [], notFound: 'No event in the loaded articles matches this.' };
  return { query, answers: hits.map((h) => withContext(lib, h.event)), notFound: null };
}
