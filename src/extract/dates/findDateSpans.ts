// Finds the date expressions of one sentence: chrono-node's English parser for everything it knows
// ("May 5-6", "Friday", "two days ago", "last year"), wrapped with what news copy writes that chrono misses or
// misreads: bare and spelled-out years ("in 2016", "nineteen ninety-seven", "fiscal 1999", "post-1959"),
// holidays ("Thanksgiving Day"), weekends, dates counted from the story's last date ("the next day", "later
// that year"), the modifier before a month ("last December"), a part of the day before a date ("the night of
// Oct. 23"), an offset ("the day before last Tuesday"), a range written as two dates ("Sept. 14 to
// Thursday"), a list of days ("April 24 and 25"), and the hedges around a date ("mid-March", "the end of
// 2016"), which are kept in the span. Spans come back in reading order, never overlapping, with the
// components the text states.
import * as chrono from 'chrono-node';
import { findAnchored, type AnchoredMatch } from './anchored.js';
import { findHappenings, type HappeningMatch } from './happenings.js';
import type { Day } from './dateValue.js';
import { findHolidays, type Holiday } from './holidays.js';
import { findPeriods, type PeriodMatch } from './periods.js';
import { findSpelledYears } from './spelledYears.js';

export interface Parts {
  /** Only what the text states (or, for relative words, what they fix against the reference). */
  y: number | null;
  m: number | null;
  d: number | null;
  weekday: number | null;
}

export interface DateSpan {
  start: number;
  end: number;
  text: string;
  parts: Parts;
  endParts: Parts | null;
  /** chrono's reading against the reference day: valid for relative words ("yesterday", "last month"). */
  resolved: Day;
  resolvedEnd: Day | null;
  /** The expression is relative to the publication date ("Friday", "last week", "two days ago"). */
  relative: boolean;
  /** A week ("last week", "this week"), kept as Monday to Sunday. */
  week: -1 | 0 | 1 | null;
  /** Which one of a month or holiday the text means: "last December", "this September", "next Easter". */
  modifier: 'last' | 'this' | 'next' | null;
  /** Days added to what the rest states: "the day before last Tuesday" is -1. */
  shift: number;
  /** The next span is this one's end, written as a date of its own ("Sept. 14 to Thursday"). */
  rangeToNext: boolean;
  special: Special;
}

/** Expressions whose value is not a calendar reading of their words. */
export type Special =
  | { kind: 'holiday'; holiday: Holiday }
  | { kind: 'anchored'; anchored: AnchoredMatch }
  /** Counted from a happening the story dates elsewhere: "the day after his death". */
  | { kind: 'happening'; happening: HappeningMatch }
  /** A quarter, a fiscal year counted from publication, or a decade. */
  | { kind: 'period'; period: PeriodMatch }
  /** "last weekend" (-1), "this weekend" (0), "next weekend" (1), "the weekend" (null: the clause decides). */
  | { kind: 'weekend'; which: -1 | 0 | 1 | null }
  | null;

const NO_PARTS: Parts = { y: null, m: null, d: null, weekday: null };

function span(start: number, text: string, parts: Parts, more: Partial<DateSpan> = {}): DateSpan {
  return {
    start, end: start + text.length, text, parts, endParts: null,
    resolved: { y: parts.y ?? 0, m: parts.m ?? 1, d: parts.d ?? 1 }, resolvedEnd: null,
    relative: false, week: null, modifier: null, shift: 0, rangeToNext: false, special: null, ...more,
  };
}

