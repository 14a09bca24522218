// Reading a seeds folder from disk (CONTRACT §1): regular .txt/.md files inside the folder only, no link that
// leaves it, a size limit per file and for the folder, UTF-8 only. I/O lives here; parsing does not.
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

export interface SeedFile { file: string; text: string; bytes: number; mtimeMs: number }
export interface SeedProblem { file: string; error: string }
export interface SeedFolder { files: SeedFile[]; rejected: SeedProblem[]; skipped: SeedProblem[] }

export interface ReadLimits {
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** Most files read from one folder; the rest are rejected with a reason. */
  maxFiles: number;
  /** Most bytes read from one folder in all. */
  maxTotalBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxFileBytes: 5 * 1024 * 1024, maxFiles: 50_000, maxTotalBytes: 2 * 1024 ** 3 };

export class SeedFolderError extends Error {}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Binary when it holds a NUL byte or many control characters in its first 8 KiB. */
function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.05;
}

export async function readSeedFolder(dir: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<SeedFolder> {
  let root: string;
  try {
    root = await realpath(dir);
    if (!(await stat(root)).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new SeedFolderError(`seeds folder '${dir}' does not exist or is not a folder (set SEEDS_DIR or --seeds)`);
  }
  const names = (await readdir(root)).sort();
  const out: SeedFolder = { files: [], rejected: [], skipped: [] };
  let total = 0;
  for (const name of names) {
    if (name.startsWith('.')) continue; // hidden files: editors' swap files, .DS_Store
    if (!ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) {
      out.skipped.push({ file: name, error: 'skipped: not a .txt or .md file' });
      continue;
    }
    if (out.files.length + out.rejected.length >= limits.maxFiles) {
      out.rejected.push({ file: name, error: `rejected: the folder holds more than ${limits.maxFiles} articles (raise SEEDS_MAX_FILES)` });
      continue;
    }
    const path = join(root, name);
    try {
      const l = await lstat(path);
      let real = path;
      if (l.isSymbolicLink()) {
        real = await realpath(path);
        if (!real.startsWith(root + sep)) {
          out.rejected.push({ file: name, error: 'rejected: a link to a file outside the seeds folder' });
          continue;
        }
      }
      const s = await stat(real);
      if (!s.isFile()) {
        out.skipped.push({ file: name, error: 'skipped: not a regular file' });
        continue;
      }
      if (s.size > limits.maxFileBytes) {
        out.rejected.push({ file: name, error: `rejected: ${s.size} bytes, over the ${limits.maxFileBytes}-byte limit (SEEDS_MAX_FILE_BYTES)` });
        continue;
      }
      if (total + s.size > limits.maxTotalBytes) {
        out.rejected.push({ file: name, error: `rejected: the folder is over ${limits.maxTotalBytes} bytes in all` });
        continue;
      }
      const buf = await readFile(real);
      if (buf.length > limits.maxFileBytes) {
        out.rejected.push({ file: name, error: `rejected: over the ${limits.maxFileBytes}-byte limit (it grew while being read)` });
        continue;
      }
      if (buf.length === 0) { out.rejected.push({ file: name, error: 'rejected: empty file' }); continue; }
      if (looksBinary(buf)) { out.rejected.push({ file: name, error: 'rejected: binary file, not text' }); continue; }
      let text: string;
      try {
        text = utf8.decode(buf);
      } catch {
        out.rejected.push({ file: name, error: 'rejected: not UTF-8 text (save it as UTF-8)' });
        continue;
      }
      total += buf.length;
      out.files.push({ file: name, text, bytes: buf.length, mtimeMs: s.mtimeMs });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      out.rejected.push({ file: name, error: `rejected: could not be read (${code})` });
    }
  }
  return out;
}
