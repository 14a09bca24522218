// Binary search over an ascending array of numbers or strings: the one used by every index and extractor
// that keeps offsets, postings or a vocabulary sorted.

/** Index of the first value not below `x` (values.length when every value is below it). */
export function lowerBound<T extends number | string>(values: readonly T[], x: T): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
