// News conventions for turning what a date expression states into a value, given the publication day:
// a weekday in a report of the past is the latest such day on or before publication, and the next one in a
// clause that looks ahead; a day or month without a year is the nearest one on the side of publication the
// clause points to; a stated weekday picks the year in which it falls on that date ("Monday, Oct. 26");
// "last December" is the latest December before publication, "this September" the one of its year; weeks
// run Monday to Sunday and weekends Saturday to Sunday. With no publication date the year stays unknown
// ("--05-11") and relative words stay unresolved.
import type { DateRef } from '../../model/contract.js';
import { resolveAnchored, type Anchor } from './anchored.js';
import { addDays, compareDays, isRealDay, mondayOf, monthDay, weekday, ym, yearValue, ymd, type Day } from './dateValue.js';
import type { DateSpan, Parts } from './findDateSpans.js';
import type { Holiday } from './holidays.js';
import type { PeriodMatch } from './periods.js';
import type { Tense } from './tense.js';

export type Resolved = Pick<DateRef, 'start' | 'end' | 'precision'>;

export interface ResolveContext {
  published: Day | null;
  /** Which way the clause points ("will meet on Friday", "met on Friday", neither); read only when needed. */
  tense: () => Tense;
  /** A year the sentence states for a list this date belongs to ("March 21 and April 3, 2016"). */
  borrowedYear: number | null;
  /** The dates the story gave before this one, for "the next day" and "later that year". */
  anchor: Anchor;
  /** The start of a range this date ends ("Sept. 14 to Thursday"): the end is on or after it. */
  notBefore: Day | null;
}

const UNRESOLVED: Resolved = { start: null, end: null, precision: 'unknown' };

const monthIndex = (d: Day): number => d.y * 12 + d.m;
const FUTURE_SLACK_MS = 3 * 86_400_000;

/** How far a candidate lies from publication: in months (`byMonth`, "in October") or as compareDays says. */
const relativeTo = (pub: Day, byMonth: boolean) => (c: Day): number =>
  (byMonth ? monthIndex(c) - monthIndex(pub) : compareDays(c, pub));

/** Of one candidate day a year (publication's year and either side), the one the clause means: on the side of
 *  publication it points to; in the present, the nearer, leaning ahead; pointing nowhere, the nearer, leaning
 *  back, since news looks back more often than ahead. `byMonth` compares months, not days ("in October"). */
function pick(candidates: Day[], pub: Day, tense: Tense, byMonth: boolean): Day {
  const cmp = relativeTo(pub, byMonth);
  const past = candidates.filter((c) => cmp(c) <= 0);
  // a wire story is often dated a day or two after it was written: "will be returned by Jan. 14" in a story
  // of Jan. 15 means this Jan. 14, not next year's
  const ahead = candidates.filter((c) => cmp(c) >= (byMonth ? 0 : -FUTURE_SLACK_MS));
  if (tense === 'future') return ahead[0] ?? candidates[candidates.length - 1]!;
  if (tense === 'past') return past[past.length - 1] ?? candidates[0]!;
  const before = past.at(-1);
  const after = candidates.find((c) => cmp(c) > 0);
  if (!before || !after) return (before ?? after ?? candidates[0])!;
  const away = (c: Day): number => Math.abs(cmp(c));
  if (cmp(before) === 0) return before;
  return tense === 'present'
    ? (2 * away(before) < away(after) ? before : after)
    : (2 * away(after) < away(before) ? after : before);
}

/** A candidate a year around publication, for a day given without a year. */
function around(pub: Day, on: (y: number) => Day | null): Day[] {
  return [pub.y - 1, pub.y, pub.y + 1].map(on).filter((d): d is Day => d !== null && isRealDay(d));
}

/** "last December" (the latest before publication's month), "this September" (publication's year), "next
 *  March" (the first after it); for a holiday, the same by day. */
function byModifier(candidates: Day[], pub: Day, modifier: 'last' | 'this' | 'next', byMonth: boolean): Day | null {
  const cmp = relativeTo(pub, byMonth);
  if (modifier === 'last') return candidates.filter((c) => cmp(c) < 0).at(-1) ?? null;
  if (modifier === 'next') return candidates.find((c) => cmp(c) > 0) ?? null;
  return candidates.find((c) => c.y === pub.y) ?? null;
}

