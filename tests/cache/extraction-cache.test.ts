// The extraction cache on disk: a restart over unchanged seeds extracts nothing; an added or changed file
// is extracted again and nothing else is; a corrupt pack is found, thrown away and rebuilt; another
// extractor version never reads this one's entries; two processes loading at once share the cache; a
// cache that cannot be written costs one warning and nothing else. Every cache lives in a temporary folder.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore, type CacheSettings } from '../../src/app/libraryStore.js';
import { SNAPSHOT_NAME } from '../../src/app/librarySnapshotStore.js';
import { runQuery } from '../../src/app/runQuery.js';
import { cacheFolder, cacheRoot } from '../../src/cache/cacheDir.js';
import { decode } from '../../src/cache/extractionCache.js';
import { extractorVersion } from '../../src/cache/extractorVersion.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const article = (title: string, quote: string, who: string) =>
  `${title}\n\nHarbour Wire\n    Harbour Wire, Gdansk\nPublished: 2022-06-01\n\n“${quote},” ${who} said on Monday.\n\nThe council meets again in June.\n`;
const SEEDS: Record<string, string> = {
  'a.txt': article('Ferry line reopens', 'The ferry is back for good', 'harbour master Ilse Brandt'),
  'b.txt': article('Bridge tolls dropped', 'Nobody pays to cross any more', 'mayor Jonas Wirth'),
  'c.txt': article('Library hours extended', 'Readers asked and we listened', 'librarian Marta Ozola'),
  'd.md': article('Tram line planned', 'The tram will reach the port by spring', 'planner Tomas Berzins'),
};

let base: string;
let seeds: string;
let cacheDir: string;
/** A clock far enough ahead that every file looks settled (untouched for a while) when stamped. */
const later = () => Date.now() + 60_000;

const settings = (extra: Partial<CacheSettings> = {}): CacheSettings => ({ root: cacheDir, ...extra });
const store = (extra: Partial<CacheSettings> = {}, now: () => number = later) => new LibraryStore({ seedsDir: seeds, workers: 1, cache: settings(extra), now });
const speakerOf = (s: LibraryStore, words: string) => {
  const r = runQuery(s.library!, { command: 'who-said', q: words });
  return r.command === 'who-said' ? r.answer.answers[0]?.speaker.name ?? null : null;
};
async function packs(): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(join(d, e.name));
      else if (e.name.endsWith('.pack')) out.push(join(d, e.name));
    }
  };
  await walk(cacheDir).catch(() => undefined);
  return out.sort();
}

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'byline-cache-test-'));
  seeds = join(base, 'seeds');
  cacheDir = join(base, 'cache');
  await mkdir(seeds);
  for (const [f, t] of Object.entries(SEEDS)) await writeFile(join(seeds, f), t);
});
afterEach(async () => { await rm(base, { recursive: true, force: true }); });

describe('a restart over the cache', () => {
  it('extracts every file on a cold start, then nothing on a restart, with the same answers', async () => {
    const first = store();
    const r1 = await first.reload();
    expect(r1.reuse).toMatchObject({ extracted: 4, reused: 0, fromDisk: 0 });
    await first.flushed();
    expect((await packs()).length).toBe(1);

    const second = store();
    const r2 = await second.reload();
    expect(r2).toMatchObject({ ok: true, articles: 4 });
    expect(r2.reuse).toMatchObject({ extracted: 0, reused: 4, fromDisk: 4, corruptPacks: 0 });
    expect(second.library!.quotes.map((q) => q.text)).toEqual(first.library!.quotes.map((q) => q.text));
    expect(speakerOf(second, 'nobody pays to cross')).toBe('Jonas Wirth');
  });

  it('re-reads a file that changed since it was read, even one whose size and time were kept', async () => {
    const first = store();
    await first.reload();
    await first.flushed();
    const path = join(seeds, 'b.txt');
    const old = await stat(path);
    // same length, same modification time: only the change time (which no tool can set back) tells
    await writeFile(path, SEEDS['b.txt']!.replace('Jonas Wirth', 'Jonas Wirsk'));
    await utimes(path, old.atime, old.mtime);
    const second = store();
    const r = await second.reload();
    expect(r.reuse).toMatchObject({ extracted: 1, fromDisk: 3 });
    expect(speakerOf(second, 'nobody pays to cross')).toBe('Jonas Wirsk');
  });

  it('trusts no file stamped while it could still have been changing (same clock tick as the read)', async () => {
    const first = store({}, Date.now); // files written a moment ago: too recent to vouch for by their stamp
    await first.reload();
    await first.flushed();
    const second = store({}, Date.now);
    const r = await second.reload();
    // each file was read and hashed again, found the same, and not extracted
    expect(r.reuse).toMatchObject({ extracted: 0, fromDisk: 4 });
  });
});

