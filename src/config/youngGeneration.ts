// The V8 young generation a long-running process starts with, by the size of its archive. Every scavenge of a
// first load at 100,000 articles cost about 15 ms whatever it found alive (the cost grows with the old
// generation, 4 GB there), and V8's 16 MB semi-spaces ran 1,600 of them: a quarter of the load. Semi-spaces
// four times larger ran a third as many (first load 187 -> 162 s) for about 10% more memory; at 10,000 articles
// they saved no time and raised the peak RSS from 766 to 888 MB, so a small archive keeps V8's own size. The
// size is fixed when a process starts, so bin/byline.js asks here before it starts the process that serves.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { BENCH_DEFAULT_ARTICLES, parseCli } from '../cli/args.js';
import { ConfigSchema } from './env.js';

/** Seed files from which an archive counts as large. */
export const LARGE_ARCHIVE_FILES = 40_000;

/** A large archive's semi-space, in MB (V8's own is 16 on 64-bit machines). */
export const LARGE_ARCHIVE_SEMI_SPACE_MB = 64;

/** The semi-space to start a process with for an archive of `files` files; null: V8's own. */
export function semiSpaceMbFor(files: number | null): number | null {
  return files !== null && files >= LARGE_ARCHIVE_FILES ? LARGE_ARCHIVE_SEMI_SPACE_MB : null;
}

/**
 * How many files the command's archive holds: a generated bench's --articles, else the entries of its seeds
 * folder (--seeds, SEEDS_DIR from the environment or .env, ./seeds). Null when it cannot tell (bad usage, no
 * folder): the command itself reports that once it runs.
 */
export function archiveFiles(argv: string[], env: Record<string, string | undefined>, cwd = '.'): number | null {
  try {
    const args = parseCli(argv);
    if (args.command === 'bench' && !args.seeds) return args.articles ?? BENCH_DEFAULT_ARTICLES;
    const fromFile: Record<string, string> = {};
    loadDotenv({ quiet: true, path: resolve(cwd, '.env'), processEnv: fromFile });
    // as the command reads it: .env never overrides the environment, and a blank value is the default
    const dir = args.seeds ?? ConfigSchema.shape.SEEDS_DIR.parse(env.SEEDS_DIR ?? fromFile.SEEDS_DIR);
    return readdirSync(resolve(cwd, dir)).length;
  } catch {
    return null;
  }
}
