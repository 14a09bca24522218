// Reading a seeds folder from disk (docs/contract.md §1): regular .txt/.md files inside the folder only, no link that
// leaves it, a size limit per file and for the folder, UTF-8 only. I/O lives here; parsing does not.
import { lstatSync, statSync } from 'node:fs';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { ARTICLE_EXTENSIONS as EXTENSIONS, decodeSeedBytes } from '../parse/checkSeed.js';

/** What a file's metadata said when it was read: with `checkedAt`, enough to tell later, without reading it
 *  again, that it has not changed (see `unchangedSince`). */
export interface FileStamp { size: number; mtimeMs: number; ctimeMs: number; ino: number; checkedAt: number }
export interface SeedFile { file: string; text: string; bytes: number; mtimeMs: number; stamp: FileStamp }
/** A file not read again because the caller already holds its content (`ReadOptions.known`). */
export interface KnownFile { file: string; bytes: number; stamp: FileStamp }
export interface SeedProblem { file: string; error: string }
export interface SeedFolder { files: SeedFile[]; rejected: SeedProblem[]; skipped: SeedProblem[]; known: KnownFile[] }

export interface ReadOptions {
  /** Whether the caller already holds this file's content as it now is (its stamp tells); such a file is
   *  checked (link, type, limits) but not read. */
  known?: (file: string, now: Omit<FileStamp, 'checkedAt'>) => boolean;
  /** The clock stamps are taken with. */
  now?: () => number;
  /** Metadata read on the calling thread: a start-up scan of 100,000 files spent 2.3 s of its CPU on the
   *  round trips to the thread pool, 0.4 s this way (each call is a few microseconds, so no long block). */
  statHere?: boolean;
}

/** Timestamps on some file systems are this coarse (FAT: 2 s); a change this close to a read may not show. */
const STAMP_SLACK_MS = 2000;

/**
 * Whether a file whose metadata is `now` still holds what was read when `before` was taken. Size, inode,
 * modification and change time must all be the same, and the file must have been last changed well before
 * that read: a write in the same timestamp tick as the read would otherwise go unseen (git's "racily clean"
 * files). The change time cannot be set back by tools that keep the modification time (cp -p, rsync -t).
 */
export function unchangedSince(before: FileStamp, now: Omit<FileStamp, 'checkedAt'>): boolean {
  return before.size === now.size && before.ino === now.ino && before.mtimeMs === now.mtimeMs && before.ctimeMs === now.ctimeMs &&
    now.mtimeMs < before.checkedAt - STAMP_SLACK_MS && now.ctimeMs < before.checkedAt - STAMP_SLACK_MS;
}

export interface ReadLimits {
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** Most files read from one folder; the rest are rejected with a reason. */
  maxFiles: number;
  /** Most bytes read from one folder in all. */
  maxTotalBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxFileBytes: 5 * 1024 * 1024, maxFiles: 200_000, maxTotalBytes: 2 * 1024 ** 3 };

export class SeedFolderError extends Error {}

const ARTICLE_EXTENSIONS = new Set<string>(EXTENSIONS);

/** Files read at once. */
const READ_WINDOW = 32;

type ReadOne =
  | { kind: 'file'; file: SeedFile }
  | { kind: 'known'; file: KnownFile }
  | { kind: 'rejected'; error: string }
  | { kind: 'skipped'; error: string };

/** One file's checks and bytes: a link must stay inside the folder, a regular file, within the size limit,
 *  text, UTF-8. */
