// Seeds safety: the folder is the only place articles come from (no link out of it, odd names read as
// names), limits on files and bytes say which limit and how to raise it, and files that change, grow or
// vanish while a reload reads them are rejected with a reason or read whole, never a crash.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedFolder, type ReadLimits } from '../../src/load/readSeedFolder.js';
import { loadSeeds } from '../../src/load/loadSeeds.js';
import { LibraryStore } from '../../src/app/libraryStore.js';
import { buildLibrary } from '../../src/library/library.js';
import { parseSeedFiles } from '../../src/load/loadSeeds.js';

const ARTICLE = (n: number) => `Headline ${n}\nWire\n\nThe council met on Monday and agreed the budget, the mayor said.\n`;
const LIMITS: ReadLimits = { maxFileBytes: 10_000, maxFiles: 100, maxTotalBytes: 1e9 };
const inThread = async (files: { file: string; text: string }[], rejected: { file: string; error: string }[], at: number) => {
  const p = parseSeedFiles(files);
  return buildLibrary(p.articles, [...rejected, ...p.rejected], at);
};

let base: string;
const fresh = (name: string) => { const d = join(base, name); mkdirSync(d, { recursive: true }); return d; };

beforeAll(() => { base = mkdtempSync(join(tmpdir(), 'byline-safety-')); });
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('links and names', () => {
  it('rejects links that leave the folder, however they get there, and reads links that stay inside', async () => {
    const dir = fresh('links/seeds');
    const outside = fresh('links/secret');
    writeFileSync(join(outside, 'passwd.txt'), ARTICLE(0));
    writeFileSync(join(dir, 'good.txt'), ARTICLE(1));
    symlinkSync(join(outside, 'passwd.txt'), join(dir, 'absolute.txt'));
    symlinkSync('../secret/passwd.txt', join(dir, 'relative.txt'));
    symlinkSync(join(dir, 'absolute.txt'), join(dir, 'chained.txt')); // a link to a link that leaves
    symlinkSync('/etc/hostname', join(dir, 'system.txt'));
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'dangling.txt'));
    symlinkSync(join(dir, 'good.txt'), join(dir, 'inside.md'));
    const r = await readSeedFolder(dir, LIMITS);
    expect(r.files.map((f) => f.file).sort()).toEqual(['good.txt', 'inside.md']);
    const reasons = Object.fromEntries(r.rejected.map((x) => [x.file, x.error]));
    for (const f of ['absolute.txt', 'relative.txt', 'chained.txt', 'system.txt']) expect(reasons[f]).toMatch(/outside the seeds folder/);
    expect(reasons['dangling.txt']).toMatch(/could not be read \(ENOENT\)/);
  });

  it('a seeds folder reached through a link is read, and links inside it are judged against its real place', async () => {
    const real = fresh('via-link/real');
    writeFileSync(join(real, 'a.txt'), ARTICLE(1));
    symlinkSync(join(real, 'a.txt'), join(real, 'b.txt'));
    symlinkSync(real, join(base, 'via-link', 'seeds'));
    const r = await readSeedFolder(join(base, 'via-link', 'seeds'), LIMITS);
    expect(r.files.map((f) => f.file)).toEqual(['a.txt', 'b.txt']);
  });

  it('names with "..", spaces, mentions or odd Unicode are names inside the folder, never paths', async () => {
    const dir = fresh('names/seeds');
    writeFileSync(join(base, 'names', 'x.txt'), ARTICLE(9));
    const names = ['..txt', '...txt', '..x.txt', 'a..b.txt', '.. .txt', '@everyone.txt', 'ü ‮txt.md', '%2e%2e%2fx.txt'];
    names.forEach((n, k) => writeFileSync(join(dir, n), ARTICLE(k)));
    const r = await readSeedFolder(dir, LIMITS);
    // names starting with a dot are hidden files and skipped silently; the rest are read from inside
    expect(r.files.map((f) => f.file).sort()).toEqual(names.filter((n) => !n.startsWith('.')).sort());
    expect(r.files.every((f) => f.text.startsWith('Headline ') && f.text !== ARTICLE(9))).toBe(true);
    expect(r.rejected).toEqual([]);
  });
});

