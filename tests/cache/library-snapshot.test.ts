// The snapshot of the built library: a restart over unchanged seeds loads it and assembles nothing, with the
// same library and answers as a fresh build; a file added, removed or changed is a miss (the extraction
// cache serves, only that file is extracted) and the snapshot is written again; a damaged snapshot, another
// code version or another file's manifest is never trusted; two processes writing it at once leave a whole
// one. Every cache lives in a temporary folder.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildInThread, LibraryStore } from '../../src/app/libraryStore.js';
import { SNAPSHOT_NAME, startFromSnapshot } from '../../src/app/librarySnapshotStore.js';
import { runQuery } from '../../src/app/runQuery.js';
import { parseSnapshot } from '../../src/cache/snapshotFile.js';
import type { Library } from '../../src/library/library.js';
import { DEFAULT_LIMITS } from '../../src/load/readSeedFolder.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

const article = (title: string, day: string, body: string[]) =>
  `${title}\n\nHarbour Wire\n    Harbour Wire, Gdansk\nPublished: ${day}\n\n${body.join('\n\n')}\n`;
const SEEDS: Record<string, string> = {
  'a.txt': article('Ferry line reopens after storm repairs', '2022-06-01', [
    '“The ferry is back for good,” harbour master Ilse Brandt said on Monday.',
    'Brandt said the crossing would run every hour until October.',
    'The council met on May 30 to approve the repairs, mayor Jonas Wirth told reporters.',
  ]),
  'b.txt': article('Bridge tolls dropped for residents', '2022-06-03', [
    '“Nobody pays to cross any more,” mayor Jonas Wirth said.',
    'Wirth said the tolls had raised less than the cost of collecting them.',
    'Harbour master Ilse Brandt welcomed the decision on Thursday.',
  ]),
  'c.txt': article('Library hours extended', '2022-06-05', [
    '“Readers asked and we listened,” librarian Marta Ozola said.',
    'Ozola said the library would open on Sundays from July 3.',
  ]),
  'd.md': article('Tram line planned to the port', '2022-06-07', [
    '“The tram will reach the port by spring,” planner Tomas Berzins said.',
    'Mayor Wirth met Berzins in Gdansk on June 6 to sign the plan.',
  ]),
};

const QUERIES = [
  { command: 'who-said', q: 'nobody pays to cross' },
  { command: 'who-said', q: 'the ferry is back' },
  { command: 'quotes', q: 'Jonas Wirth' },
  { command: 'quotes', q: 'Brandt', about: 'ferry' },
  { command: 'when', q: 'when did Wirth meet Berzins' },
  { command: 'when', q: 'council approve repairs' },
  { command: 'sources', q: 'The mayor dropped the bridge tolls' },
  { command: 'sources', q: 'The library will open on Sundays' },
  { command: 'ask', q: 'who said the tram will reach the port' },
] as const;

let base: string;
let seeds: string;
let cacheDir: string;
/** A clock far enough ahead that every file looks settled (untouched for a while) when stamped. */
const later = () => Date.now() + 60_000;
const store = (version?: string) =>
  new LibraryStore({ seedsDir: seeds, workers: 1, cache: { root: cacheDir, ...(version ? { version } : {}) }, now: later });
const answers = (lib: Library) => QUERIES.map((q) => JSON.stringify(runQuery(lib, { ...q })));
const shapes = (lib: Library) => JSON.stringify([lib.articles, lib.extracted, lib.people, lib.quotes, lib.events, lib.rejected]);

async function snapshots(): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(join(d, e.name));
      else if (e.name === SNAPSHOT_NAME) out.push(join(d, e.name));
    }
  };
  await walk(cacheDir).catch(() => undefined);
  return out;
}

/** A store loaded and its snapshot written. */
async function loaded(version?: string): Promise<LibraryStore> {
  const s = store(version);
  await s.reload();
    await s.flushed();
  return s;
}

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'byline-snapshot-test-'));
  seeds = join(base, 'seeds');
  cacheDir = join(base, 'cache');
  await mkdir(seeds);
  for (const [f, t] of Object.entries(SEEDS)) await writeFile(join(seeds, f), t);
});
afterEach(async () => { await rm(base, { recursive: true, force: true }); });

