import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../src/load/loadSeeds.js';
import { readNamedSeeds, readSeedFolder, SeedFolderError, unchangedSince } from '../../src/load/readSeedFolder.js';

const GOOD = 'A good headline\n\nGood Outlet\n\nThe only paragraph, with enough words to be one.\n';

describe('loading a folder with one good file and every kind of bad one', () => {
  let dir: string;
  let base: string;
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'byline-load-'));
    dir = join(base, 'seeds');
    mkdirSync(dir);
    writeFileSync(join(base, 'outside.txt'), GOOD);
    writeFileSync(join(dir, 'good.txt'), GOOD);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 headline\n\nBody with caf\xe9 in it.\n', 'latin1'));
    writeFileSync(join(dir, 'headline-only.md'), 'Nothing but a headline\n');
    writeFileSync(join(dir, 'huge.txt'), 'Headline\n\n' + 'word '.repeat(3000));
    writeFileSync(join(dir, 'bad-front.md'), '---\ntitle: X\npublished: someday\n---\nBody.\n');
    writeFileSync(join(dir, 'notes.pdf'), 'not an article');
    writeFileSync(join(dir, '.hidden.txt'), GOOD);
    symlinkSync(join(base, 'outside.txt'), join(dir, 'escape.txt'));
    symlinkSync(join(dir, 'good.txt'), join(dir, 'inside-link.txt'));
    mkdirSync(join(dir, 'folder.txt'));
  });

  it('loads the good files and rejects each bad one with a reason naming it', async () => {
    const r = await loadSeeds(dir, { maxFileBytes: 10_000, maxFiles: 100, maxTotalBytes: 1e9 });
    expect(r.articles.map((a) => a.id).sort()).toEqual(['good.txt', 'inside-link.txt']);
    const reasons = Object.fromEntries(r.rejected.map((x) => [x.file, x.error]));
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['headline-only.md']).toMatch(/no body/);
    expect(reasons['huge.txt']).toMatch(/over the 10000-byte limit/);
    expect(reasons['bad-front.md']).toMatch(/front matter line 3: published/);
    expect(reasons['escape.txt']).toMatch(/outside the seeds folder/);
    expect(Object.keys(reasons)).toHaveLength(7);
    expect(r.skipped.map((s) => s.file).sort()).toEqual(['folder.txt', 'notes.pdf']);
  });

  it('caps the number of files with a clear message', async () => {
    const r = await readSeedFolder(dir, { maxFileBytes: 10_000, maxFiles: 2, maxTotalBytes: 1e9 });
    expect(r.files.length + r.rejected.filter((x) => !/more than/.test(x.error)).length).toBe(2);
    expect(r.rejected.some((x) => /more than 2 articles/.test(x.error))).toBe(true);
  });

  it('a missing folder is an error that says what to set', async () => {
    await expect(readSeedFolder(join(dir, 'nope'))).rejects.toThrow(SeedFolderError);
    await expect(readSeedFolder(join(dir, 'nope'))).rejects.toThrow(/SEEDS_DIR/);
  });
});

describe('telling an unchanged file by its stamp', () => {
  const before = { size: 100, ino: 7, mtimeMs: 1_000_000, ctimeMs: 1_000_000, checkedAt: 1_010_000 };
  it.each([
    ['the same stamp, changed well before it was read', {}, true],
    ['another size', { size: 101 }, false],
    ['another inode (replaced by a rename)', { ino: 8 }, false],
    ['another modification time', { mtimeMs: 1_000_001 }, false],
    ['another change time (content written back with the old modification time)', { ctimeMs: 1_005_000 }, false],
  ])('%s', (_what, now, same) => {
    expect(unchangedSince(before, { size: 100, ino: 7, mtimeMs: 1_000_000, ctimeMs: 1_000_000, ...now })).toBe(same);
  });

  it('never vouches for a file changed within a timestamp tick of the read', () => {
    const racy = { ...before, checkedAt: before.mtimeMs + 500 };
    expect(unchangedSince(racy, { size: 100, ino: 7, mtimeMs: 1_000_000, ctimeMs: 1_000_000 })).toBe(false);
  });

  it('reads only the files the caller does not already hold, and still checks and counts them all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'byline-known-'));
    for (const f of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(dir, f), GOOD);
    const r = await readSeedFolder(dir, { maxFileBytes: 10_000, maxFiles: 2, maxTotalBytes: 1e9 }, { known: (file) => file === 'a.txt' }).finally(() => rmSync(dir, { recursive: true, force: true }));
    expect(r.known.map((k) => k.file)).toEqual(['a.txt']);
    expect(r.known[0]!.stamp.size).toBe(Buffer.byteLength(GOOD));
    expect(r.files.map((f) => f.file)).toEqual(['b.txt']);
    expect(r.rejected.map((x) => x.file)).toEqual(['c.txt']);
  });

  it('reads the files named, in order, with the same checks as a whole folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'byline-named-'));
    writeFileSync(join(dir, 'a.txt'), GOOD);
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    mkdirSync(join(dir, 'c.txt'));
    writeFileSync(join(dir, 'd.txt'), GOOD);
    const limits = { maxFileBytes: 10_000, maxFiles: 10, maxTotalBytes: 1e9 };
    const r = await readNamedSeeds(dir, ['d.txt', 'a.txt', 'b.txt', 'c.txt'], limits).finally(() => rmSync(dir, { recursive: true, force: true }));
    expect(r.files.map((f) => [f.file, f.text])).toEqual([['d.txt', GOOD], ['a.txt', GOOD]]);
    expect(r.rejected.map((x) => x.file)).toEqual(['b.txt']);
    expect(r.skipped.map((x) => x.file)).toEqual(['c.txt']);
  });
});
