// The container of a library snapshot on disk: a magic string and a format number, then chunks of bytes
// (each a kind and its bytes, 8-byte aligned so typed arrays copy straight out), then a table of contents
// (JSON: the caller's meta and where each chunk is), its length, and a SHA-256 of everything before it. The
// file is streamed to a temporary name in this folder and renamed into place, so a reader sees a whole file
// or none, and two processes writing at once each leave a whole file (the last rename wins). A file that
// fails any check reads as null: a corrupt or truncated snapshot is never trusted.
import { createHash, randomBytes } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const MAGIC = Buffer.from('BYLINE-LIBRARY-SNAPSHOT\n');
/** Bumped when the container's layout changes. */
export const SNAPSHOT_FILE_FORMAT = 1;
const HEAD = MAGIC.length + 8;
/** The table's length (u32) and 4 bytes of padding, then the digest. */
const TAIL = 8 + 32;
const ALIGN = 8;
/** Bytes hashed and written between two pauses (a few ms of hashing). */
const SLICE = 4 * 1024 * 1024;

export interface SnapshotChunk { kind: string; bytes: Uint8Array }
export interface SnapshotContents { meta: Record<string, unknown>; chunks: { kind: string; bytes: Buffer }[] }

interface Toc { meta: Record<string, unknown>; chunks: [kind: string, at: number, length: number][] }

/**
 * Text as bytes (UTF-8, or Latin-1 for text known to hold no character past U+00FF) in one buffer reused for
 * every chunk it encodes. A chunk's bytes need to last only until the writer asks for the next chunk, and a
 * fresh buffer for each left tens of MB outside the heap until the next collection (at 10,000 articles the
 * snapshot write after a reload raised peak RSS by that much).
 */
export function reusedUtf8(): (text: string, encoding?: 'utf8' | 'latin1') => Uint8Array {
  let buf = Buffer.alloc(0);
  return (text, encoding = 'utf8') => {
    const n = Buffer.byteLength(text, encoding);
    if (n > buf.length) buf = Buffer.allocUnsafe(Math.max(n, 2 * buf.length));
    buf.write(text, 0, n, encoding);
    return buf.subarray(0, n);
  };
}

/** The bytes of any typed array, without a copy. */
export const bytesOf = (a: ArrayBufferView): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/**
 * Writes the chunks `produce` yields, then `meta()` (asked once every chunk is written, so it may describe
 * them), to `path` through a temporary file. The writes are awaited one chunk at a time, so a serving thread
 * runs between chunks, and a chunk's bytes are done with before the next is asked for (they may be reused).
 * Throws on any failure, leaving no temporary file.
 */
