// /seeds add's work, without Discord: each attached file fetched, checked as check-seeds checks it (one
// validator, checkSeed), given a safe name and saved into the seeds folder. One file's failure never stops the
// others, and every file gets a line saying what happened and why.
import { checkSeed } from '../../parse/checkSeed.js';
import { fetchAttachment } from './fetchAttachment.js';
import { SEEDS_ADD_MAX_BYTES, SEEDS_ADD_MAX_FILES } from './limits.js';
import { safeSeedName } from './safeName.js';
import { nodeSeedFs, saveSeedFile, SeedFileError, type SeedFs } from './seedFiles.js';

export interface IncomingFile { name: string; url: string; size: number }

export interface SeedOutcome {
  /** The name as attached. */
  original: string;
  /** The name saved under, when saved. */
  saved: string | null;
  /** Why not saved; or, when saved, what was noted (a header date not taken). */
  reason: string | null;
  title?: string;
}

export interface AddSeedsDeps {
  seedsDir: string;
  /** SEEDS_MAX_FILE_BYTES; the lower of it and SEEDS_ADD_MAX_BYTES applies. */
  maxFileBytes: number;
  fetch?: typeof fetch;
  files?: SeedFs;
}

export async function addSeeds(incoming: IncomingFile[], deps: AddSeedsDeps): Promise<SeedOutcome[]> {
  const max = Math.min(deps.maxFileBytes, SEEDS_ADD_MAX_BYTES);
  const out: SeedOutcome[] = [];
  const taken = new Set<string>();
  for (const [k, f] of incoming.entries()) {
    const reject = (reason: string) => out.push({ original: f.name, saved: null, reason });
    if (k >= SEEDS_ADD_MAX_FILES) { reject(`only ${SEEDS_ADD_MAX_FILES} files are taken at a time`); continue; }
    const named = safeSeedName(f.name);
    if (!named.ok) { reject(named.error); continue; }
    if (f.size > max) { reject(`${f.size} bytes, over the ${max}-byte limit`); continue; }
    if (taken.has(named.name.toLowerCase())) { reject(`another attached file is also saved as ${named.name}`); continue; }
    const fetched = await fetchAttachment(f.url, max, deps.fetch);
    if (!fetched.ok) { reject(fetched.error); continue; }
    const verdict = checkSeed(named.name, fetched.bytes, max);
    if (!verdict.ok) { reject(verdict.error); continue; }
    try {
      await saveSeedFile(deps.seedsDir, named.name, fetched.bytes, deps.files ?? nodeSeedFs);
    } catch (err) {
      if (err instanceof SeedFileError) { reject(err.message); continue; }
      throw err;
    }
    taken.add(named.name.toLowerCase());
    out.push({ original: f.name, saved: named.name, reason: verdict.warnings.join('; ') || null, title: verdict.article.title });
  }
  return out;
}
