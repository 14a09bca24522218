// Dates counted from the date the story last gave, not from publication: "the next day", "earlier that day",
// "the day before", "two days later", "the previous Friday", "later that month", "that year", "the following
// year". Without an earlier date to count from they stay unresolved: they are never counted from the
// publication date, which they do not refer to.
import { addDays, mondayOf, weekday, weekdayNumber, WEEKDAY_NAMES, type Day } from './dateValue.js';

export type Unit = 'day' | 'week' | 'month' | 'year';

export interface AnchoredMatch {
  start: number;
  end: number;
  text: string;
  unit: Unit;
  /** Units after (+) or before (-) the anchor. */
  offset: number;
  /** "the previous Friday": the weekday, the offset's sign giving the direction. */
  weekday: number | null;
}

/** The last date the story gave, at each precision it gave. */
export interface Anchor { day: Day | null; month: { y: number; m: number } | null; year: number | null }

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const COUNT = String.raw`(a|an|${Object.keys(NUMBERS).filter((w) => w.length > 2).join('|')}|\d{1,2})`;
const PART_OF_DAY = String.raw`(?:day|morning|afternoon|evening|night)`;
/** What may follow a bare "the day before" / "two days later": the end of the phrase, not a noun it governs. */
const ALONE = String.raw`(?=\s*(?:$|[,.;:!?)"”'’]|\s(?:and|but|when|while|as|he|she|they|it|we|i|the\s+\w+\s+(?:was|were|had))\b))`;

const PATTERNS: [RegExp, (m: RegExpExecArray) => Omit<AnchoredMatch, 'start' | 'end' | 'text'>][] = [
  // "earlier that day", "that same morning", "the same day", "later that night"
  [new RegExp(String.raw`\b(?:(?:earlier|later)\s+)?(?:that(?:\s+same)?|the\s+same)\s+${PART_OF_DAY}\b(?!['’]s)`, 'gi'),
    () => ({ unit: 'day', offset: 0, weekday: null })],
  // "the next day", "the following morning", "the previous night"
  [new RegExp(String.raw`\b(?:the\s+)?(next|following|previous|preceding)\s+${PART_OF_DAY}\b`, 'gi'), (m) => ({ unit: 'day', offset: /next|following/i.test(m[1]!) ? 1 : -1, weekday: null })],
  // "the day before", "the night after" (alone: "the day after his death" counts from his death)
  [new RegExp(String.raw`\bthe\s+(?:day|night)\s+(before|after)${ALONE}`, 'gi'), (m) => ({ unit: 'day', offset: /after/i.test(m[1]!) ? 1 : -1, weekday: null })],
  // "two days later", "a week earlier", "three months later", "a year later"
  [new RegExp(String.raw`\b${COUNT}\s+(days?|weeks?|months?|years?)\s+(later|earlier)${ALONE}`, 'gi'), (m) => {
    const n = NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const unit = m[2]!.toLowerCase().replace(/s$/, '') as Unit;
    const sign = /later/i.test(m[3]!) ? 1 : -1;
    // a week is counted in days: "a week later" is a day, as news means it
    return unit === 'week' ? { unit: 'day', offset: 7 * n * sign, weekday: null } : { unit, offset: n * sign, weekday: null };
  }],
  // "the previous Friday", "the following Monday", "the next Tuesday"
  [new RegExp(String.raw`\b(?:the\s+)(previous|preceding|following|next)\s+(${WEEKDAY_NAMES})\b`
    + String.raw`|\b(previous|preceding)\s+(${WEEKDAY_NAMES})\b`, 'gi'), (m) => ({
    unit: 'day', offset: /following|next/i.test(m[1] ?? m[3]!) ? 1 : -1, weekday: weekdayNumber(m[2] ?? m[4]!),
  })],
  // "that year", "later that month", "the same week", "the following year", "the previous month"
  [/\b(?:(?:earlier|later)\s+)?(?:that(?:\s+same)?|the\s+same)\s+(week|month|year)\b/gi, (m) => ({ unit: m[1]!.toLowerCase() as Unit, offset: 0, weekday: null })],
  [/\bthe\s+(following|next|previous|preceding|prior)\s+(week|month|year)\b/gi, (m) => ({ unit: m[2]!.toLowerCase() as Unit, offset: /following|next/i.test(m[1]!) ? 1 : -1, weekday: null })],
  [new RegExp(String.raw`\bthe\s+(week|month|year)\s+(before|after)${ALONE}`, 'gi'), (m) => ({ unit: m[1]!.toLowerCase() as Unit, offset: /after/i.test(m[2]!) ? 1 : -1, weekday: null })],
];

/** "said that morning traffic …": after a report "that" opens a clause, it names no day. */
const THAT_OPENS_CLAUSE = /\b(?:said|says|say|told|tell|added|noted|stated|announced|reported|believed|thought|knew|warned|so|such|now)\s+$/i;

/** What every pattern above holds: most sentences hold none, and skipping them is most of the cost. */
const MAY_HOLD_ANCHORED = new RegExp(String.raw`\b(?:that|same|next|following|previous|preceding|prior)\s+(?:same\s+)?`
  + String.raw`(?:day|morning|afternoon|evening|night|week|month|year|${WEEKDAY_NAMES})\b`
  + String.raw`|\b(?:day|night|week|month|year)s?\s+(?:before|after|later|earlier)\b`, 'i');

export function findAnchored(sentence: string): AnchoredMatch[] {
  if (!MAY_HOLD_ANCHORED.test(sentence)) return [];
  const out: AnchoredMatch[] = [];
  for (const [re, read] of PATTERNS) {
    for (const m of sentence.matchAll(re)) {
      const text = m[0];
      if (/^that\b/i.test(text) && THAT_OPENS_CLAUSE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
      const start = m.index;
      const end = start + text.length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      out.push({ start, end, text, ...read(m as unknown as RegExpExecArray) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export type AnchoredValue =
  | { precision: 'day'; day: Day; end: Day | null }
  | { precision: 'month'; y: number; m: number }
  | { precision: 'year'; y: number };

/** The value counted from the anchor, or null when the story gave no date of that precision before. */
export function resolveAnchored(a: AnchoredMatch, anchor: Anchor): AnchoredValue | null {
  if (a.unit === 'day') {
    if (!anchor.day) return null;
    if (a.weekday !== null) {
      const diff = (a.weekday - weekday(anchor.day) + 7) % 7;
      const day = a.offset > 0 ? addDays(anchor.day, diff === 0 ? 7 : diff) : addDays(anchor.day, diff === 0 ? -7 : diff - 7);
      return { precision: 'day', day, end: null };
    }
    return { precision: 'day', day: addDays(anchor.day, a.offset), end: null };
  }
  if (a.unit === 'week') {
    if (!anchor.day) return null;
    const monday = addDays(mondayOf(anchor.day), 7 * a.offset);
    return { precision: 'day', day: monday, end: addDays(monday, 6) };
  }
  if (a.unit === 'month') {
    if (!anchor.month) return null;
    const k = anchor.month.y * 12 + (anchor.month.m - 1) + a.offset;
    return { precision: 'month', y: Math.floor(k / 12), m: (k % 12) + 1 };
  }
  if (anchor.year === null) return null;
  return { precision: 'year', y: anchor.year + a.offset };
}
