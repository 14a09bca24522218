// News conventions for turning what a date expression states into a value, given the publication day:
// a weekday in a report of the past is the latest such day on or before publication; a day or month
// without a year is the nearest one on the right side of publication; weeks run Monday to Sunday; and with
// no publication date the year stays unknown ("--05-11") and relative words stay unresolved.
import type { DateRef } from '../../model/contract.js';
import { addDays, compareDays, isRealDay, mondayOf, monthDay, weekday, ym, yearValue, ymd, type Day } from './dateValue.js';
import type { DateSpan, Parts } from './findDateSpans.js';
import type { Tense } from './tense.js';

export type Resolved = Pick<DateRef, 'start' | 'end' | 'precision'>;

export interface ResolveContext {
  published: Day | null;
  /** Which way the clause points ("will meet on Friday", "met on Friday", neither). */
  tense: Tense;
  /** A year the sentence states for a list this date belongs to ("March 21 and April 3, 2016"). */
  borrowedYear: number | null;
}

const UNRESOLVED: Resolved = { start: null, end: null, precision: 'unknown' };

/** The year for a month (and day) the text gives without one: on the side of publication the clause
 *  points to, or else the nearer side, leaning to the past. */
function yearFor(m: number, d: number, pub: Day, tense: Tense): number {
  const candidates = [pub.y - 1, pub.y, pub.y + 1]
    .map((y) => ({ y, m, d }))
    .filter(isRealDay);
  if (tense === 'future') return (candidates.find((c) => compareDays(c, pub) >= 0) ?? candidates[candidates.length - 1]!).y;
  if (tense === 'past') {
    const past = candidates.filter((c) => compareDays(c, pub) <= 0);
    return (past[past.length - 1] ?? candidates[0]!).y;
  }
  // neither: news looks back more often than ahead, so a later day must be much the nearer to win
  const away = (c: Day): number => Math.abs(compareDays(c, pub));
  const before = candidates.filter((c) => compareDays(c, pub) <= 0).at(-1);
  const after = candidates.find((c) => compareDays(c, pub) > 0);
  if (!before || !after) return (before ?? after ?? candidates[0]!).y;
  return 2 * away(after) < away(before) ? after.y : before.y;
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

export function resolveSpan(span: DateSpan, ctx: ResolveContext): Resolved {
  const pub = ctx.published;
  const { parts } = span;
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
    if (parts.d !== null) return fromDay(r, span.resolvedEnd);
    if (parts.m !== null) return { start: ym(r.y, r.m), end: null, precision: 'month' };
    return { start: yearValue(r.y), end: null, precision: 'year' };
  }
  if (parts.weekday !== null && parts.d === null) {
    if (!pub) return UNRESOLVED;
    // "last Friday", "next Tuesday": chrono already moved to the right week.
    if (span.relative) return fromDay(span.resolved);
    return fromDay(newsWeekday(parts.weekday, pub, ctx.tense === 'future'));
  }
  let y = parts.y ?? ctx.borrowedYear;
  if (y === null && pub && parts.m !== null) y = yearFor(parts.m, parts.d ?? 15, pub, ctx.tense);
  const start = value(parts, y);
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