async function readOne(root: string, name: string, limits: ReadLimits, opts: ReadOptions): Promise<ReadOne> {
  const path = join(root, name);
  const checkedAt = (opts.now ?? Date.now)();
  try {
    const l = opts.statHere ? lstatSync(path) : await lstat(path);
    let real = path;
    if (l.isSymbolicLink()) {
      real = await realpath(path);
      if (!real.startsWith(root + sep)) return { kind: 'rejected', error: 'rejected: a link to a file outside the seeds folder' };
    }
    // a plain file's lstat is its stat: one system call a file fewer on every restart
    const s = real === path ? l : opts.statHere ? statSync(real) : await stat(real);
    if (!s.isFile()) return { kind: 'skipped', error: 'skipped: not a regular file' };
    if (s.size > limits.maxFileBytes) {
      return { kind: 'rejected', error: `rejected: ${s.size} bytes, over the ${limits.maxFileBytes}-byte limit (SEEDS_MAX_FILE_BYTES)` };
    }
    if (s.size > limits.maxTotalBytes) {
      return { kind: 'rejected', error: `rejected: the folder is over ${limits.maxTotalBytes} bytes in all` };
    }
    const meta = { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino };
    if (opts.known?.(name, meta)) return { kind: 'known', file: { file: name, bytes: s.size, stamp: { ...meta, checkedAt } } };
    const buf = await readFile(real);
    if (buf.length > limits.maxFileBytes) {
      return { kind: 'rejected', error: `rejected: over the ${limits.maxFileBytes}-byte limit (it grew while being read)` };
    }
    const decoded = decodeSeedBytes(buf, limits.maxFileBytes); // the same checks as /seeds add
    if (!decoded.ok) return { kind: 'rejected', error: `rejected: ${decoded.error}` };
    return { kind: 'file', file: { file: name, text: decoded.text, bytes: buf.length, mtimeMs: s.mtimeMs, stamp: { ...meta, checkedAt } } };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    return { kind: 'rejected', error: `rejected: could not be read (${code})` };
  }
}

export async function readSeedFolder(dir: string, limits: ReadLimits = DEFAULT_LIMITS, opts: ReadOptions = {}): Promise<SeedFolder> {
  let root: string;
  try {
    root = await realpath(dir);
    if (!(await stat(root)).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new SeedFolderError(`seeds folder '${dir}' does not exist or is not a folder (set SEEDS_DIR or --seeds)`);
  }
  const names = (await readdir(root)).sort();
  const out: SeedFolder = { files: [], rejected: [], skipped: [], known: [] };
  const counted = () => out.files.length + out.known.length + out.rejected.length;
  let total = 0;
  const articles: string[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue; // hidden files: editors' swap files, .DS_Store
    if (ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) articles.push(name);
    else out.skipped.push({ file: name, error: 'skipped: not a .txt or .md file' });
  }
  // files are read a window at a time, in parallel (one at a time, the disk's latency adds up over ten
  // thousand files), and taken in name order, so the count and size limits fall on the same files every time
  for (let w = 0; w < articles.length; w += READ_WINDOW) {
    const window = articles.slice(w, w + READ_WINDOW);
    const room = Math.max(0, limits.maxFiles - counted());
    const reads = window.map((name, i) => (i < room ? readOne(root, name, limits, opts) : null));
    for (const [i, name] of window.entries()) {
      if (counted() >= limits.maxFiles) {
        const error = `rejected: the folder holds more than ${limits.maxFiles} articles (raise SEEDS_MAX_FILES)`;
        out.rejected.push({ file: name, error });
        continue;
      }
      const r = await (reads[i] ?? readOne(root, name, limits, opts));
      if (r.kind === 'skipped') { out.skipped.push({ file: name, error: r.error }); continue; }
      if (r.kind === 'rejected') { out.rejected.push({ file: name, error: r.error }); continue; }
      if (total + r.file.bytes > limits.maxTotalBytes) {
        out.rejected.push({ file: name, error: `rejected: the folder is over ${limits.maxTotalBytes} bytes in all` });
        continue;
      }
      total += r.file.bytes;
      if (r.kind === 'known') out.known.push(r.file);
      else out.files.push(r.file);
    }
  }
  return out;
}

/**
 * Reads the named files of a folder that `readSeedFolder` already checked with every file counted as known
 * (a restart looks at the folder while it reads the extraction cache, then reads only what the cache does
 * not hold): each file is checked again and read, in name order.
 */
export async function readNamedSeeds(dir: string, names: readonly string[], limits: ReadLimits, opts: Omit<ReadOptions, 'known'> = {}):
    Promise<Pick<SeedFolder, 'files' | 'rejected' | 'skipped'>> {
  const root = await realpath(dir);
  const out: Pick<SeedFolder, 'files' | 'rejected' | 'skipped'> = { files: [], rejected: [], skipped: [] };
  for (let w = 0; w < names.length; w += READ_WINDOW) {
    const window = names.slice(w, w + READ_WINDOW);
    const reads = await Promise.all(window.map((name) => readOne(root, name, limits, opts)));
    reads.forEach((r, i) => {
      const file = window[i]!;
      if (r.kind === 'file') out.files.push(r.file);
      else if (r.kind === 'skipped') out.skipped.push({ file, error: r.error });
      else if (r.kind === 'rejected') out.rejected.push({ file, error: r.error });
    });
  }
  return out;
}
