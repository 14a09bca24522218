// Binary searches over sorted, non-overlapping ranges (sentences, quoted spans): keeps per-cue and
// per-quote look-ups logarithmic, so a huge paragraph with thousands of marks stays fast.

export interface Range { start: number; end: number }

/** Index of the first range whose end is after `offset` (ranges sorted by start, not overlapping). */
export function firstEndingAfter(ranges: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The range holding `offset`, if any. */
export function rangeAt<T extends Range>(ranges: readonly T[], offset: number): T | undefined {
  const r = ranges[firstEndingAfter(ranges, offset)];
  return r && r.start <= offset ? r : undefined;
}

/** The ranges overlapping [start, end), in order. */
export function overlapping<T extends Range>(ranges: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let k = firstEndingAfter(ranges, start); k < ranges.length && ranges[k]!.start < end; k++) out.push(ranges[k]!);
  return out;
}
