// The container of a library snapshot on disk: a magic string and a format number, then chunks of bytes
// (each a kind and its bytes, 8-byte aligned so typed arrays copy straight out), then a table of contents
// (JSON: the caller's meta and where each chunk is), its length, and a SHA-256 of everything before it. The
// file is streamed to a temporary name in this folder and renamed into place, so a reader sees a whole file
// or none, and two processes writing at once each leave a whole file (the last rename wins). A file that
// fails any check reads as null: a corrupt or truncated snapshot is never trusted.
import { createHash, randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
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
 * Text as UTF-8 in one buffer reused for every chunk it encodes. A chunk's bytes need to last only until the
 * writer asks for the next chunk, and a fresh buffer for each left tens of MB outside the heap until the next
 * collection (at 10,000 articles the snapshot write after a reload raised peak RSS by that much).
 */
export function reusedUtf8(): (text: string) => Uint8Array {
  let buf = Buffer.alloc(0);
  return (text) => {
    const n = Buffer.byteLength(text, 'utf8');
    if (n > buf.length) buf = Buffer.allocUnsafe(Math.max(n, 2 * buf.length));
    buf.write(text, 0, n, 'utf8');
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

/** A snapshot's meta and chunks (views into one buffer), or null when the file is missing, not a whole
 *  snapshot of this format, or fails its checksum. */
export async function readSnapshotFile(path: string): Promise<SnapshotContents | null> {
  let buf: Buffer;
  try { buf = await readFile(path); } catch { return null; }
  return parseSnapshot(buf);
}

export function parseSnapshot(buf: Buffer): SnapshotContents | null {
  if (buf.length < HEAD + TAIL || !buf.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  if (buf.readUInt32LE(MAGIC.length) !== SNAPSHOT_FILE_FORMAT) return null;
  const end = buf.length - 32;
  if (!createHash('sha256').update(buf.subarray(0, end)).digest().equals(buf.subarray(end))) return null;
  const tocLength = buf.readUInt32LE(end - 8);
  const tocAt = end - 8 - tocLength;
  if (tocAt < HEAD) return null;
  let toc: Toc;
  try { toc = JSON.parse(buf.subarray(tocAt, end - 8).toString('utf8')) as Toc; } catch { return null; }
  if (!toc || typeof toc.meta !== 'object' || toc.meta === null || !Array.isArray(toc.chunks)) return null;
  const chunks: SnapshotContents['chunks'] = [];
  for (const c of toc.chunks) {
    if (!Array.isArray(c) || typeof c[0] !== 'string' || !Number.isInteger(c[1]) || !Number.isInteger(c[2])) return null;
    const [kind, at, length] = c;
    if (at < HEAD || at % ALIGN !== 0 || length < 0 || at + length > tocAt) return null;
    chunks.push({ kind, bytes: buf.subarray(at, at + length) });
  }
  return { meta: toc.meta, chunks };
}
