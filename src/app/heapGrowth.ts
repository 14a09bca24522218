// How fast V8 lets the old generation grow between major collections, set per phase. A process that serves
// caps the growth (bin/byline.js: at most 30% of the live size), so a load's garbage does not become heap
// that stays; but a first load, with nothing serving yet, mostly adds live data, and under that cap it ran a
// major collection every 30% of growth: a fifth of a restart's CPU time at 10,000 articles. The flag is
// process-wide and read at every collection, so it can be raised for a first load and set again after.
import { setFlagsFromString } from 'node:v8';

/** The growth a serving process runs with (percent of the live size); null: V8's own, never changed here. */
let steady: number | null = null;

/** The cap a serving Byline process runs with: measured at 5,000-10,000 bench articles, 10-20% lower peak RSS
 *  than V8's own factor, queries as fast. */
export const STEADY_HEAP_GROWTH_PERCENT = 30;

/** Caps heap growth from now on; what bin/byline.js (and the bench's restart child) set at start. */
export function setSteadyHeapGrowth(percent: number): void {
  steady = percent;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}

/** A first load's growth: the heap may double between major collections. V8's own factor (up to 4x) made
 *  as few collections, but let a load's short-lived garbage take that much more memory (a restart's peak RSS
 *  at 10,000 articles 18% higher than under the steady cap), where doubling is bounded at any size. */
export const FIRST_LOAD_HEAP_GROWTH_PERCENT = 100;

/** Runs `load` with the first load's heap growth, then restores the steady cap (when one is set). */
export async function withFreeHeapGrowth<T>(load: () => Promise<T>): Promise<T> {
  if (steady === null) return load();
  setFlagsFromString(`--heap-growing-percent=${FIRST_LOAD_HEAP_GROWTH_PERCENT}`);
  try {
    return await load();
  } finally {
    setFlagsFromString(`--heap-growing-percent=${steady}`);
  }
}
