// Binary search over an ascending array of numbers or strings: the one used by every index and extractor
// that keeps offsets, postings or a vocabulary sorted.

/** Index of the first value not below `x` in `values[lo..hi)` (`hi` when every value there is below it).
 *  Any array-like: the packed postings are typed-array slices. */
export function lowerBound<T extends number | string>(values: ArrayLike<T>, x: T, lo = 0, hi = values.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