export async function writeSnapshotFile(
  path: string, produce: Iterable<SnapshotChunk> | AsyncIterable<SnapshotChunk>, meta: () => Record<string, unknown>,
): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  const fh = await open(tmp, 'wx');
  const hash = createHash('sha256');
  let at = 0;
  // a slice at a time, hashed then written: a large typed array hashed in one go held the thread for
  // hundreds of ms
  const put = async (bytes: Uint8Array, hashed = true) => {
    for (let done = 0; done < bytes.length;) {
      const slice = bytes.subarray(done, Math.min(bytes.length, done + SLICE));
      if (hashed) hash.update(slice);
      for (let written = 0; written < slice.length;) {
        const { bytesWritten } = await fh.write(slice, written, slice.length - written, at + done + written);
        written += bytesWritten;
      }
      done += slice.length;
    }
    at += bytes.length;
  };
  const pad = async () => { if (at % ALIGN) await put(new Uint8Array(ALIGN - (at % ALIGN))); };
  try {
    const head = Buffer.alloc(HEAD);
    MAGIC.copy(head);
    head.writeUInt32LE(SNAPSHOT_FILE_FORMAT, MAGIC.length);
    await put(head);
    const chunks: Toc['chunks'] = [];
    for await (const c of produce) {
      chunks.push([c.kind, at, c.bytes.length]);
      await put(c.bytes);
      await pad();
    }
    const toc = Buffer.from(JSON.stringify({ meta: meta(), chunks } satisfies Toc));
    await put(toc);
    const len = Buffer.alloc(8);
    len.writeUInt32LE(toc.length, 0);
    await put(len);
    await put(hash.digest(), false);
    await fh.close();
    await rename(tmp, path);
  } catch (err) {
    await fh.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/** Where a snapshot's bytes come from: its file, or (for checks) bytes already in memory. */
interface Source { size: number; read(into: Uint8Array, at: number): Promise<void>; close(): Promise<void> }

/** Most bytes asked of one read call (Node refuses a single read of 2 GiB or more). */
const READ_MAX = 1 << 30;

async function fileSource(path: string): Promise<Source | null> {
  let fh: FileHandle;
  try { fh = await open(path, 'r'); } catch { return null; }
  try {
    const { size } = await fh.stat();
    return {
      size,
      async read(into, at) {
        for (let done = 0; done < into.length;) {
          const { bytesRead } = await fh.read(into, done, Math.min(READ_MAX, into.length - done), at + done);
          if (bytesRead === 0) throw new Error('the snapshot ended early');
          done += bytesRead;
        }
      },
      close: () => fh.close(),
    };
  } catch {
    await fh.close().catch(() => undefined);
    return null;
  }
}

const bufferSource = (buf: Buffer): Source => ({
  size: buf.length,
  read: async (into, at) => {
    if (at + into.length > buf.length) throw new Error('the snapshot ended early');
    into.set(buf.subarray(at, at + into.length));
  },
  close: async () => undefined,
});

/**
 * A snapshot read a chunk at a time, in file order, its checksum worked out as it goes: no whole-file buffer
 * (at 100,000 articles one held 0.9 GB while the library was made from it, and a file past 2 GiB could not be
 * read at all). What the chunks give is not to be trusted until `verify()` says the whole file was as written.
 */
export interface SnapshotReader {
  meta: Record<string, unknown>;
  /** Every chunk's kind and length, in file order. */
  chunks: readonly { kind: string; length: number }[];
  /** The kind of the chunk `next()` gives, or null after the last. */
  peek(): string | null;
  /** The next chunk, or null after the last. Its bytes last until the next call; with `own`, they are in
   *  memory of their own (an ArrayBuffer from offset 0, so typed arrays view them as they are). */
  next(own?: boolean): Promise<{ kind: string; bytes: Buffer } | null>;
  /** Once every chunk is read: whether the file is whole, every byte as written. */
  verify(): Promise<boolean>;
  close(): Promise<void>;
}

/** The reader of the snapshot at `path`, or null when it is missing or its layout is not a snapshot's. */
export async function openSnapshotFile(path: string): Promise<SnapshotReader | null> {
  const source = await fileSource(path);
  return source && openSnapshot(source);
}

async function openSnapshot(source: Source): Promise<SnapshotReader | null> {
  try {
    const reader = await readerOf(source);
    if (!reader) await source.close();
    return reader;
  } catch {
    await source.close().catch(() => undefined);
    return null;
  }
}

/** The head and the table of contents checked for shape (the checksum covers them once every chunk is read). */
async function readerOf(source: Source): Promise<SnapshotReader | null> {
  if (source.size < HEAD + TAIL) return null;
  const head = Buffer.alloc(HEAD);
  await source.read(head, 0);
  if (!head.subarray(0, MAGIC.length).equals(MAGIC) || head.readUInt32LE(MAGIC.length) !== SNAPSHOT_FILE_FORMAT) return null;
  const end = source.size - 32;
  const tail = Buffer.alloc(TAIL);
  await source.read(tail, end - 8);
  const tocLength = tail.readUInt32LE(0);
  const tocAt = end - 8 - tocLength;
  if (tocAt < HEAD) return null;
  const tocBytes = Buffer.alloc(tocLength);
  await source.read(tocBytes, tocAt);
  let toc: Toc;
  try { toc = JSON.parse(tocBytes.toString('utf8')) as Toc; } catch { return null; }
  if (!toc || typeof toc.meta !== 'object' || toc.meta === null || !Array.isArray(toc.chunks)) return null;
  let last = HEAD;
  for (const c of toc.chunks) {
    if (!Array.isArray(c) || typeof c[0] !== 'string' || !Number.isInteger(c[1]) || !Number.isInteger(c[2])) return null;
    const [, at, length] = c;
    // chunks in file order, apart: read one after another, every byte between them hashed once
    if (at < last || at % ALIGN !== 0 || length < 0 || at + length > tocAt) return null;
    last = at + length;
  }
  return chunkReader(source, toc, head, tail.subarray(8), end);
}

function chunkReader(source: Source, toc: Toc, head: Buffer, digest: Buffer, end: number): SnapshotReader {
  const hash = createHash('sha256').update(head);
  let pos = head.length;
  let k = 0;
  let reused = Buffer.alloc(0);
  /** Bytes from `pos` on, hashed a slice at a time (the read is awaited between slices). */
  const take = async (into: Uint8Array) => {
    for (let done = 0; done < into.length; done += SLICE) {
      const slice = into.subarray(done, Math.min(into.length, done + SLICE));
      await source.read(slice, pos + done);
      hash.update(slice);
    }
    pos += into.length;
  };
  return {
    meta: toc.meta,
    chunks: toc.chunks.map(([kind, , length]) => ({ kind, length })),
    peek: () => toc.chunks[k]?.[0] ?? null,
    async next(own = false) {
      const c = toc.chunks[k++];
      if (!c) return null;
      const [kind, at, length] = c;
      if (at > pos) await take(Buffer.alloc(at - pos));
      let bytes: Buffer;
      if (own) bytes = Buffer.from(new ArrayBuffer(length));
      else {
        if (length > reused.length) reused = Buffer.allocUnsafe(Math.max(length, 2 * reused.length));
        bytes = reused.subarray(0, length);
      }
      await take(bytes);
      return { kind, bytes };
    },
    async verify() {
      if (k < toc.chunks.length) return false;
      await take(Buffer.alloc(end - pos));
      return hash.digest().equals(digest);
    },
    close: () => source.close(),
  };
}

/** Every chunk of a reader in memory of its own, or null when the snapshot fails its checksum. */
async function readAll(reader: SnapshotReader | null): Promise<SnapshotContents | null> {
  if (!reader) return null;
  try {
    const chunks: SnapshotContents['chunks'] = [];
    for (let c = await reader.next(true); c; c = await reader.next(true)) chunks.push(c);
    return (await reader.verify()) ? { meta: reader.meta, chunks } : null;
  } catch {
    return null;
  } finally {
    await reader.close().catch(() => undefined);
  }
}

/** A snapshot's meta and every chunk, or null when the file is missing, not a whole snapshot of this
 *  format, or fails its checksum. */
export async function readSnapshotFile(path: string): Promise<SnapshotContents | null> {
  return readAll(await openSnapshotFile(path));
}

/** `readSnapshotFile` for a snapshot's bytes. */
export async function parseSnapshot(buf: Buffer): Promise<SnapshotContents | null> {
  return readAll(await openSnapshot(bufferSource(buf)));
}