describe('a reload', () => {
  it('extracts only the added and the changed file, and drops the removed one', async () => {
    const s = store();
    await s.reload();
    await writeFile(join(seeds, 'e.txt'), article('Harbour dredging starts', 'Ships will come in deeper', 'engineer Ruta Kalnina'));
    await writeFile(join(seeds, 'a.txt'), SEEDS['a.txt']!.replace('Ilse Brandt', 'Ilse Brandtner'));
    await rm(join(seeds, 'c.txt'));
    const r = await s.reload();
    expect(r).toMatchObject({ ok: true, articles: 4, added: ['e.txt'], changed: ['a.txt'], removed: ['c.txt'] });
    expect(r.reuse).toMatchObject({ extracted: 2, reused: 2, fromDisk: 0 });
    expect(speakerOf(s, 'ships will come in deeper')).toBe('Ruta Kalnina');
    expect(speakerOf(s, 'the ferry is back for good')).toBe('Ilse Brandtner');
  });

  it('keeps a parse rejection cached like an article, and re-reads the file once it is mended', async () => {
    await writeFile(join(seeds, 'bad.md'), '---\ntitle: X\npublished: someday\n---\nBody.\n');
    const s = store();
    const r1 = await s.reload();
    expect(r1.rejected.map((x) => x.file)).toEqual(['bad.md']);
    await s.flushed();
    const again = store();
    const r2 = await again.reload();
    expect(r2.reuse).toMatchObject({ extracted: 0, fromDisk: 5 });
    expect(r2.rejected.map((x) => x.file)).toEqual(['bad.md']);
  });
});

describe('extractions kept on disk only', () => {
  it('an article added about someone already quoted gives the library a fresh build gives, read back from the cache or, when its packs are gone, extracted again', async () => {
    for (const lost of [false, true]) {
      const s = store({ root: join(cacheDir, String(lost)) });
      await s.reload();
      await s.flushed();
      // another process's compaction removed the packs this one read and wrote
      if (lost) for (const p of await packs()) await rm(p);
      // first in library order, so Ilse Brandt is first met here and a.txt is assembled again
      await writeFile(join(seeds, `0${Number(!lost)}.txt`), article('Ferry timetable out', 'Boats leave every hour', 'Ilse Brandt'));
      expect(await s.reload()).toMatchObject({ ok: true, swapped: true });
      const fresh = new LibraryStore({ seedsDir: seeds, workers: 1 });
      await fresh.reload();
      expect(JSON.stringify(s.library!.extracted)).toBe(JSON.stringify(fresh.library!.extracted));
      expect(speakerOf(s, 'the ferry is back for good')).toBe('Ilse Brandt');
    }
  });
  it('a compaction rewrites every live entry whole, reading back the extractions it no longer holds', async () => {
    const s = store();
    await s.reload();
    for (let n = 0; n < 12; n++) {
      await writeFile(join(seeds, 'x.txt'), article(`Harbour notice ${n}`, `Notice number ${n} is out`, 'clerk Anna Liepa'));
      await s.reload();
      await s.flushed();
    }
    const stored = new Map<string, unknown>();
    const names = await packs();
    for (const p of names) for (const e of decode(await readFile(p))!) if ('article' in e.outcome) stored.set(e.file, e.outcome.extraction);
    expect(names.length).toBeLessThan(5);
    expect([...stored.keys()].sort()).toEqual([...Object.keys(SEEDS), 'x.txt'].sort());
    for (const x of stored.values()) expect(x).toMatchObject({ people: expect.any(Array), quotes: expect.any(Array) });
    for (const p of await packs()) await rm(join(dirname(p), SNAPSHOT_NAME), { force: true });
    const again = store();
    expect((await again.reload()).reuse).toMatchObject({ extracted: 0 });
    expect(JSON.stringify(again.library!.extracted)).toBe(JSON.stringify(s.library!.extracted));
  });
});

