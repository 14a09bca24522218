// Sentence splitting: Node's Intl.Segmenter (ICU, linear time), then a repair pass that rejoins the breaks
// ICU makes after abbreviations ("Mr.", "U.S.", "Jan. 5", "St. Petersburg") and initials ("J. K. Rowling").
import type { Sentence } from './article.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations that never end a sentence when a word follows (titles, "St.", "No. 5"). */
const ALWAYS_JOIN = new Set(
  ('mr mrs ms dr prof st sen sens rep reps gov gen col lt sgt capt cpl maj adm cmdr rev hon amb pres atty supt mt ft ' +
    'messrs mme mlle sr jr vs v no nos fig op vol pp art ch sec dept corp inc ltd co bros approx est').split(' '),
);
/** Month abbreviations: join when a day number follows ("Jan. 5", "Sept. 11"). */
const MONTHS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/** Words that usually open a new sentence, even after "U.S." or "a.m." */
const SENTENCE_OPENERS = new Set(
  ('the a an he she it they we i you this that these those there but and so yet however in on at for after ' +
    'before when while if as his her their its our my what who why how meanwhile still then now earlier later').split(' '),
);

function lastToken(s: string): string {
  const trimmed = s.trimEnd();
  let i = trimmed.length;
  while (i > 0 && !/\s/.test(trimmed[i - 1]!)) i--;
  return trimmed.slice(i);
}

function firstWord(s: string): string {
  const m = /^[\s"'“‘«(\[]*([\p{L}\p{N}]+)/u.exec(s);
  return m ? m[1]! : '';
}

/** True when the break between `prev` and `next` falls after an abbreviation, not at a sentence end. */
function isFalseBreak(prev: string, next: string): boolean {
  const tok = lastToken(prev);
  if (!tok.endsWith('.')) return false;
  const bare = tok.replace(/^[("'“‘«\[]+/u, '').slice(0, -1);
  const word = bare.toLowerCase();
  const nextWord = firstWord(next);
  if (!nextWord) return false;
  const nextIsLower = /^\p{Ll}/u.test(nextWord);
  const nextIsDigit = /^\p{N}/u.test(nextWord);
  if (ALWAYS_JOIN.has(word)) return true;
  if (MONTHS.has(word)) return nextIsDigit;
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: "J. K. Rowling", "George W. Bush"
  if (nextIsLower || nextIsDigit) return true; // "etc. and", "approx. 40"
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) {
    // an acronym with points ("U.S.", "D.C.", "a.m."): joined unless a typical sentence opener follows
    return !SENTENCE_OPENERS.has(nextWord.toLowerCase());
  }
  return false;
}

/** Size of the pieces handed to ICU: V8's segment iterator costs time in proportion to the whole string at
 *  each step, so a 2 MB paragraph segmented at once is quadratic. Pieces end at a likely sentence end. */
const CHUNK = 2000;
const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);

function* chunks(text: string): Generator<[number, number]> {
  let start = 0;
  let candidate = -1; // index just after a terminal mark (and closers) followed by white space
  let space = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      space = i + 1;
      let j = i - 1;
      while (j > start && CLOSERS.has(text[j]!)) j--;
      if (j >= start && TERMINAL.has(text[j]!)) candidate = i + 1;
    }
    const len = i - start;
    if (len >= CHUNK && candidate > start) { yield [start, candidate]; start = candidate; }
    else if (len >= CHUNK * 4) { const cut = space > start ? space : i; yield [start, cut]; start = cut; }
  }
  if (start < text.length) yield [start, text.length];
}

/** Georgian letters have no capitals, so ICU reads every word after a full stop as a sentence going on. */
const GEORGIAN = /[\u10d0-\u10ff\u1c90-\u1cbf]/;
const GEORGIAN_BREAK = /[.!?…]["'”’»)\]]*\s+(?=[„"«(]?[\u10d0-\u10ff\u1c90-\u1cbf])/g;

function splitGeorgian(paragraph: string, r: { start: number; end: number }): { start: number; end: number }[] {
  const text = paragraph.slice(r.start, r.end);
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(GEORGIAN_BREAK)) {
    const cut = m.index + m[0].length;
    out.push({ start: r.start + from, end: r.start + cut });
    from = cut;
  }
  out.push({ start: r.start + from, end: r.end });
  return out;
}

/** Splits one paragraph into sentences with offsets; every character of the paragraph but outer white space
 *  belongs to exactly one sentence. */
export function splitSentences(paragraph: string): Sentence[] {
  const raw: { start: number; end: number }[] = [];
  for (const [from, to] of chunks(paragraph)) {
    const piece = from === 0 && to === paragraph.length ? paragraph : paragraph.slice(from, to);
    for (const seg of segmenter.segment(piece)) {
      const start = from + seg.index;
      const end = start + seg.segment.length;
      const prev = raw[raw.length - 1];
      if (prev && isFalseBreak(paragraph.slice(prev.start, prev.end), seg.segment)) prev.end = end;
      else raw.push({ start, end });
    }
  }
  const out: Sentence[] = [];
  for (const { start, end } of GEORGIAN.test(paragraph) ? raw.flatMap((r) => splitGeorgian(paragraph, r)) : raw) {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(paragraph[s]!)) s++;
    while (e > s && /\s/.test(paragraph[e - 1]!)) e--;
    if (e > s) out.push({ text: paragraph.slice(s, e), start: s, end: e });
  }
  return out;
}
