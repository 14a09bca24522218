// Where the extraction cache lives: BYLINE_CACHE_DIR when set ('off' turns the cache off), else the XDG
// cache folder ($XDG_CACHE_HOME/byline, by default ~/.cache/byline); never the seeds folder, which may be
// read-only. Each seeds folder gets its own folder there, named by a hash of its real path, and in it one
// folder per extractor version.
import { createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { xdgFolder } from '../config/xdg.js';

/** The cache's root folder, or null when the cache is off. */
export function cacheRoot(setting: string | undefined, env: Record<string, string | undefined> = process.env): string | null {
  if (setting !== undefined) return setting === 'off' ? null : resolve(setting);
  return xdgFolder('cache', env);
}

/** The folder for one seeds folder and extractor version. */
export async function cacheFolder(root: string, seedsDir: string, version: string): Promise<string> {
  const real = await realpath(seedsDir).catch(() => resolve(seedsDir));
  return join(root, `seeds-${createHash('sha256').update(real).digest('hex').slice(0, 16)}`, version);
}