describe('limits', () => {
  it('too many files: the first ones load, each one over is rejected naming the limit and the setting', async () => {
    const dir = fresh('many/seeds');
    for (let k = 0; k < 12; k++) writeFileSync(join(dir, `a${String(k).padStart(2, '0')}.txt`), ARTICLE(k));
    const r = await readSeedFolder(dir, { ...LIMITS, maxFiles: 5 });
    expect(r.files).toHaveLength(5);
    expect(r.rejected).toHaveLength(7);
    for (const x of r.rejected) expect(x.error).toBe('rejected: the folder holds more than 5 articles (raise SEEDS_MAX_FILES)');
  });

  it('more files than are read at once: every file arrives once, in name order, and the limit falls on the same files', async () => {
    const dir = fresh('window/seeds');
    for (let k = 0; k < 100; k++) writeFileSync(join(dir, `b${String(k).padStart(3, '0')}.txt`), ARTICLE(k));
    writeFileSync(join(dir, 'b050.md.bak'), 'not an article');
    const all = await readSeedFolder(dir, LIMITS);
    expect(all.files.map((f) => f.file)).toEqual([...Array(100).keys()].map((k) => `b${String(k).padStart(3, '0')}.txt`));
    const capped = await readSeedFolder(dir, { ...LIMITS, maxFiles: 70 });
    expect(capped.files.map((f) => f.file)).toEqual(all.files.slice(0, 70).map((f) => f.file));
    expect(capped.rejected.map((f) => f.file)).toEqual(all.files.slice(70).map((f) => f.file));
  });

  it('too many bytes in all: files past the budget are rejected with the limit', async () => {
    const dir = fresh('bytes/seeds');
    for (let k = 0; k < 6; k++) writeFileSync(join(dir, `b${k}.txt`), ARTICLE(k) + 'x'.repeat(900));
    const r = await readSeedFolder(dir, { ...LIMITS, maxTotalBytes: 3000 });
    expect(r.files.length).toBeGreaterThan(0);
    expect(r.files.reduce((n, f) => n + f.bytes, 0)).toBeLessThanOrEqual(3000);
    expect(r.rejected.length).toBe(6 - r.files.length);
    for (const x of r.rejected) expect(x.error).toMatch(/over 3000 bytes in all/);
  });

  it('a file over the per-file limit is rejected naming the limit and the setting', async () => {
    const dir = fresh('big/seeds');
    writeFileSync(join(dir, 'big.txt'), ARTICLE(1) + 'y'.repeat(20_000));
    const r = await readSeedFolder(dir, LIMITS);
    expect(r.rejected).toEqual([{ file: 'big.txt', error: expect.stringMatching(/over the 10000-byte limit \(SEEDS_MAX_FILE_BYTES\)/) }]);
  });
});

describe('files changing under a reload', () => {
  it('files rewritten, grown, deleted and recreated while the folder is read: every read settles, never throws', async () => {
    const dir = fresh('churn/seeds');
    for (let k = 0; k < 20; k++) writeFileSync(join(dir, `c${k}.txt`), ARTICLE(k));
    let writing = true;
    const writer = (async () => {
      for (let round = 0; writing; round++) {
        const k = round % 20;
        const path = join(dir, `c${k}.txt`);
        if (round % 3 === 0) { try { unlinkSync(path); } catch { /* already gone */ } }
        else if (round % 3 === 1) await writeFile(path, ARTICLE(k) + 'z'.repeat((round * 997) % 15_000)); // sometimes over the limit
        else await writeFile(path, ''); // truncated, as an editor does before writing
        await writeFile(join(dir, `c${k}.txt`), ARTICLE(k));
      }
    })();
    try {
      for (let i = 0; i < 40; i++) {
        const r = await readSeedFolder(dir, LIMITS);
        for (const f of r.files) expect(f.bytes).toBeLessThanOrEqual(LIMITS.maxFileBytes);
        for (const x of r.rejected) expect(x.error).toMatch(/^rejected: /);
        expect(r.files.length + r.rejected.length).toBeLessThanOrEqual(20);
        const parsed = await loadSeeds(dir, LIMITS);
        expect(parsed.articles.length + parsed.rejected.length).toBeLessThanOrEqual(20);
      }
    } finally {
      writing = false;
      await writer;
    }
  }, 60_000);

  it('a reload during churn, or of a folder that vanished, keeps the library that was serving', async () => {
    const dir = fresh('vanish/seeds');
    for (let k = 0; k < 3; k++) writeFileSync(join(dir, `v${k}.txt`), ARTICLE(k));
    const store = new LibraryStore({ seedsDir: dir, limits: LIMITS, build: inThread });
    expect((await store.reload()).ok).toBe(true);
    const serving = store.library;
    for (let k = 0; k < 3; k++) writeFileSync(join(dir, `v${k}.txt`), '');
    const empty = await store.reload();
    expect(empty.ok).toBe(false);
    expect(empty.message).toMatch(/keep serving/);
    expect(store.library).toBe(serving);
    rmSync(dir, { recursive: true });
    await expect(store.reload()).rejects.toThrow(/does not exist/);
    expect(store.library).toBe(serving);
  });
});
