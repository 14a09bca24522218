// Holidays news dates things by ("found on Thanksgiving Day", "since Christmas", "last Easter"), each with the
// rule that gives its day in a year: fixed days, the nth weekday of a month (US federal rules: Thanksgiving is
// the fourth Thursday of November, Labor Day the first Monday of September), and Easter by the Gregorian
// computus. Where a country's holiday has another date, the US one is meant (Thanksgiving, Independence Day),
// as in the newswire Byline reads. A name followed by a noun it merely describes ("Christmas shopping", "the
// Easter Island statues") is no date.
import { addDays, weekday, type Day } from './dateValue.js';

export interface Holiday {
  /** The day in year `y`, or null in a year without it (Inauguration Day outside inauguration years). */
  on(y: number): Day | null;
  /** The day is the same every year, so a story without a publication date still has month and day. */
  fixed: { m: number; d: number } | null;
}

function fixedDay(m: number, d: number): Holiday {
  return { on: (y) => ({ y, m, d }), fixed: { m, d } };
}

/** The nth (1-based) weekday `wd` (0 = Sunday) of month `m`; n = -1 is the last one. */
export function nthWeekday(y: number, m: number, wd: number, n: number): Day {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = addDays(m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 }, -1);
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

function nth(m: number, wd: number, n: number, since = 0): Holiday {
  return { on: (y) => (y >= since ? nthWeekday(y, m, wd, n) : null), fixed: null };
}

/** Easter Sunday (Gregorian, the anonymous computus). */
export function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

function fromEaster(offset: number): Holiday {
  return { on: (y) => addDays(easter(y), offset), fixed: null };
}

const MON = 1;
const THU = 4;
const SUN = 0;

const A = String.raw`['’]?s?`; // "Presidents Day", "Presidents' Day", "Veterans Day"

/** The names, longest first where one holds another ("Christmas Eve" before "Christmas"). */
const HOLIDAYS: [string, Holiday][] = [
  [String.raw`Christmas\s+Eve`, fixedDay(12, 24)],
  [String.raw`Christmas(?:\s+Day)?`, fixedDay(12, 25)],
  [String.raw`Boxing\s+Day`, fixedDay(12, 26)],
  [String.raw`New\s+Year['’]s\s+Eve`, fixedDay(12, 31)],
  [String.raw`New\s+Year['’]s\s+Day`, fixedDay(1, 1)],
  [String.raw`Valentine['’]s\s+Day`, fixedDay(2, 14)],
  [String.raw`Groundhog\s+Day`, fixedDay(2, 2)],
  [String.raw`(?:St\.?|Saint)\s+Patrick['’]s\s+Day`, fixedDay(3, 17)],
  [String.raw`May\s+Day`, fixedDay(5, 1)],
  [String.raw`(?:Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|July\s+Fourth)`, fixedDay(7, 4)],
  [String.raw`Bastille\s+Day`, fixedDay(7, 14)],
  [String.raw`Halloween`, fixedDay(10, 31)],
  [String.raw`(?:Veterans${A}|Armistice|Remembrance)\s+Day`, fixedDay(11, 11)],
  [String.raw`Thanksgiving(?:\s+Day)?`, nth(11, THU, 4)],
  [String.raw`Labou?r\s+Day`, nth(9, MON, 1)],
  [String.raw`Memorial\s+Day`, nth(5, MON, -1)],
  [String.raw`(?:Martin\s+Luther\s+King(?:\s+Jr\.?)?|MLK)\s+Day`, nth(1, MON, 3, 1986)],
  [String.raw`(?:Presidents${A}\s+Day|Washington['’]s\s+Birthday)`, nth(2, MON, 3)],
  [String.raw`Columbus\s+Day`, nth(10, MON, 2)],
  [String.raw`Mother['’]s\s+Day`, nth(5, SUN, 2)],
  [String.raw`Father['’]s\s+Day`, nth(6, SUN, 3)],
  [String.raw`Election\s+Day`, { on: (y) => addDays(nthWeekday(y, 11, MON, 1), 1), fixed: null }],
  [String.raw`Inauguration\s+Day`, { on: (y) => (y >= 1937 && y % 4 === 1 ? { y, m: 1, d: 20 } : null), fixed: null }],
  [String.raw`Good\s+Friday`, fromEaster(-2)],
  [String.raw`Palm\s+Sunday`, fromEaster(-7)],
  [String.raw`Ash\s+Wednesday`, fromEaster(-46)],
  [String.raw`Easter\s+Monday`, fromEaster(1)],
  [String.raw`Easter(?:\s+Sunday)?`, fromEaster(0)],
];

/** Words after a holiday's name that make it describe something else. */
const DESCRIBES = /^[\s-]+(?:season|seasons|shopping|shoppers|tree|trees|card|cards|gift|gifts|present|presents|sales|holidays?|part(?:y|ies)|lights|decorations?|carols?|music|spirit|bonus(?:es)?|break|week|weekend|vacations?|travel|travelers|rush|markets?|lists?|story|stories|special|specials|movies?|films?|albums?|songs?|eggs?|bunny|Island|Rising|Offensive|offensive|truce|ceasefire|cease-fire|bombing|massacre)\b/;
/** A holiday of another calendar or country, by the word before it. */
const OTHER_CALENDAR = /\b(?:Orthodox|Coptic|Julian|Lunar|Chinese|Jewish|Canadian)\s+$/;

export interface HolidayMatch {
  start: number; end: number; text: string; holiday: Holiday; modifier: 'last' | 'this' | 'next' | null; year: number | null;
}

const PATTERN = new RegExp(String.raw`(?:\b(last|this past|this coming|this|next|the coming|the previous|the following)\s+)?`
  + String.raw`\b(?:${HOLIDAYS.map(([p]) => `(${p})`).join('|')})(?![\p{L}])(?:,?\s+((?:1[6-9]|20)\d\d)(?![\d%]))?`, 'gu');

/** The holidays a sentence names, with a modifier ("last Thanksgiving") or a year ("Christmas 1998"). */
/** Every name above holds one of these: most sentences hold none, and skipping them is most of the cost. */
const MAY_NAME_HOLIDAY = /Day|Christmas|Halloween|Thanksgiving|Easter|July|Birthday|Good Friday|Palm Sunday|Ash Wednesday/;

export function findHolidays(sentence: string): HolidayMatch[] {
  if (!MAY_NAME_HOLIDAY.test(sentence)) return [];
  const out: HolidayMatch[] = [];
  for (const m of sentence.matchAll(PATTERN)) {
    const k = m.slice(2, 2 + HOLIDAYS.length).findIndex((g) => g !== undefined);
    if (k < 0) continue;
    const end = m.index + m[0].length;
    if (!m[2 + HOLIDAYS.length] && DESCRIBES.test(sentence.slice(end))) continue;
    if (OTHER_CALENDAR.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    const mod = m[1]?.toLowerCase() ?? null;
    const modifier = mod === null ? null : /last|past|previous/.test(mod) ? 'last' : /next|coming|following/.test(mod) ? 'next' : 'this';
    const year = m[2 + HOLIDAYS.length] ? Number(m[2 + HOLIDAYS.length]) : null;
    // "the Fourth of July": the article is not part of the name's text
    const lead = /^the\s+/i.exec(m[0]) && !m[1] ? 4 : 0;
    out.push({ start: m.index + lead, end, text: m[0].slice(lead), holiday: HOLIDAYS[k]![1], modifier, year });
  }
  return out;
}