function value(p: Parts, y: number | null): { v: string | null; precision: DateRef['precision'] } {
  if (p.m !== null && p.d !== null) return { v: y === null ? monthDay(p.m, p.d) : ymd({ y, m: p.m, d: p.d }), precision: 'day' };
  if (p.m !== null) return { v: y === null ? null : ym(y, p.m), precision: y === null ? 'unknown' : 'month' };
  if (y !== null) return { v: yearValue(y), precision: 'year' };
  return { v: null, precision: 'unknown' };
}

function fromDay(day: Day, end: Day | null = null): Resolved {
  return { start: ymd(day), end: end ? ymd(end) : null, precision: 'day' };
}

/** The most recent `wd` on or before `pub` (or the next on or after it, for a clause that looks ahead). */
function newsWeekday(wd: number, pub: Day, future: boolean): Day {
  const diff = (wd - weekday(pub) + 7) % 7;
  return future ? addDays(pub, diff) : addDays(pub, diff === 0 ? 0 : diff - 7);
}

const looksAhead = (t: Tense): boolean => t === 'future' || t === 'present';

function resolveHoliday(holiday: Holiday, span: DateSpan, ctx: ResolveContext): Resolved {
  const pub = ctx.published;
  const y = span.parts.y ?? ctx.borrowedYear;
  if (y !== null) {
    const day = holiday.on(y);
    return day ? fromDay(day) : UNRESOLVED;
  }
  if (!pub) return holiday.fixed ? { start: monthDay(holiday.fixed.m, holiday.fixed.d), end: null, precision: 'day' } : UNRESOLVED;
  const candidates = around(pub, (yy) => holiday.on(yy));
  if (candidates.length === 0) return UNRESOLVED;
  const day = span.modifier ? byModifier(candidates, pub, span.modifier, false) : pick(candidates, pub, ctx.tense(), false);
  return day ? fromDay(day) : UNRESOLVED;
}

/** A weekend is Saturday to Sunday: "last weekend" the one before publication's week, "this weekend" its
 *  week's, "the weekend" the latest one (or, in a clause that looks ahead, the next). */
function resolveWeekend(which: -1 | 0 | 1 | null, ctx: ResolveContext): Resolved {
  const pub = ctx.published;
  if (!pub) return UNRESOLVED;
  const saturday = addDays(mondayOf(pub), 5);
  let sat: Day;
  if (which !== null) sat = addDays(saturday, 7 * which);
  else if (compareDays(pub, saturday) >= 0 || looksAhead(ctx.tense())) sat = saturday;
  else sat = addDays(saturday, -7);
  return fromDay(sat, addDays(sat, 1));
}

/** A quarter runs over its three months; with no year stated, the one the clause points to ("profits rose in the
 *  third quarter": the latest begun by publication; "will grow in the fourth quarter": the first not yet over). */
function resolvePeriod(p: PeriodMatch, ctx: ResolveContext): Resolved {
  const pub = ctx.published;
  if (p.unit === 'fiscal-year') return pub ? { start: yearValue(pub.y + p.offset!), end: null, precision: 'year' } : UNRESOLVED;
  let y = p.year ?? (p.offset !== null && p.offsetInYears && pub ? pub.y + p.offset : ctx.borrowedYear);
  let q = p.quarter;
  if (q === null) {
    // "last quarter", "this quarter": counted in quarters from publication's
    if (!pub) return UNRESOLVED;
    const k = pub.y * 4 + Math.floor((pub.m - 1) / 3) + p.offset!;
    y = Math.floor(k / 4);
    q = (k % 4) + 1;
  }
  if (y === null) {
    if (!pub) return UNRESOLVED;
    // a quarter under way at publication is still ahead by its last month, and already begun by its first
    const tense = ctx.tense();
    const m = looksAhead(tense) ? 3 * q : 3 * q - 2;
    y = pick(around(pub, (yy) => ({ y: yy, m, d: 1 })), pub, tense, true).y;
  }
  return { start: ym(y, 3 * q - 2), end: ym(y, 3 * q), precision: 'month' };
}

