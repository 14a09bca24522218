// The library store the bot, the console and the shard launcher serve from, set up from the configuration:
// the seeds folder, its read limits and the extraction cache (BYLINE_CACHE_DIR, or the XDG cache folder).
import type { Config } from '../config/env.js';
import type { ReadLimits } from '../load/readSeedFolder.js';
import { cacheRoot } from '../cache/cacheDir.js';
import type { CacheLog } from '../cache/extractionCache.js';
import { LibraryStore } from './libraryStore.js';

/** The seeds folder's read limits from the configuration (2 GiB a folder, a fixed ceiling). */
export function seedLimits(config: Config): ReadLimits {
  return { maxFileBytes: config.SEEDS_MAX_FILE_BYTES, maxFiles: config.SEEDS_MAX_FILES, maxTotalBytes: 2 * 1024 ** 3 };
}

export function createLibraryStore(config: Config, seedsDir: string = config.SEEDS_DIR, log?: CacheLog): LibraryStore {
  const root = cacheRoot(config.BYLINE_CACHE_DIR);
  return new LibraryStore({
    seedsDir,
    limits: seedLimits(config),
    cache: root ? { root, ...(log ? { log } : {}) } : null,
  });
}