const RELATIVE = /\b(ago|yesterday|today|tomorrow|tonight|last|next|this|coming|previous|earlier|later|week|weekend|current)\b/i;
/** Not dates for our purpose: the present moment, and stretches of time ("the past two years"). */
const NOT_A_DATE = /^(now|right now|the moment|currently|present)$|^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|later|before|from now)$|\b(past|last|next|coming)\s+(\w+\s+)?(days|weeks|months|years|decades)\b|^(the\s+)?past\s|\b(several|few|many|some)\b|\bweekend\b|^\d{1,2}\/\d{1,2}$|\b(minutes?|hours?|seconds?)\b|^(the\s+)?(days?|weeks|months|years)$|^(?:for\s+|in\s+|after\s+|within\s+)?(?:about\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|\w+ty-\w+)\s+(?:days?|weeks?|months?|years?)$|\b(days?|weeks?|months?|years?)\s+(after|later|before|from now)$/i;
/** An offset from another date ("the day after Monday"): the date is the part after it, moved by the offset. */
const OFFSET_PREFIX = /^(?:the\s+)?(day|night|morning|evening|week)\s+(after|before)\s+/i;
/** A part of a day ("the night of Oct. 23"): the date is the part after it. */
const PART_OF_DAY_PREFIX = /^(?:the\s+)?(?:night|morning|afternoon|evening|early\s+hours|small\s+hours)\s+of\s+/i;
/** What joins the two ends of a range written as two dates. */
const RANGE_JOIN = /^\s*(?:-|–|—|to|through|thru|until|till)\s*$/i;
const NAMED = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])|\b(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\b/i;
/** Lower-case words chrono reads as months or weekdays that are usually something else. */
const AMBIGUOUS_LOWER = /^(may|march|sat|sun|wed|mon|second|sec|dec)$/;
const LEAD = /^(?:(?:on|in|at|during|by|of)\s+|\d{1,2}(?:[.:]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)\s+(?=\p{L}))/iu;
const HEDGE = /(?:\b(?:in\s+)?(?:mid|early|late|the\s+(?:middle|beginning|start|end|turn)\s+of|earlier|later|the\s+first\s+half\s+of|the\s+second\s+half\s+of))[-\s]*$/i;
// (a hyphen before a year only after post-, pre- or mid-: "post-1959", not "1990-1995" or "B-1990")
const YEAR = /(?<![\d$€£#.,:/])(?<!(?<!\b(?:[Pp]ost|[Pp]re|[Mm]id))-)(1[6-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d|-\d{2,}|:\d|['’]?s\b|\s*(?:%|percent|per cent|km|miles|metres|meters|tons|tonnes|people|troops|soldiers|dollars|euros|residents|families|workers|cases|votes|feet|square))/g;
const QUANTITY_BEFORE = /\b(about|some|nearly|almost|approximately|roughly|over|than|up to|around|least|only|total of|No\.|number|route|flight|page|article|resolution|room|code)\s*$/i;

function partsOf(c: chrono.ParsedComponents): Parts {
  const known = (k: 'year' | 'month' | 'day' | 'weekday'): number | null => (c.isCertain(k) ? c.get(k) : null);
  return { y: known('year'), m: known('month'), d: known('day'), weekday: known('weekday') };
}

function dayOf(c: chrono.ParsedComponents): Day {
  return { y: c.get('year') ?? 0, m: c.get('month') ?? 1, d: c.get('day') ?? 1 };
}

function weekOf(text: string): -1 | 0 | 1 | null {
  const m = /\b(last|past|previous|this|current|next|coming)\s+week\b/i.exec(text);
  if (!m) return null;
  const w = m[1]!.toLowerCase();
  return w === 'last' || w === 'past' || w === 'previous' ? -1 : w === 'next' || w === 'coming' ? 1 : 0;
}

/** Grows a span leftwards over a hedge ("mid-", "earlier", "the end of") that belongs to the date. */
function withHedge(sentence: string, start: number): number {
  const m = HEDGE.exec(sentence.slice(Math.max(0, start - 40), start));
  if (!m) return start;
  const hedgeStart = start - (m[0].length);
  // "in mid-March": keep "in" out of the text.
  const inner = /^in\s+/i.exec(m[0]);
  return hedgeStart + (inner ? inner[0].length : 0);
}

/** Where chrono may start a name or unit: a word edge, or straight after a number, an ordinal or a word it
 *  runs together with one ("5thMarch", "nextsun", "lastnight"). */
const SMALL_NUMBERS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const NAME_LEAD = String.raw`(?:\b|\d|st|nd|rd|th|this|next|on|in|at|by|of|to|til|through|the|few|several|half|couple|${SMALL_NUMBERS})`;
const MONTH_OR_DAY_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?`
  + String.raw`|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?`
  + String.raw`|fri(?:day)?|sat(?:urday)?|week(?:day|end))`;
/** Ordinals chrono reads run together with a name ("marchfirst"). */
const RUN_ON_ORDINAL = String.raw`first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth`
  + String.raw`|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twent|thirt`;
const SHORT_UNIT = String.raw`(?:secs?|mins?|hrs?|mos?|mon|qtrs?|yrs?)`
  + String.raw`(?:(?![a-z])|(?=ago|later|after|before|earlier|from|hence|forward|out|and))`;
/** What any of chrono's English parsers needs to find a day, month, year or weekday: digits joined by a
 *  separator ("5/6", "2016-05-06", "2016 5 6"; a lone number is at most a time of day, which is dropped),
 *  a month or weekday name or its abbreviation, a casual day or time word, or a time unit (a one-letter
 *  unit only right after a number, or after "the", "few" or "last" and a space, as chrono's patterns have
 *  it: "they" is no "the y"). Words whose every reading is dropped below are left out: "now", and whole
 *  seconds, minutes and hours (NOT_A_DATE). Most sentences hold none of these, and skipping chrono for them
 *  is most of date extraction's speed. */
const MAY_HOLD_DATE = new RegExp(
  [
    String.raw`\d\s*[/.\-\s]\s*\d`,
    String.raw`${NAME_LEAD}${MONTH_OR_DAY_NAME}(?:(?![a-z])|(?=${RUN_ON_ORDINAL}))`,
    String.raw`${NAME_LEAD}(?:today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night|morning|afternoon|evening|midnight|` +
      String.raw`midday|noon)(?![a-z])`,
    String.raw`${NAME_LEAD}(?:days?|weeks?|months?|quarters?|years?|${SHORT_UNIT})`,
    String.raw`(?:\b(?:an?|the|few|several|half|couple|of|${SMALL_NUMBERS}|this|last|past|next|after)\s+|\d\s*|[+-]\s*)[smhdwy](?=\W|$)`,
  ].join('|'),
  'i',
);

/** "last December", "this September", "next March": chrono reads the month and drops the word before it. */
const MONTH_MODIFIER = /\b(this\s+past|this\s+coming|the\s+coming|last|this|next|coming|past)\s+$/i;
/** Before a capitalised "March" or "May": a determiner that makes it a month ("the March accession"). */
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|his|her|their|our|this|last|next)|['’]s)\s+$/i;
/** …unless a word follows that makes it a march or a wish ("the March on Washington"). */
const NOT_A_MONTH_AFTER = /^\s+(?:on|to|for|of|through|against|in|from|by|across|into|toward|towards|with|and|or|was|is|were|are|has|had|will|would)\b/i;

/** "in March", "since May", "the March accession", "this past May": a month; "May I", "the March on
 *  Washington": not. */
function readsAsMonth(sentence: string, start: number, text: string): boolean {
  const before = sentence.slice(Math.max(0, start - 30), start);
  const after = sentence.slice(start + text.length);
  return /\b(in|since|until|till|by|from|through|during|of|last|next|this|past|coming|early|late|mid|before|after|between|and|to|end|beginning|start|middle)[\s-]*$/i.test(before)
    || (DETERMINER_BEFORE.test(before) && /^\p{Lu}/u.test(text) && /^\s+\p{Ll}/u.test(after) && !NOT_A_MONTH_AFTER.test(after));
}

/** chrono reads no "May" or "March" after a determiner or a modifier ("the May elections", "this past May"). */
function ambiguousMonths(sentence: string, taken: DateSpan[]): DateSpan[] {
  const out: DateSpan[] = [];
  if (!/\b(?:May|March)\b/.test(sentence)) return out;
  for (const m of sentence.matchAll(/\b(May|March)\b/g)) {
    const start = m.index;
    if (taken.some((t) => start < t.end && start + m[0].length > t.start)) continue;
    const before = sentence.slice(Math.max(0, start - 30), start);
    if (!(MONTH_MODIFIER.test(before) || DETERMINER_BEFORE.test(before)) || !readsAsMonth(sentence, start, m[0])) continue;
    const mod = MONTH_MODIFIER.exec(before);
    const parts = { ...NO_PARTS, m: m[1] === 'May' ? 5 : 3 };
    if (!mod) { out.push(span(start, m[0], parts)); continue; }
    const w = mod[1]!.toLowerCase();
    const modifier = /last|past/.test(w) ? 'last' : /next|coming/.test(w) ? 'next' : 'this';
    const from = start - mod[0].length;
    out.push(span(from, sentence.slice(from, start + m[0].length), parts, { modifier }));
  }
  return out;
}

function chronoSpans(sentence: string, ref: Date, mayHold = MAY_HOLD_DATE.test(sentence)): DateSpan[] {
  const out: DateSpan[] = [];
  if (!mayHold) return out;
  for (const r of chrono.parse(sentence, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    let text = r.text;
    let start = r.index;
    // chrono sometimes keeps trailing punctuation ("March,")
    text = text.replace(/[\s,.;:]+$/, '');
    // chrono keeps a leading preposition ("on Monday") or reads a number before the date as a clock time
    // ("$14.25 yesterday"); the date is what follows them
    for (let lead = LEAD.exec(text); lead; lead = LEAD.exec(text)) {
      text = text.slice(lead[0].length);
      start += lead[0].length;
    }
    // "the 1980s after", "the low-50s after": a decade or an age, never so many seconds after now
    if (/^\d+['’]?s\b/.test(text)) continue;
    // "Seventy-four years ago": chrono read only the end of a compound number
    if (sentence[start - 1] === '-' && /^(one|two|three|four|five|six|seven|eight|nine)\b/i.test(text)) continue;
    const offset = OFFSET_PREFIX.exec(text);
    const partOfDay = offset ? null : PART_OF_DAY_PREFIX.exec(text);
    if (offset || partOfDay) {
      const prefix = (offset ?? partOfDay)![0];
      const from = start + prefix.length;
      // "the day before last Tuesday" is a day earlier than last Tuesday; "the night of Oct. 23" is Oct. 23
      const shift = offset ? (/after/i.test(offset[2]!) ? 1 : -1) * (/week/i.test(offset[1]!) ? 7 : 1) : 0;
      for (const inner of chronoSpans(sentence.slice(from, start + text.length), ref)) {
        // (a month or a year moved by a day is still that month or year: only a day takes the shift)
        const shifts = shift !== 0 && inner.start === 0 && (inner.parts.d !== null || inner.parts.weekday !== null);
        out.push(shifts
          ? { ...inner, start, end: inner.end + from, text: sentence.slice(start, inner.end + from), shift }
          : { ...inner, start: inner.start + from, end: inner.end + from });
      }
      continue;
    }
    // "USA Today", "Fox News Sunday": a capitalised relative word after a name is part of the name
    if (/^\p{Lu}/u.test(text) && /^(today|tonight|tomorrow|yesterday)$/i.test(text) && /\p{Lu}[\p{L}.]*\s+$/u.test(sentence.slice(Math.max(0, start - 20), start)) && start > 0) continue;
    if (!text || NOT_A_DATE.test(text) || AMBIGUOUS_LOWER.test(text)) continue;
    // part of a compound word: "day-long", "year-end"
    if (sentence[start + text.length] === '-' && /\p{L}/u.test(sentence[start + text.length + 1] ?? '')) continue;
    const parts = partsOf(r.start);
    const week = weekOf(text);
    const casual = /\b(today|yesterday|tomorrow|tonight)\b/i.test(text);
    if (parts.y === null && parts.m === null && parts.d === null && parts.weekday === null && week === null && !casual) {
      continue; // a time of day alone ("at 3 p.m.")
    }
    // "May" and "March" alone must read as a date: "in March", "since May", "the March accession", not "May
    // I" or "the March on Washington".
    if (parts.m !== null && parts.d === null && parts.y === null && !RELATIVE.test(text) && /^(may|march)$/i.test(text) && !readsAsMonth(sentence, start, text)) continue;
    const endParts = r.end ? partsOf(r.end) : null;
    const hedged = withHedge(sentence, start);
    text = sentence.slice(hedged, start + text.length);
    start = hedged;
    let modifier: DateSpan['modifier'] = null;
    if (parts.m !== null && parts.d === null && parts.y === null && !r.end) {
      const mod = MONTH_MODIFIER.exec(sentence.slice(Math.max(0, start - 20), start));
      if (mod) {
        const w = mod[1]!.toLowerCase();
        modifier = /last|past/.test(w) ? 'last' : /next|coming/.test(w) ? 'next' : 'this';
        const endAt = start + text.length;
        start -= mod[0].length;
        text = sentence.slice(start, endAt);
      }
    }
    const base: DateSpan = {
      start,
      end: start + text.length,
      text,
      parts,
      endParts,
      resolved: dayOf(r.start),
      resolvedEnd: r.end ? dayOf(r.end) : null,
      relative: RELATIVE.test(text) || casual || /\bago\b/i.test(text),
      week,
      modifier,
      shift: 0,
      rangeToNext: false,
      special: null,
    };
    const split = r.end ? splitRange(base, r.end) : null;
    if (split) out.push(...split);
    else out.push(base);
  }
  return out;
}

/** "Sept. 14 to Thursday", "Monday through Friday": a range whose end is a date of its own is two spans, the
 *  first marked as running to the second. A range of bare days ("June 12-13") stays one span. */
function splitRange(whole: DateSpan, end: chrono.ParsedComponents): DateSpan[] | null {
  const joins = [...whole.text.matchAll(/\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*/gi)];
  for (const j of joins.reverse()) {
    const left = whole.text.slice(0, j.index).replace(/[\s,]+$/, '');
    const right = whole.text.slice(j.index + j[0].length);
    if (!left || !NAMED.test(right) || !NAMED.test(left)) continue;
    const rightStart = whole.start + j.index + j[0].length;
    const endParts = partsOf(end);
    return [
      { ...whole, end: whole.start + left.length, text: left, endParts: null, resolvedEnd: null, rangeToNext: true,
        relative: RELATIVE.test(left) },
      span(rightStart, right, endParts, { resolved: dayOf(end), relative: RELATIVE.test(right) }),
    ];
  }
  return null;
}
const FISCAL_BEFORE = /\b(?:fiscal(?:[-\s]+year)?|FY)\s*$/i;
const FISCAL_AFTER = /^\s+fiscal\s+year\b/i;
const FISCAL_TWO_DIGITS = /\b(?:FY\s?|fiscal(?:[-\s]+year)?\s+)['’]?(\d{2})(?![\d%]|[.,]\d)/gi;
const PREFIX_BEFORE = /\b(?:post|pre)-$/i;

function yearSpans(sentence: string, taken: DateSpan[]): DateSpan[] {
  const out: DateSpan[] = [];
  const free = (a: number, b: number): boolean => ![...taken, ...out].some((s) => a < s.end && b > s.start);
  if (/\d\d\d\d/.test(sentence)) for (const m of sentence.matchAll(YEAR)) {
    const at = m.index;
    if (!free(at, at + 4)) continue;
    const before = sentence.slice(Math.max(0, at - 20), at);
    if (QUANTITY_BEFORE.test(before)) continue;
    const y = Number(m[1]);
    // "fiscal 1999", "FY1999", "the 1999 fiscal year" name the year a budget is counted by; "post-1959" bounds it
    const fiscal = FISCAL_BEFORE.exec(before);
    const prefix = fiscal ? null : PREFIX_BEFORE.exec(before);
    const start = fiscal ? at - fiscal[0].length : prefix ? at - prefix[0].length : withHedge(sentence, at);
    const after = FISCAL_AFTER.exec(sentence.slice(at + 4));
    const end = at + 4 + (after && !fiscal ? after[0].length : 0);
    out.push(span(start, sentence.slice(start, end), { y, m: null, d: null, weekday: null }));
  }
  if (/[Ff]iscal|FY/.test(sentence)) for (const m of sentence.matchAll(FISCAL_TWO_DIGITS)) {
    const end = m.index + m[0].length;
    if (!free(m.index, end)) continue;
    const yy = Number(m[1]);
    // a two-digit fiscal year is of the century it reads best in: FY99 is 1999, FY05 is 2005
    const y = yy >= 50 ? 1900 + yy : 2000 + yy;
    out.push(span(m.index, m[0], { y, m: null, d: null, weekday: null }));
  }
  for (const w of findSpelledYears(sentence)) {
    if (free(w.start, w.end)) out.push(span(w.start, w.text, { y: w.y, m: null, d: null, weekday: null }));
  }
  return out;
}

const WEEKEND = /\b(?:(this\s+past|this\s+coming|this|last|next|over\s+the|the)\s+)weekend\b(?!s|['’]s\s+(?:edition|shift))(?![-\s]+(?:edition|editions|shift|shifts|warriors?|getaways?|retreats?|pass|passes|jobs?|shows?|programs?|programmes?|news|papers?|anchors?|box|office|editor)\b)/gi;

const overlapsAny = (spans: readonly { start: number; end: number }[], x: { start: number; end: number }): boolean =>
  spans.some((o) => x.start < o.end && x.end > o.start);

/** Holidays, weekends and dates counted from the story's last date: found before chrono, which misreads
 *  them ("the next morning" as this morning) or does not read them. */
function specialSpans(sentence: string, mayHold: boolean): DateSpan[] {
  const out: DateSpan[] = [];
  for (const h of findHolidays(sentence)) {
    out.push(span(h.start, h.text, { ...NO_PARTS, y: h.year }, { special: { kind: 'holiday', holiday: h.holiday }, modifier: h.modifier }));
  }
  for (const p of findPeriods(sentence)) {
    if (!overlapsAny(out, p)) out.push(span(p.start, p.text, NO_PARTS, { special: { kind: 'period', period: p } }));
  }
  // every anchored phrase and weekend holds a word MAY_HOLD_DATE looks for ("day", "year", "weekend")
  if (!mayHold) return out;
  for (const h of findHappenings(sentence)) {
    if (!overlapsAny(out, h)) out.push(span(h.start, h.text, NO_PARTS, { special: { kind: 'happening', happening: h } }));
  }
  for (const a of findAnchored(sentence)) {
    if (!overlapsAny(out, a)) out.push(span(a.start, a.text, NO_PARTS, { special: { kind: 'anchored', anchored: a } }));
  }
  if (sentence.includes('weekend') || sentence.includes('Weekend')) {
    for (const m of sentence.matchAll(WEEKEND)) {
      const w = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const which = w === 'this past' || w === 'last' ? -1 : w === 'this coming' || w === 'next' ? 1 : w === 'this' ? 0 : null;
      // "over the weekend": the date is "the weekend"
      const lead = w === 'over the' ? m[0].indexOf('the') : 0;
      const start = m.index + lead;
      if (!out.some((o) => start < o.end && m.index + m[0].length > o.start)) {
        out.push(span(start, m[0].slice(lead), NO_PARTS, { special: { kind: 'weekend', which }, relative: true }));
      }
    }
  }
  return out;
}

/** Days listed after a month-day: "April 24 and 25", "May 3, 4 and 5". */
const LISTED_DAY = /^(\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(\d{1,2})(?:st|nd|rd|th)?\b(?=\s*(?:$|[.,;:)]|\s(?:in|at|on|of|to|for|and|or|when|while|after|before|with|respectively)\b))/;

/** "April 24 and 25, 1999": the year after the last day of a list is every listed day's. */
const LIST_YEAR = /^,?\s+((?:1[6-9]|20)\d\d)(?![\d%])/;

function listedDays(sentence: string, spans: DateSpan[]): DateSpan[] {
  const out: DateSpan[] = [];
  let skipUntil = -1;
  spans.forEach((s, k) => {
    if (s.start < skipUntil) return;
    out.push(s);
    if (s.parts.m === null || s.parts.d === null || s.endParts || s.relative || s.special) return;
    const list: DateSpan[] = [s];
    let last = s;
    const nextStart = spans[k + 1]?.start ?? sentence.length;
    for (let m = LISTED_DAY.exec(sentence.slice(last.end)); m; m = LISTED_DAY.exec(sentence.slice(last.end))) {
      const d = Number(m[2]);
      const start = last.end + m[1]!.length;
      if (d <= last.parts.d! || d > 31 || start + m[2]!.length > nextStart) break;
      last = span(start, sentence.slice(start, start + m[0].length - m[1]!.length), { ...s.parts, d, weekday: null });
      list.push(last);
    }
    if (list.length === 1) return;
    const year = s.parts.y === null ? LIST_YEAR.exec(sentence.slice(last.end)) : null;
    if (year) {
      const y = Number(year[1]);
      const end = last.end + year[0].length;
      list.forEach((x, n) => { list[n] = { ...x, parts: { ...x.parts, y }, resolved: { ...x.resolved, y } }; });
      list[list.length - 1] = { ...list[list.length - 1]!, end, text: sentence.slice(list[list.length - 1]!.start, end) };
      skipUntil = end;
    }
    out.splice(out.length - 1, 1, ...list);
  });
  return out;
}

/** The date expressions of a sentence, in reading order. `ref` is the publication day at noon (or any day
 *  when the article has none: then only what the text states is used). */
export function findDateSpans(sentence: string, ref: Date): DateSpan[] {
  const mayHold = MAY_HOLD_DATE.test(sentence);
  const special = specialSpans(sentence, mayHold);
  const read = [...special, ...chronoSpans(sentence, ref, mayHold).filter((c) => !special.some((o) => c.start < o.end && c.end > o.start))];
  const spans = [...read, ...ambiguousMonths(sentence, read)];
  const all = [...spans, ...yearSpans(sentence, spans)].sort((a, b) => a.start - b.start);
  const out: DateSpan[] = [];
  for (const s of all) {
    const prev = out[out.length - 1];
    if (prev && s.start < prev.end) continue;
    const gap = prev ? sentence.slice(prev.end, s.start) : '';
    // "March of next year", "June 16th of last year", "May nineteen ninety-seven": the day and the year apart
    if (prev && !prev.special && prev.parts.m !== null && prev.parts.y === null && s.parts.y !== null && s.parts.m === null && !s.special
      && ((/\bof$/i.test(prev.text) && /^\s*$/.test(gap)) || /^\s+of\s+$/i.test(gap) || (/^\p{L}/u.test(s.text) && /^,?\s+$/.test(gap)))) {
      out[out.length - 1] = {
        ...prev,
        end: s.end,
        text: sentence.slice(prev.start, s.end),
        parts: { ...prev.parts, y: s.parts.y },
        resolved: { y: s.resolved.y, m: prev.parts.m, d: prev.parts.d ?? 1 },
        relative: s.relative,
      };
      continue;
    }
    // "from Sept. 14 to Thursday", "between May 5 and May 9": a range of two dates
    if (prev && !prev.endParts && !prev.rangeToNext && !prev.special && !s.special
      && (RANGE_JOIN.test(gap) || (/^\s+and\s+$/i.test(gap) && /\bbetween\s+$/i.test(sentence.slice(Math.max(0, prev.start - 10), prev.start))))) {
      out[out.length - 1] = { ...prev, rangeToNext: true };
    }
    out.push(s);
  }
  return listedDays(sentence, out);
}