describe('a restart from the snapshot', () => {
  it('loads the built library, assembles nothing, and gives a fresh build\'s library and answers', async () => {
    const first = await loaded();
    expect(await snapshots()).toHaveLength(1);
    const second = store();
    const r = await second.reload();
    expect(r).toMatchObject({ ok: true, articles: 4, added: ['a.txt', 'b.txt', 'c.txt', 'd.md'] });
    expect(r.reuse).toMatchObject({ extracted: 0, snapshot: true });
    expect(r.stages).toBeUndefined();
    const fresh = await buildInThread(await Promise.all(Object.keys(SEEDS).sort().map(async (file) =>
      ({ file, text: await readFile(join(seeds, file), 'utf8') }))), [], 0);
    const lib = second.library!;
    expect(shapes(lib)).toBe(shapes(fresh));
    expect(shapes(lib)).toBe(shapes(first.library!));
    expect(answers(lib)).toEqual(answers(fresh));
    expect(answers(lib).some((a) => a.includes('Jonas Wirth'))).toBe(true);
    // shared as a build shares: one Evidence per cited sentence, the article's own sentence string
    const q = lib.quotes.find((x) => x.text.includes('Nobody pays'))!;
    const same = lib.extracted.find((x) => x.article === 'b.txt')!;
    expect(same.quotes).toContain(q);
    expect(lib.people).toContain(same.people[0]);
    expect(lib.sentenceIndex.records.length).toBe(fresh.sentenceIndex.records.length);
  });

  it('gives back texts in every script as a fresh build has them, and one speaker object per person', async () => {
    // one-byte text (Latin-1 accents), wider text (curly quotes, Cyrillic, Georgian) and both in one article
    await writeFile(join(seeds, 'e.txt'), article('Café owners in Zürich protest rent rises', '2022-06-09', [
      'Café owner Renée Müller said the rent had doubled since März.',
      'Müller said the owners would meet the council on June 12.',
    ]));
    await writeFile(join(seeds, 'f.txt'), article('Выборы в Тбилиси', '2022-06-10', [
      '“ახალი არჩევნები იქნება,” mayor Jonas Wirth said on Friday.',
      'Wirth said «the vote» would be held in Tbilisi — and Ilse Brandt agreed.',
    ]));
    await loaded();
    const second = store();
    expect((await second.reload()).reuse).toMatchObject({ snapshot: true });
    const fresh = await buildInThread(await Promise.all([...Object.keys(SEEDS), 'e.txt', 'f.txt'].sort().map(async (file) =>
      ({ file, text: await readFile(join(seeds, file), 'utf8') }))), [], 0);
    const lib = second.library!;
    expect(shapes(lib)).toBe(shapes(fresh));
    expect(answers(lib)).toEqual(answers(fresh));
    expect(lib.articles.map((a) => a.title)).toContain('Выборы в Тбилиси');
    const wirth = lib.quotes.filter((q) => q.speaker.name === 'Jonas Wirth');
    expect(wirth.length).toBeGreaterThan(1);
    expect(new Set(wirth.map((q) => q.speaker)).size).toBe(1);
  });

  it('is a miss when a file changed: only that file is extracted, and the snapshot written again serves the next restart', async () => {
    await loaded();
    await writeFile(join(seeds, 'b.txt'), SEEDS['b.txt']!.replace(/Jonas Wirth/g, 'Jonas Wirsk'));
    const second = store();
    const r = await second.reload();
    expect(r.reuse).toMatchObject({ extracted: 1, fromDisk: 3 });
    expect(r.reuse?.snapshot).toBeUndefined();
    expect(JSON.stringify(runQuery(second.library!, { command: 'who-said', q: 'nobody pays to cross' }))).toContain('Jonas Wirsk');
    await second.flushed();
    const third = store();
    const r3 = await third.reload();
    expect(r3.reuse).toMatchObject({ extracted: 0, snapshot: true });
    expect(answers(third.library!)).toEqual(answers(second.library!));
  });

  it.each([
    ['a file added', () => writeFile(join(seeds, 'e.txt'), article('Dredging starts', '2022-06-09', ['“Ships will come in deeper,” engineer Ruta Kalnina said.']))],
    ['a file removed', () => rm(join(seeds, 'c.txt'))],
    ['a file rejected now', () => writeFile(join(seeds, 'c.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]))],
  ])('is a miss after %s, and loads what the folder now holds', async (_what, change) => {
    await loaded();
    await change();
    const fresh = await buildInThread(await Promise.all((await readdir(seeds)).sort().map(async (file) =>
      ({ file, text: await readFile(join(seeds, file), 'utf8') }))), [], 0);
    const s = store();
    const r = await s.reload();
    expect(r.reuse?.snapshot).toBeUndefined();
    expect(r.articles).toBe(fresh.articles.length);
    await s.flushed();
  });

  it('after a start from the snapshot, a reload extracts only the file added', async () => {
    await loaded();
    const s = store();
    expect((await s.reload()).reuse).toMatchObject({ snapshot: true });
    await writeFile(join(seeds, 'e.txt'), article('Dredging starts', '2022-06-09', ['“Ships will come in deeper,” engineer Ruta Kalnina said.']));
    const r = await s.reload();
    expect(r).toMatchObject({ ok: true, articles: 5, added: ['e.txt'], removed: [], changed: [] });
    expect(r.reuse).toMatchObject({ extracted: 1, reused: 4 });
    expect(JSON.stringify(runQuery(s.library!, { command: 'who-said', q: 'ships will come in deeper' }))).toContain('Ruta Kalnina');
    await s.flushed();
  });
});

describe('writing the snapshot', () => {
  it('happens after a reload that changed the library, not after one that changed nothing', async () => {
    const s = await loaded();
    const [path] = await snapshots();
    const before = (await stat(path!)).mtimeMs;
    await s.reload();
    await s.flushed();
    expect((await stat(path!)).mtimeMs).toBe(before);
    await writeFile(join(seeds, 'c.txt'), SEEDS['c.txt']!.replace('Marta Ozola', 'Marta Ozolina'));
    await s.reload();
    await s.flushed();
    const after = store();
    expect((await after.reload()).reuse).toMatchObject({ extracted: 0, snapshot: true });
    expect(JSON.stringify(runQuery(after.library!, { command: 'who-said', q: 'readers asked' }))).toContain('Marta Ozolina');
  });
});

describe('a snapshot that cannot be trusted', () => {
  it.each([
    ['a flipped byte', (b: Buffer) => { b[Math.floor(b.length / 2)] ^= 0xff; return b; }],
    ['a cut-off file', (b: Buffer) => b.subarray(0, Math.floor(b.length / 2))],
    ['an empty file', () => Buffer.alloc(0)],
    ['another format number', (b: Buffer) => { b.writeUInt32LE(999, 24); return b; }],
  ])('finds %s, ignores it, loads from the extraction cache and writes a good one', async (_what, damage) => {
    const first = await loaded();
    const [path] = await snapshots();
    const damaged = damage(await readFile(path!));
    await writeFile(path!, damaged);
    expect(await parseSnapshot(damaged)).toBeNull();
    const second = store();
    const r = await second.reload();
    expect(r).toMatchObject({ ok: true, articles: 4 });
    expect(r.reuse).toMatchObject({ extracted: 0, fromDisk: 4 });
    expect(r.reuse?.snapshot).toBeUndefined();
    expect(answers(second.library!)).toEqual(answers(first.library!));
    await second.flushed();
    expect(await parseSnapshot(await readFile(path!))).not.toBeNull();
    const third = store();
    expect((await third.reload()).reuse).toMatchObject({ snapshot: true });
    await third.flushed();
  });

  it('is never read by another code version', async () => {
    await loaded('a'.repeat(24));
    const [path] = await snapshots();
    const dir = resolve(path!, '..');
    const limits = DEFAULT_LIMITS;
    expect(await startFromSnapshot(dir, 'another version', seeds, limits, later)).toBeNull();
    // the key written is the one this code works out for its extractor version, and it reads back
    const meta = (await parseSnapshot(await readFile(path!)))!.meta;
    expect(await startFromSnapshot(dir, String(meta.version), seeds, limits, later)).not.toBeNull();
    // another extractor version has another folder: its first start extracts everything
    const other = store('b'.repeat(24));
    expect((await other.reload()).reuse).toMatchObject({ extracted: 4 });
    await other.flushed();
  });
});

describe('two processes at once', () => {
  it('write the snapshot at the same time and leave a whole one that serves the next start', async () => {
    const script = join(base, 'load.mjs');
    await writeFile(script, [
      `import { LibraryStore } from ${JSON.stringify(join(ROOT, 'dist/src/app/libraryStore.js'))};`,
      `const s = new LibraryStore({ seedsDir: process.argv[2], workers: 1, cache: { root: process.argv[3] }, now: () => Date.now() + 60000 });`,
      'const r = await s.reload(); await s.flushed();',
      'process.stdout.write(JSON.stringify({ ok: r.ok, articles: r.articles, reuse: r.reuse }));',
    ].join('\n'));
    const both = await Promise.all([0, 1].map(() => run(process.execPath, [script, seeds, cacheDir], { timeout: 60_000 })));
    for (const { stdout } of both) expect(JSON.parse(stdout)).toMatchObject({ ok: true, articles: 4 });
    const written = await snapshots();
    expect(written).toHaveLength(1);
    expect(await parseSnapshot(await readFile(written[0]!))).not.toBeNull();
    // no temporary file left behind
    expect((await readdir(resolve(written[0]!, '..'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const { stdout } = await run(process.execPath, [script, seeds, cacheDir], { timeout: 60_000 });
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, articles: 4, reuse: { extracted: 0, snapshot: true } });
  }, 90_000);
});
