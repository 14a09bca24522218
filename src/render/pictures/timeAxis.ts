// A time axis over day numbers (days since 1970-01-01, UTC): a padded domain and ticks at days, weeks,
// months or years, as many as fit the width.
const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface Tick { day: number; label: string }

export interface TimeAxis {
  from: number;
  /** Exclusive: the day after the last one shown. */
  to: number;
  ticks: Tick[];
  x(day: number): number;
}

const date = (day: number) => new Date(day * DAY_MS);
const dayOf = (y: number, m: number, d = 1) => Date.UTC(y, m, d) / DAY_MS;

export function monthName(month0: number): string {
  return MONTHS[month0]!;
}

/** "11 May 2024", "May 2024", "2024" of a day number at a precision. */
export function dayLabel(day: number, precision: 'day' | 'month' | 'year' = 'day', withYear = true): string {
  const d = date(day);
  const y = withYear ? ` ${d.getUTCFullYear()}` : '';
  if (precision === 'year') return String(d.getUTCFullYear());
  if (precision === 'month') return `${MONTHS[d.getUTCMonth()]}${y}`;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${y}`;
}

function ticksBetween(from: number, to: number, maxTicks: number): Tick[] {
  const span = to - from;
  const fromDate = date(from);
  const y0 = fromDate.getUTCFullYear();
  const y1 = date(to).getUTCFullYear();
  // days
  for (const step of [1, 2, 7, 14]) {
    if (span / step > maxTicks) continue;
    const out: Tick[] = [];
    // weekly ticks fall on Mondays
    let d = step >= 7 ? from + ((8 - date(from).getUTCDay()) % 7) : from;
    let lastMonth = -1;
    for (; d < to; d += step) {
      const m = date(d).getUTCMonth();
      out.push({ day: d, label: m !== lastMonth ? `${date(d).getUTCDate()} ${MONTHS[m]}` : String(date(d).getUTCDate()) });
      lastMonth = m;
    }
    if (out.length >= 2) return out;
  }
  // months
  for (const step of [1, 2, 3, 6]) {
    const months = (y1 - y0) * 12 + date(to).getUTCMonth() - fromDate.getUTCMonth();
    if (months / step > maxTicks) continue;
    const out: Tick[] = [];
    for (let k = 0; ; k++) {
      const m0 = fromDate.getUTCMonth() + k;
      const y = y0 + Math.floor(m0 / 12);
      const m = m0 % 12;
      if (m % step !== 0) continue;
      const d = dayOf(y, m);
      if (d >= to) break;
      if (d < from) continue;
      out.push({ day: d, label: m === 0 || out.length === 0 ? `${MONTHS[m]} ${y}` : MONTHS[m]! });
    }
    if (out.length >= 2) return out;
  }
  // years
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]) {
    if ((y1 - y0) / step > maxTicks) continue;
    const out: Tick[] = [];
    for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) {
      const d = dayOf(y, 0);
      if (d >= from && d < to) out.push({ day: d, label: String(y) });
    }
    if (out.length >= 1) return out;
  }
  return [];
}

/** An axis over [first, last] (days, inclusive) drawn from x0 to x1, padded so marks at the ends are whole,
 *  and at least `minDays` wide. */
export function timeAxis(first: number, last: number, x0: number, x1: number, tickSpacing = 90, minDays = 30): TimeAxis {
  const span = Math.max(0, last + 1 - first);
  // a short range is widened around its middle, so a month-long mark never fills the whole axis
  const widen = Math.max(0, Math.ceil((minDays - span) / 2));
  const pad = Math.max(3, Math.round(span * 0.04)) + widen;
  const from = first - pad;
  const to = last + 1 + pad;
  const ticks = ticksBetween(from, to, Math.max(2, Math.floor((x1 - x0) / tickSpacing)));
  return { from, to, ticks, x: (day) => x0 + ((day - from) / (to - from)) * (x1 - x0) };
}

/** The axis of a year whose number is unknown, over the days [first, last] of `year` (a leap year): the
 *  months around them when they fall within a few months (so close dates stay apart), else January to
 *  December. No label names a year. */
export function yearlessAxis(year: number, first: number, last: number, x0: number, x1: number): TimeAxis {
  if (last - first <= 120) {
    const axis = timeAxis(first, last, x0, x1, 90, 45);
    const ticks = axis.ticks.filter((t) => !/^\d{4}$/.test(t.label)).map((t) => ({ ...t, label: t.label.replace(/ \d{4}$/, '') }));
    return { ...axis, ticks };
  }
  const from = dayOf(year, 0);
  const to = dayOf(year + 1, 0);
  const ticks = MONTHS.map((label, m) => ({ day: dayOf(year, m), label }));
  return { from, to, ticks, x: (day) => x0 + ((day - from) / (to - from)) * (x1 - x0) };
}
