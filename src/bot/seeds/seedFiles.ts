// Writing into and removing from the seeds folder: a new file is written to a hidden temporary name in the
// same folder, then renamed, so no reader ever sees half a file and a failed write leaves nothing behind;
// nothing is written or removed outside the folder, and an existing file is never overwritten.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { isPlainSeedName } from './safeName.js';

/** The file operations used; a test passes ones that fail. */
export interface SeedFs {
  writeFile(path: string, data: Uint8Array, opts: { flag: string; mode: number }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  link(existing: string, path: string): Promise<void>;
}

export const nodeSeedFs: SeedFs = {
  writeFile: (p, d, o) => fs.writeFile(p, d, o),
  rename: (a, b) => fs.rename(a, b),
  unlink: (p) => fs.unlink(p),
  link: (a, b) => fs.link(a, b),
};

export class SeedFileError extends Error {}

async function folder(dir: string): Promise<string> {
  try {
    return await fs.realpath(dir);
  } catch {
    throw new SeedFileError('the seeds folder cannot be found on the host (check SEEDS_DIR)');
  }
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'the bot may not write to the seeds folder'
    : code === 'EROFS' ? 'the seeds folder is read-only' : code ?? 'the write failed';
}

/** Saves `bytes` as `name` in `dir`; refuses a name that exists. Throws SeedFileError with a reason. */
export async function saveSeedFile(dir: string, name: string, bytes: Uint8Array, files: SeedFs = nodeSeedFs): Promise<void> {
  if (!isPlainSeedName(name)) throw new SeedFileError('not a plain .txt or .md file name');
  const root = await folder(dir);
  const target = join(root, name);
  if (dirname(target) !== root) throw new SeedFileError('the name leaves the seeds folder');
  // hidden, so a reload running meanwhile skips it (the folder reader ignores dot files)
  const temp = join(root, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await files.writeFile(temp, bytes, { flag: 'wx', mode: 0o644 });
    // link, not rename: link fails when the name is taken, so two adds of one name cannot overwrite each other;
    // where the file system has no hard links, a rename after a check does the same but for that race
    await files.link(temp, target).catch(async (err: NodeJS.ErrnoException) => {
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(err.code ?? '')) throw err;
      if (await fs.lstat(target).then(() => true, () => false)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
      await files.rename(temp, target);
    });
  } catch (err) {
    await files.unlink(temp).catch(() => undefined);
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new SeedFileError(`an article named ${name} is already in the folder (remove it first to replace it)`);
    }
    throw new SeedFileError(`could not be saved: ${reason(err)}; nothing was changed`);
  }
  await files.unlink(temp).catch(() => undefined);
}

/** Removes `name` from `dir`: a plain file name directly in the folder, never a path. */
export async function removeSeedFile(dir: string, name: string, files: SeedFs = nodeSeedFs): Promise<void> {
  if (!isPlainSeedName(name)) throw new SeedFileError('not the name of an article file in the folder');
  const root = await folder(dir);
  const target = join(root, name);
  if (dirname(target) !== root) throw new SeedFileError('the name leaves the seeds folder');
  const st = await fs.lstat(target).catch(() => null);
  if (!st) throw new SeedFileError(`no file named ${name} in the seeds folder`);
  if (!st.isFile() && !st.isSymbolicLink()) throw new SeedFileError(`${name} is not a file`);
  try {
    await files.unlink(target); // a link is removed itself, never what it points to
  } catch (err) {
    throw new SeedFileError(`could not be removed: ${reason(err)}`);
  }
}
