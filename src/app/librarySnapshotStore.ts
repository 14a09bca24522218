// The snapshot of the library serving, kept beside the extraction cache: a restart over unchanged seeds
// loads the built library from it (no registry replay, no index build, no extraction decoded) instead of
// assembling one from the per-file cache. It is keyed by the code version (the extractors' and the library
// builder's, worked out from their source) and by a manifest of every file it was built from: name, SHA-256
// of the text and the file's metadata. At start the folder is looked at; a file whose metadata still
// matches is taken as it was, one whose metadata differs is read and hashed, and any file added, removed or
// changed in content, or rejected otherwise, makes the snapshot a miss: the library is then assembled from
// the extraction cache as before, and a new snapshot is written once it serves.
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unlink } from 'node:fs/promises';
import type { Rejected } from '../model/contract.js';
import type { CacheEntry } from '../cache/extractionCache.js';
import { extractorVersion } from '../cache/extractorVersion.js';
import { bytesOf, openSnapshotFile, writeSnapshotFile, type SnapshotChunk, type SnapshotReader } from '../cache/snapshotFile.js';
import { libraryChunks, restoreLibrarySteps } from '../library/librarySnapshot.js';
import type { Library } from '../library/library.js';
import {
  readNamedSeeds, readSeedFolder, unchangedSince, type FileStamp, type ReadLimits, type SeedFolder, type SeedProblem,
} from '../load/readSeedFolder.js';
import { textHash } from '../cache/extractionCache.js';

/** What the manifest keeps of each file of a build. */
type ManifestSource = Pick<CacheEntry, 'file' | 'hash' | 'stamp'>;

/** The snapshot's file name in the extraction cache's folder (one per seeds folder and extractor version). */
export const SNAPSHOT_NAME = 'library.snapshot';

/** Bumped when what the snapshot holds changes in a way its code version would not show. */
const SNAPSHOT_LAYOUT = 3;

/** Where library building starts, relative to `src`: any change to code reachable from here is a new version. */
const LIBRARY_ENTRY_POINTS = ['library/library', 'library/librarySnapshot', 'app/librarySnapshotStore'];

let libraryVersion: string | null = null;

/** The version a snapshot is keyed by: the extractor version and that of the code that builds and saves a library. */
export function snapshotVersion(extractor: string): string {
  libraryVersion ??= extractorVersion(resolve(dirname(fileURLToPath(import.meta.url)), '..'), LIBRARY_ENTRY_POINTS);
  return createHash('sha256').update(`${SNAPSHOT_LAYOUT}\0${extractor}\0${libraryVersion}`).digest('hex').slice(0, 32);
}

interface ManifestEntry { hash: string; stamp: FileStamp }

/** The manifest as chunks: names (NUL-separated), hashes (32 bytes each) and stamps (5 numbers each). */
function* manifestChunks(entries: readonly ManifestSource[]): Generator<SnapshotChunk> {
  if (entries.some((e) => e.file.includes('\0'))) throw new Error('a file name holds a NUL character');
  yield { kind: 'manifest.files', bytes: Buffer.from(entries.map((e) => e.file).join('\0'), 'utf8') };
  yield { kind: 'manifest.hashes', bytes: Buffer.from(entries.map((e) => e.hash).join(''), 'hex') };
  const stamps = new Float64Array(entries.length * 5);
  entries.forEach((e, k) => stamps.set([e.stamp.size, e.stamp.mtimeMs, e.stamp.ctimeMs, e.stamp.ino, e.stamp.checkedAt], k * 5));
  yield { kind: 'manifest.stamps', bytes: bytesOf(stamps) };
}

/** The manifest from the chunks `reader` stands at (the snapshot's first), or null when they are not one. */
async function readManifest(reader: SnapshotReader): Promise<Map<string, ManifestEntry> | null> {
  const got = new Map<string, Buffer>();
  while (reader.peek()?.startsWith('manifest.')) {
    const c = (await reader.next(true))!;
    got.set(c.kind, c.bytes);
  }
  const files = got.get('manifest.files');
  const hashes = got.get('manifest.hashes');
  const stampBytes = got.get('manifest.stamps');
  if (!files || !hashes || !stampBytes) return null;
  const names = files.length ? files.toString('utf8').split('\0') : [];
  if (hashes.length !== names.length * 32 || stampBytes.length !== names.length * 40) return null;
  const s = new Float64Array(stampBytes.buffer, stampBytes.byteOffset, names.length * 5);
  const out = new Map<string, ManifestEntry>();
  names.forEach((file, k) => {
    const stamp = { size: s[k * 5]!, mtimeMs: s[k * 5 + 1]!, ctimeMs: s[k * 5 + 2]!, ino: s[k * 5 + 3]!, checkedAt: s[k * 5 + 4]! };
    out.set(file, { hash: hashes.subarray(k * 32, k * 32 + 32).toString('hex'), stamp });
  });
  return out.size === names.length ? out : null;
}