describe('a cache that cannot be trusted', () => {
  it.each([
    ['a flipped byte in the body', (b: Buffer) => { b[b.length - 20] ^= 0xff; return b; }],
    ['a cut-off pack', (b: Buffer) => b.subarray(0, Math.floor(b.length / 2))],
    ['an empty file', () => Buffer.alloc(0)],
    ['another format number', (b: Buffer) => { b.writeUInt32LE(999, 24); return b; }],
  ])('finds %s, removes the pack, extracts again and rebuilds it', async (_what, damage) => {
    const first = store();
    await first.reload();
    await first.flushed();
    const [pack] = await packs();
    await writeFile(pack!, damage(await readFile(pack!)));
    expect(decode(await readFile(pack!))).toBeNull();
    // the built library's snapshot would serve the restart without the packs: this is about the packs
    await rm(join(dirname(pack!), SNAPSHOT_NAME));

    const second = store();
    const r = await second.reload();
    expect(r).toMatchObject({ ok: true, articles: 4 });
    expect(r.reuse).toMatchObject({ extracted: 4, fromDisk: 0, corruptPacks: 1 });
    expect(speakerOf(second, 'readers asked and we listened')).toBe('Marta Ozola');
    await second.flushed();
    const third = store();
    expect((await third.reload()).reuse).toMatchObject({ extracted: 0, fromDisk: 4, corruptPacks: 0 });
  });

  it('never reads another extractor version\'s entries', async () => {
    const v1 = store({ version: 'a'.repeat(24) });
    await v1.reload();
    await v1.flushed();
    const v2 = store({ version: 'b'.repeat(24) });
    expect((await v2.reload()).reuse).toMatchObject({ extracted: 4, fromDisk: 0 });
    await v2.flushed();
    const backToV2 = store({ version: 'b'.repeat(24) });
    expect((await backToV2.reload()).reuse).toMatchObject({ extracted: 0, fromDisk: 4 });
  });

  it('goes on without a cache that cannot be written, after one warning', async () => {
    await writeFile(join(base, 'a-file'), 'not a folder');
    const warnings: string[] = [];
    const s = new LibraryStore({ seedsDir: seeds, workers: 1, cache: { root: join(base, 'a-file', 'cache'), log: { warn: (_o, m) => warnings.push(m) } } });
    expect((await s.reload()).ok).toBe(true);
    await s.flushed();
    await writeFile(join(seeds, 'e.txt'), article('Harbour dredging starts', 'Ships will come in deeper', 'engineer Ruta Kalnina'));
    expect((await s.reload()).articles).toBe(5);
    await s.flushed();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/extraction cache cannot be (read|written).*BYLINE_CACHE_DIR/);
  });
});

