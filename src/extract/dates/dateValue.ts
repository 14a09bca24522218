// Calendar arithmetic on plain UTC days, and the contract's date value strings ("YYYY-MM-DD", "--MM-DD",
// "YYYY-MM", "YYYY"). No clock is read: every date comes from the article.

import { WEEKDAYS } from '../lexicon/lists.js';

export interface Day { y: number; m: number; d: number }

/** The lexicon's day names (lowercase) in calendar order, Sunday first: the day of the week of 2023-01-01 (a
 *  Sunday) onwards, as `Intl` names them, so the order comes from the calendar and the names from the list. */
const WEEKDAY_ORDER: readonly string[] = Array.from({ length: 7 }, (_, i) =>
  new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2023, 0, 1 + i))).toLowerCase())
  .filter((w) => WEEKDAYS.has(w));
/** A day name's number, 0 = Sunday … 6 = Saturday; -1 for a word that is none. */
export const weekdayNumber = (name: string): number => WEEKDAY_ORDER.indexOf(name.toLowerCase());
/** The day names as a regular-expression alternation ("sunday|monday|…"), for patterns read case-blind. */
export const WEEKDAY_NAMES = WEEKDAY_ORDER.join('|');

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function ymd(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}
export function ym(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}
export function yearValue(y: number): string {
  return pad(y, 4);
}
/** A day whose year the article does not give. */
export function monthDay(m: number, d: number): string {
  return `--${pad(m)}-${pad(d)}`;
}

/** "2026-11-27" to a Day; null when it is not a real calendar day. */
export function parseDay(iso: string | null): Day | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isRealDay(day) ? day : null;
}

export function isRealDay({ y, m, d }: Day): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function toTime({ y, m, d }: Day): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime();
}
function fromTime(ms: number): Day {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  return fromTime(toTime(day) + n * 86_400_000);
}
/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return new Date(toTime(day)).getUTCDay();
}
export function compareDays(a: Day, b: Day): number {
  return toTime(a) - toTime(b);
}
/** The Monday that starts the ISO week holding `day`. */
export function mondayOf(day: Day): Day {
  return addDays(day, -((weekday(day) + 6) % 7));
}
/** Noon UTC of a day, the reference instant handed to chrono (noon keeps time zones from shifting the day). */
export function noonUtc(day: Day): Date {
  return new Date(toTime(day) + 12 * 3_600_000);
}
