// The snapshot container: chunks and meta round-trip; every byte is covered by the checksum (a change
// anywhere, or a cut anywhere, reads as null); writers racing on one path each leave a whole file and no
// temporary one; a failed write leaves nothing behind.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bytesOf, parseSnapshot, readSnapshotFile, reusedUtf8, writeSnapshotFile, type SnapshotChunk } from '../../src/cache/snapshotFile.js';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'byline-snapfile-test-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const chunks = (tag: string): SnapshotChunk[] => [
  { kind: 'text', bytes: Buffer.from(`hello ${tag}`) },
  { kind: 'numbers', bytes: bytesOf(Uint32Array.from([1, 2, 3, 0xffffffff])) },
  { kind: 'empty', bytes: new Uint8Array(0) },
  { kind: 'odd', bytes: Buffer.from('abc') },
];

describe('the snapshot container', () => {
  it('writes chunks encoded into one reused buffer, each as it was, long or short, in any script', async () => {
    const texts = ['Ilham Əliyev said “yes”', 'x'.repeat(100_000), 'é', '', 'Лавров 🙂 met Bayramov'];
    const utf8 = reusedUtf8();
    const path = join(dir, 'x.snapshot');
    await writeSnapshotFile(path, (function* () { for (const t of texts) yield { kind: 'text', bytes: utf8(t) }; })(), () => ({}));
    const c = (await readSnapshotFile(path))!;
    expect(c.chunks.map((x) => x.bytes.toString('utf8'))).toEqual(texts);
  });

  it('gives back its chunks, aligned, and the meta asked for after them', async () => {
    const path = join(dir, 'x.snapshot');
    await writeSnapshotFile(path, chunks('a'), () => ({ version: 'v1', n: 4 }));
    const c = (await readSnapshotFile(path))!;
    expect(c.meta).toEqual({ version: 'v1', n: 4 });
    expect(c.chunks.map((x) => x.kind)).toEqual(['text', 'numbers', 'empty', 'odd']);
    expect(c.chunks[0]!.bytes.toString()).toBe('hello a');
    expect(c.chunks[1]!.bytes.byteOffset % 8).toBe(0);
    expect([...new Uint32Array(Uint8Array.from(c.chunks[1]!.bytes).buffer)]).toEqual([1, 2, 3, 0xffffffff]);
    expect(c.chunks[3]!.bytes.toString()).toBe('abc');
  });

  it('reads as null after any byte is changed or the file is cut anywhere', async () => {
    const path = join(dir, 'x.snapshot');
    await writeSnapshotFile(path, chunks('a'), () => ({}));
    const good = await readFile(path);
    for (let at = 0; at < good.length; at += 7) {
      const bad = Buffer.from(good);
      bad[at] ^= 0x01;
      expect(await parseSnapshot(bad)).toBeNull();
      expect(await parseSnapshot(good.subarray(0, at))).toBeNull();
    }
    expect(await parseSnapshot(good)).not.toBeNull();
    expect(await readSnapshotFile(join(dir, 'missing'))).toBeNull();
  });

  it('leaves one whole file when writers race, and no temporary file', async () => {
    const path = join(dir, 'x.snapshot');
    await Promise.all(['a', 'b', 'c', 'd'].map((t) => writeSnapshotFile(path, chunks(t), () => ({ t }))));
    const c = (await readSnapshotFile(path))!;
    expect(['a', 'b', 'c', 'd']).toContain(c.meta.t);
    expect(c.chunks[0]!.bytes.toString()).toBe(`hello ${String(c.meta.t)}`);
    expect(await readdir(dir)).toEqual(['x.snapshot']);
  });

  it('leaves nothing behind when making a chunk fails', async () => {
    const path = join(dir, 'x.snapshot');
    await writeFile(path, 'old');
    const failing = function* (): Generator<SnapshotChunk> {
      yield { kind: 'one', bytes: Buffer.from('1') };
      throw new Error('no more');
    };
    await expect(writeSnapshotFile(path, failing(), () => ({}))).rejects.toThrow('no more');
    expect(await readdir(dir)).toEqual(['x.snapshot']);
    expect((await readFile(path)).toString()).toBe('old');
  });
});