describe('the extractor version', () => {
  it('is a hash of every module extraction reaches, so changing any of them is a new version', async () => {
    const src = join(base, 'src');
    await mkdir(join(src, 'load'), { recursive: true });
    await mkdir(join(src, 'extract'), { recursive: true });
    await mkdir(join(src, 'answer'), { recursive: true });
    await writeFile(join(src, 'load', 'loadSeeds.ts'), "import { rule } from '../extract/rule.js';\nexport const x = rule;\n");
    await writeFile(join(src, 'extract', 'extractArticle.ts'), "export const y = 1;\n");
    await writeFile(join(src, 'extract', 'rule.ts'), "export const rule = 'said';\n");
    await writeFile(join(src, 'answer', 'whoSaid.ts'), "export const z = 1;\n");
    const v1 = extractorVersion(src);
    expect(v1).toMatch(/^[0-9a-f]{24}$/);
    expect(extractorVersion(src)).toBe(v1);
    await writeFile(join(src, 'answer', 'whoSaid.ts'), "export const z = 2;\n");
    expect(extractorVersion(src)).toBe(v1); // answering is not extraction
    await writeFile(join(src, 'extract', 'rule.ts'), "export const rule = 'told';\n");
    expect(extractorVersion(src)).not.toBe(v1); // reached through an import
  });

  it('counts a word list the extractors import as data as part of them', async () => {
    const src = join(base, 'src');
    await mkdir(join(src, 'load'), { recursive: true });
    await mkdir(join(src, 'extract'), { recursive: true });
    await writeFile(join(src, 'load', 'loadSeeds.ts'), "export const x = 1;\n");
    await writeFile(join(src, 'extract', 'extractArticle.ts'), "import verbs from './verbs.json' with { type: 'json' };\nexport const y = verbs;\n");
    await writeFile(join(src, 'extract', 'verbs.json'), '["said"]\n');
    const v1 = extractorVersion(src);
    await writeFile(join(src, 'extract', 'verbs.json'), '["said", "told"]\n');
    expect(extractorVersion(src)).not.toBe(v1);
  });

  it('of the real, compiled extractors is worked out at start-up and names the cache folder', async () => {
    const s = new LibraryStore({ seedsDir: seeds, workers: 1, cache: settings(), now: later });
    await s.reload();
    await s.flushed();
    const [pack] = await packs();
    const version = pack!.split(/[\\/]/).at(-2)!;
    expect(version).toBe(extractorVersion(join(ROOT, 'dist', 'src')));
    expect(pack!.startsWith(await cacheFolder(cacheDir, seeds, version))).toBe(true);
  });
});

describe('where the cache lives', () => {
  it.each([
    [undefined, { XDG_CACHE_HOME: '/var/cache/me' }, '/var/cache/me/byline'],
    ['/srv/byline-cache', {}, '/srv/byline-cache'],
    ['off', {}, null],
  ])('BYLINE_CACHE_DIR=%s', (setting, env, want) => {
    expect(cacheRoot(setting, env)).toBe(want);
  });

  it('defaults to ~/.cache/byline, outside the seeds folder', () => {
    expect(cacheRoot(undefined, {})).toMatch(/[\\/]\.cache[\\/]byline$/);
  });
});

describe('two processes at once', () => {
  it('load the same seeds over the same cache, both whole, and leave it whole', async () => {
    const script = join(base, 'load.mjs');
    await writeFile(script, [
      `import { LibraryStore } from ${JSON.stringify(join(ROOT, 'dist/src/app/libraryStore.js'))};`,
      `const s = new LibraryStore({ seedsDir: process.argv[2], workers: 1, cache: { root: process.argv[3] }, now: () => Date.now() + 60000 });`,
      'const r = await s.reload(); await s.flushed();',
      'process.stdout.write(JSON.stringify({ ok: r.ok, articles: r.articles, reuse: r.reuse }));',
    ].join('\n'));
    const both = await Promise.all([0, 1].map(() => run(process.execPath, [script, seeds, cacheDir], { timeout: 60_000 })));
    for (const { stdout } of both) expect(JSON.parse(stdout)).toMatchObject({ ok: true, articles: 4 });
    for (const p of await packs()) expect(decode(await readFile(p))).not.toBeNull();
    const after = store();
    expect((await after.reload()).reuse).toMatchObject({ extracted: 0, fromDisk: 4, corruptPacks: 0 });
  }, 90_000);
});