/** Writes the snapshot of `lib`, built from the files `held` names (every file of its build, rejected or
 *  not), to `dir`. Pauses between chunks. On failure the old snapshot is removed: it is stale now. */
export async function writeLibrarySnapshot(dir: string, version: string, lib: Library, held: ReadonlyMap<string, ManifestSource>):
    Promise<boolean> {
  const path = join(dir, SNAPSHOT_NAME);
  const entries = [...held.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const chunks = function* (): Generator<SnapshotChunk> {
    yield* manifestChunks(entries);
    yield* libraryChunks(lib);
  };
  try {
    const meta = () => ({ version, builtAt: lib.builtAt, articles: lib.articles.length, rejected: lib.rejected });
    await writeSnapshotFile(path, chunks(), meta);
    return true;
  } catch {
    await unlink(path).catch(() => undefined);
    return false;
  }
}

export interface SnapshotStart {
  lib: Library;
  /** File to text hash, for every article loaded. */
  hashes: Map<string, string>;
  skipped: SeedProblem[];
  /** Files read because their metadata no longer matched (their text had not changed). */
  reread: number;
}

const sameList = (a: readonly Rejected[], b: readonly Rejected[]) =>
  a.length === b.length && a.every((r, k) => r.file === b[k]!.file && r.error === b[k]!.error);

/**
 * The library from the snapshot in `dir` when it was built by this version from the files `seedsDir` now
 * holds, else null (no snapshot, another version, a failed check, or any file added, removed or changed).
 */
export async function startFromSnapshot(dir: string, version: string, seedsDir: string, limits: ReadLimits, now: () => number):
    Promise<SnapshotStart | null> {
  // the folder is looked at while the snapshot is read and restored: the restore pauses between chunks (and
  // awaits its reads), so the scan goes on, and stops as soon as the folder says "miss"
  const scanning = readSeedFolder(seedsDir, limits, { now, known: () => true, statHere: true }).catch(() => null);
  const reader = await openSnapshotFile(join(dir, SNAPSHOT_NAME));
  try {
    const meta = reader?.meta;
    const ours = reader && meta!.version === version && Array.isArray(meta!.rejected);
    const manifest = ours ? await readManifest(reader).catch(() => null) : null;
    if (!reader || !manifest) { await scanning; return null; }
    return await restoreChecked(reader, manifest, scanning, { seedsDir, limits, now });
  } finally {
    await reader?.close().catch(() => undefined);
  }
}

/** The restore, while the folder is matched against the manifest; stops as soon as the folder says "miss". */
async function restoreChecked(reader: SnapshotReader, manifest: ReadonlyMap<string, ManifestEntry>, scanning: Promise<SeedFolder | null>,
    folder: { seedsDir: string; limits: ReadLimits; now: () => number }): Promise<SnapshotStart | null> {
  const { seedsDir, limits, now } = folder;
  const rejected = reader.meta.rejected as Rejected[];
  let verdict: Omit<SnapshotStart, 'lib' | 'hashes'> | null | undefined;
  const checked = scanning
    .then(async (scan) => { verdict = scan ? await matchFolder(scan, manifest, rejected, seedsDir, limits, now) : null; })
    .catch(() => { verdict = null; });
  let lib: Library | null = null;
  try {
    // built now, as a build from the extraction cache would say
    const steps = restoreLibrarySteps(reader, rejected, now());
    for (;;) {
      if (verdict === null) break;
      const step = await steps.next();
      if (step.done) { lib = step.value; break; }
      await nextTurn();
    }
  } catch {
    lib = null;
  }
  await checked;
  if (!verdict || !lib) return null;
  const hashes = new Map(lib.articles.map((a) => [a.id, manifest.get(a.id)?.hash ?? '']));
  if ([...hashes.values()].some((h) => !h)) return null;
  return { ...verdict, lib, hashes };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What the folder holds against the manifest: null on any difference, else what the start reports. */
async function matchFolder(scan: SeedFolder, manifest: ReadonlyMap<string, ManifestEntry>, rejected: readonly Rejected[],
    seedsDir: string, limits: ReadLimits, now: () => number): Promise<Omit<SnapshotStart, 'lib' | 'hashes'> | null> {
  // the files a build would read: every one the folder holds now, each as the snapshot saw it
  let seen = 0;
  const reread: string[] = [];
  for (const k of scan.known) {
    const m = manifest.get(k.file);
    if (m) seen++;
    if (!m || !unchangedSince(m.stamp, k.stamp)) reread.push(k.file);
  }
  if (seen !== manifest.size) return null;
  const read = await readNamedSeeds(seedsDir, reread, limits, { now });
  for (const f of read.files) if (manifest.get(f.file)?.hash !== textHash(f.text)) return null;
  if (read.skipped.length) return null;
  const folderRejected = [...scan.rejected, ...read.rejected].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (!sameList(folderRejected, rejected.filter((r) => !manifest.has(r.file)))) return null;
  return { skipped: scan.skipped, reread: read.files.length };
}
