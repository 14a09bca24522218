// The bench's restart, in a process of its own as a real restart is: a new store over the same seeds and the
// same extraction cache (and library snapshot) loads, and reports how long that took, what it had to extract and its own peak memory.
import { setSteadyHeapGrowth, STEADY_HEAP_GROWTH_PERCENT } from '../app/heapGrowth.js';
import { LibraryStore } from '../app/libraryStore.js';
import { DEFAULT_LIMITS } from '../load/readSeedFolder.js';

export interface RestartFigures {
  ms: number; articles: number; extracted: number; fromDisk: number; maxRssMb: number;
  /** Whether the built library came from the snapshot (else it was assembled from the extraction cache). */
  snapshot: boolean;
}

// the heap growth bin/byline.js sets, as a real restart through the command has it
setSteadyHeapGrowth(STEADY_HEAP_GROWTH_PERCENT);

async function main(): Promise<void> {
  const [seedsDir, root, maxFiles] = process.argv.slice(2);
  if (!seedsDir || !root) throw new Error('usage: restartChild SEEDS_DIR CACHE_ROOT [MAX_FILES]');
  const limits = { ...DEFAULT_LIMITS, maxFiles: Math.max(DEFAULT_LIMITS.maxFiles, Number(maxFiles) || 0) };
  const t0 = performance.now();
  const store = new LibraryStore({ seedsDir, cache: { root }, limits });
  const r = await store.reload();
  const figures: RestartFigures = {
    ms: Math.round(performance.now() - t0), articles: r.articles, extracted: r.reuse?.extracted ?? -1, fromDisk: r.reuse?.fromDisk ?? 0,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), snapshot: r.reuse?.snapshot === true,
  };
  process.stdout.write(JSON.stringify(figures));
}

main().catch((err: unknown) => {
  process.stderr.write(`restart failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
