// Dates counted from a happening the story dates elsewhere: "the day after his death", "two days after the
// vote", "10 days before the slaying", "in the weeks before Slepian was killed". The happening is found by its
// word, or a word of the same family ("his death" is dated where he "was killed" or "shot"), in an earlier
// sentence that dates it; with none the phrase stays unresolved, never counted from publication. A count
// ("the day after", "10 days before") gives a day; "the days before" and "the weeks before" give no day of their
// own, only the bound: before (or after) the happening's date.
import { HAPPENING_FAMILIES, HAPPENING_WORDS } from '../lexicon/lists.js';
import { stem } from '../../text/tokens.js';
import type { LocalDate } from '../types.js';
import type { Unit } from './anchored.js';
import { addDays, parseDay, ym, yearValue, ymd } from './dateValue.js';

export interface HappeningMatch {
  start: number;
  end: number;
  text: string;
  unit: Unit;
  /** Units after (+) or before (-) the happening; 0 with a bound. */
  offset: number;
  /** "the days before the shooting": only a bound, on the happening's date. */
  bound: 'before' | 'after' | null;
  /** Stems of the happening's word and its family. */
  stems: ReadonlySet<string>;
}

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const HEAD = new RegExp(String.raw`\b(?:(the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+)?`
  + String.raw`(days?|nights?|weeks?|months?|years?)\s+(before|after|following|preceding|prior\s+to)\s+`, 'gi');
/** Words between "after" and the happening's word: "his", "the fatal", "Slepian was". */
const MAX_LEAD_WORDS = 3;
/** A date inside the phrase ("the day after the Oct. 23 killing") is read as a date of its own. */
const DATE_WORD = /^(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*(?:['’]s)?$|last$|next$|this$)/i;

/** The stems a happening's word is found by: its own, and its family's. */
function stemsOf(word: string): ReadonlySet<string> {
  const family = HAPPENING_FAMILIES.find((f) => f.has(word));
  return new Set([...(family ?? [word])].map(stem));
}

export function findHappenings(sentence: string): HappeningMatch[] {
  const out: HappeningMatch[] = [];
  for (const m of sentence.matchAll(HEAD)) {
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const words = [...after.matchAll(/[\p{L}\d]+(?:['’-][\p{L}\d]+)*|[^\s\p{L}\d]/gu)].slice(0, MAX_LEAD_WORDS + 1);
    const k = words.findIndex((w) => HAPPENING_WORDS.has(w[0].toLowerCase()));
    if (k < 0 || words.slice(0, k + 1).some((w) => DATE_WORD.test(w[0]) || !/^[\p{L}\d]/u.test(w[0]))) continue;
    const head = words[k]!;
    // "a day after Brandt arrived from Vienna on Wednesday": the clause dates the happening itself, and the
    // date is read as written (the phrase then bounds what it governs)
    const clause = after.slice(head.index + head[0].length).split(/[,;:.!?]/)[0]!;
    if (clause.split(/\s+/).some((w) => w && DATE_WORD.test(w) && !/^(?:last|next|this)$/i.test(w))) continue;
    const count = m[1]?.toLowerCase();
    const unitWord = m[2]!.toLowerCase();
    const plural = unitWord.endsWith('s');
    const n = count === undefined || count === 'the' ? (plural ? null : 1) : (NUMBERS[count] ?? Number(count));
    const sign = /after|following/i.test(m[3]!) ? 1 : -1;
    const base = unitWord.replace(/s$/, '').replace('night', 'day');
    // a week is counted in days, as news means it
    const unit: Unit = base === 'week' && n !== null ? 'day' : (base as Unit);
    const offset = n === null ? 0 : sign * n * (base === 'week' ? 7 : 1);
    const end = m.index + m[0].length + head.index + head[0].length;
    out.push({
      start: m.index, end, text: sentence.slice(m.index, end), unit, offset,
      bound: n === null ? (sign > 0 ? 'after' : 'before') : null, stems: stemsOf(head[0].toLowerCase()),
    });
  }
  return out;
}

/** Where the text tells the happening: the offsets of its words. */
const tells = (h: HappeningMatch, text: string): number[] =>
  [...text.matchAll(/\p{L}+/gu)].filter((w) => h.stems.has(stem(w[0].toLowerCase()))).map((w) => w.index);

/** The most words between a date and the happening's word for the date to be the happening's: "was shot to
 *  death on the night of Oct. 23" is, "searched the site of the shooting … on April 8" is not. */
const MAX_TIE_WORDS = 10;

/** Words between two offsets of a text. */
const wordsBetween = (text: string, a: number, b: number): number =>
  (text.slice(Math.min(a, b), Math.max(a, b)).match(/\S+/g) ?? []).length;

/** A date of a report ("officials said Saturday") dates the saying, not what is said. */
const REPORTED = /\b(?:said|says|told|announced|reported|stated|added|confirmed)\s+(?:on\s+)?$/i;

/** The date of the happening: in the nearest earlier sentence that tells it, the date nearest its word, when
 *  that date is close enough to be the happening's and fine enough for the count. */
export function happeningDate(h: HappeningMatch, earlier: readonly LocalDate[], sentence: string): LocalDate | null {
  const byDay = h.unit === 'day' || h.unit === 'week';
  const fine = (d: LocalDate): boolean => !!d.start && !d.start.startsWith('--') && (!byDay || d.precision === 'day');
  let best: { d: LocalDate; words: number } | null = null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const d = earlier[i]!;
    const text = d.cite.text;
    // the nearest sentence that holds a tie wins; its dates come together
    if (best && text !== best.d.cite.text) break;
    // a date whose own words name the happening ("the day after his death") counts from it: it is not its date
    if (text === sentence || !d.text || !fine(d) || tells(h, d.text).length > 0) continue;
    const at = text.indexOf(d.text);
    if (REPORTED.test(text.slice(Math.max(0, at - 25), at))) continue;
    const words = Math.min(...tells(h, text).map((w) => wordsBetween(text, w, at)));
    if (words <= MAX_TIE_WORDS && (!best || words < best.words)) best = { d, words };
  }
  return best?.d ?? null;
}

export interface HappeningValue { start: string; end: null; precision: 'day' | 'month' | 'year' }

/** The value counted from the happening's date, or null when that date is too coarse for the unit. */
export function countFrom(h: HappeningMatch, d: LocalDate): HappeningValue | null {
  const v = d.start!;
  if (h.unit === 'day' || h.unit === 'week') {
    const day = parseDay(v);
    return day ? { start: ymd(addDays(day, h.offset)), end: null, precision: 'day' } : null;
  }
  if (h.unit === 'month') {
    if (v.length < 7) return null;
    const k = Number(v.slice(0, 4)) * 12 + Number(v.slice(5, 7)) - 1 + h.offset;
    return { start: ym(Math.floor(k / 12), (k % 12) + 1), end: null, precision: 'month' };
  }
  return { start: yearValue(Number(v.slice(0, 4)) + h.offset), end: null, precision: 'year' };
}