export function resolveSpan(span: DateSpan, ctx: ResolveContext): Resolved {
  const pub = ctx.published;
  const { parts } = span;
  const special = span.special;
  if (special?.kind === 'holiday') return resolveHoliday(special.holiday, span, ctx);
  if (special?.kind === 'weekend') return resolveWeekend(special.which, ctx);
  if (special?.kind === 'period') return resolvePeriod(special.period, ctx);
  // counted from a happening's date, which only the story's earlier sentences hold (extractDates reads them)
  if (special?.kind === 'happening') return UNRESOLVED;
  if (special?.kind === 'anchored') {
    const v = resolveAnchored(special.anchored, ctx.anchor);
    if (!v) return UNRESOLVED;
    if (v.precision === 'day') return fromDay(v.day, v.end);
    if (v.precision === 'month') return { start: ym(v.y, v.m), end: null, precision: 'month' };
    return { start: yearValue(v.y), end: null, precision: 'year' };
  }
  if (span.week !== null) {
    if (!pub) return UNRESOLVED;
    const monday = addDays(mondayOf(pub), 7 * span.week);
    return fromDay(monday, addDays(monday, 6));
  }
  if (span.relative && parts.y === null && parts.weekday === null && !pub) return UNRESOLVED;
  if (span.relative && (parts.y !== null || parts.d !== null)) {
    // "yesterday", "two days ago", "last month", "next year": chrono fixed them against publication.
    if (!pub) return UNRESOLVED;
    const r = span.resolved;
    if (parts.d !== null) return fromDay(addDays(r, span.shift), span.resolvedEnd);
    if (parts.m !== null) return { start: ym(r.y, r.m), end: null, precision: 'month' };
    return { start: yearValue(r.y), end: null, precision: 'year' };
  }
  if (parts.weekday !== null && parts.d === null) {
    if (!pub) return UNRESOLVED;
    // "last Friday", "next Tuesday": chrono already moved to the right week.
    if (span.relative) return fromDay(addDays(span.resolved, span.shift));
    // the end of a range is the first such day on or after its start ("Sept. 14 to Thursday")
    if (ctx.notBefore) return fromDay(addDays(ctx.notBefore, (parts.weekday - weekday(ctx.notBefore) + 7) % 7));
    return fromDay(addDays(newsWeekday(parts.weekday, pub, looksAhead(ctx.tense())), span.shift));
  }
  let y = parts.y ?? ctx.borrowedYear;
  if (y === null && pub && parts.m !== null) {
    const m = parts.m;
    const d = parts.d;
    const candidates = around(pub, (yy) => ({ y: yy, m, d: d ?? 1 }));
    // "Monday, Oct. 26": the year in which that date is a Monday
    const fits = d !== null && parts.weekday !== null ? candidates.filter((c) => weekday(c) === parts.weekday) : [];
    const bound = ctx.notBefore;
    if (fits.length === 1) y = fits[0]!.y;
    else if (bound) {
      const notBefore = (c: Day): boolean => (d === null ? monthIndex(c) >= monthIndex(bound) : compareDays(c, bound) >= 0);
      y = (candidates.find(notBefore) ?? candidates.at(-1)!).y;
    }
    else if (span.modifier) y = byModifier(candidates, pub, span.modifier, d === null)?.y ?? null;
    else y = pick(candidates, pub, ctx.tense(), d === null).y;
  }
  const start = value(parts, y);
  if (span.shift !== 0 && start.precision === 'day') {
    if (y !== null) return fromDay(addDays({ y, m: parts.m!, d: parts.d! }, span.shift));
    // no year: "the day before May 11" is May 10 in any year, but a day next to Feb. 29 depends on the year
    const m = parts.m!;
    const d = parts.d!;
    if ((m === 2 && d >= 28) || (m === 3 && d === 1)) return UNRESOLVED;
    const moved = addDays({ y: 2001, m, d }, span.shift);
    return { start: monthDay(moved.m, moved.d), end: null, precision: 'day' };
  }
  let end: string | null = null;
  if (span.endParts && (span.endParts.m !== null || span.endParts.d !== null)) {
    const ep: Parts = { ...span.endParts, m: span.endParts.m ?? parts.m };
    let ey = span.endParts.y ?? y;
    // a range over the new year: "Dec. 30 - Jan. 2"
    if (ey !== null && span.endParts.y === null && ep.m !== null && parts.m !== null && ep.m < parts.m) ey += 1;
    end = value(ep, ey).v;
  }
  return { start: start.v, end, precision: start.precision };
}
