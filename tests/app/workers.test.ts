// Builds in worker threads: parsing and extraction run off the main thread, results come back in file
// order, the main thread keeps answering meanwhile, and a worker that dies fails the build without
// touching the library that serves. The worker runs the compiled dist/ (as the CLI does), which the
// suite's global setup builds.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractInWorkers, resolveWorkerUrl } from '../../src/app/extractInWorkers.js';
import { IN_THREAD_MAX_BYTES, LibraryStore, type LoadProgress } from '../../src/app/libraryStore.js';
import { runQuery } from '../../src/app/runQuery.js';

const root = resolve(import.meta.dirname, '..', '..');
const article = (title: string, outlet: string, body: string) => `${title}\n\n${outlet}\n    ${outlet}, Riga\nPublished: 2023-09-04\n\n${body}\n`;
const FILES = [
  { file: 'a.txt', text: article('Port expansion approved', 'Harbour Wire', 'The city council approved the port expansion on Tuesday.\n\nWork starts next spring.') },
  { file: 'b.txt', text: article('Rail strike ends', 'Evening Courier', '“We have a deal,” union leader Marta Ozola said on Friday.') },
  { file: 'c.txt', text: '' },
  { file: 'd.md', text: article('School meals extended', 'Morning Dispatch', 'Free school meals will be extended to every pupil, the ministry said.') },
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'byline-scale-worker-'));
  for (const f of FILES) if (f.text) await writeFile(join(dir, f.file), f.text);
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

/** A worker script in the test folder that exits with `code` when a batch holds a file `picks` (a JS expression
 *  over `f`) picks out, and otherwise is the real extraction worker. */
async function workerThatExits(name: string, picks: string, code: number): Promise<string> {
  const wrapper = join(dir, name);
  await writeFile(wrapper, [
    "import { parentPort } from 'node:worker_threads';",
    `parentPort.on('message', (m) => { if (m.files.some((f) => ${picks})) process.exit(${code}); });`,
    `await import(${JSON.stringify(resolveWorkerUrl(pathToFileURL(join(root, 'src/app/extractInWorkers.ts')).href).href)});`,
  ].join('\n'));
  return wrapper;
}

describe('worker builds', () => {
  it('finds the compiled worker from the TypeScript sources, and says to build when there is none', () => {
    const url = resolveWorkerUrl(pathToFileURL(join(root, 'src/app/extractInWorkers.ts')).href);
    expect(url.pathname.endsWith('/dist/src/app/workerBuild.js')).toBe(true);
    expect(() => resolveWorkerUrl(pathToFileURL(join(tmpdir(), 'nowhere/src/app/x.ts')).href)).toThrow(/npm run build/);
  });

  it('parses and extracts in two workers, one batch each, and gives results back in file order', async () => {
    const seen: [number, number][] = [];
    const x = await extractInWorkers(FILES, { workers: 2, batchSize: 1, onProgress: (d, t) => seen.push([d, t]) });
    expect(x.corpus.articles.map((a) => a.id)).toEqual(['a.txt', 'b.txt', 'd.md']);
    expect(x.corpus.extractions).toHaveLength(3);
    expect(x.rejected.map((r) => r.file)).toEqual(['c.txt']);
    expect(seen[0]).toEqual([0, 4]);
    expect(seen.at(-1)).toEqual([4, 4]);
  });

  it('answers queries from the old library while a reload runs in the workers', async () => {
    const store = new LibraryStore({ seedsDir: dir, workers: 1 });
    await store.reload();
    const old = store.library!;
    const progress: (LoadProgress | null)[] = [];
    let answered = 0;
    let reloading = true;
    // a reload extracts only what changed: change every article, so the workers have all three to do
    for (const f of FILES) if (f.text) await writeFile(join(dir, f.file), `${f.text}\nThe minister said more details would follow.\n`);
    const ask = () => {
      if (!reloading) return;
      progress.push(store.progress);
      expect(runQuery(store.library!, { command: 'sources', q: 'port expansion approved' }).command).toBe('sources');
      answered++;
      setImmediate(ask);
    };
    const run = store.reload();
    setImmediate(ask);
    const report = await run;
    reloading = false;
    expect(report).toMatchObject({ ok: true, swapped: true, articles: 3, added: [], removed: [], changed: ['a.txt', 'b.txt', 'd.md'] });
    expect(report.reuse).toMatchObject({ extracted: 3, reused: 0 });
    expect(answered).toBeGreaterThan(0);
    expect(progress.some((p) => p?.total === 3)).toBe(true);
    expect(progress.every((p) => p === null || (p.done <= p.total && p.total === 3))).toBe(true);
    expect(store.library).not.toBe(old);
    expect(store.progress).toBeNull();
  });

  it('keeps the old library when a worker dies mid-build, and loads again once the cause is gone', async () => {
    const wrapper = await workerThatExits('poisoned-worker.mjs', "f.file === 'poison.txt'", 3);
    // inThreadFiles 0: the one file added goes to a worker too
    const store = new LibraryStore({ seedsDir: dir, workerUrl: pathToFileURL(wrapper), inThreadFiles: 0 });
    expect((await store.reload()).ok).toBe(true);
    const old = store.library!;
    await writeFile(join(dir, 'poison.txt'), article('Poison', 'Nobody', 'This file kills the worker.'));
    const failed = await store.reload();
    expect(failed).toMatchObject({ ok: false, swapped: false, articles: 3 });
    expect(failed.message).toMatch(/exited \(code 3\)/);
    expect(failed.message).toMatch(/3 articles loaded before keep serving/);
    expect(store.library).toBe(old);
    await rm(join(dir, 'poison.txt'));
    expect(await store.reload()).toMatchObject({ ok: true, swapped: true, articles: 3 });
  });

  it('extracts one or two files added to a library serving on this thread, as a worker would, and more in workers', async () => {
    const wrapper = await workerThatExits('added-kills-worker.mjs', "f.file.startsWith('new-')", 4);
    const store = new LibraryStore({ seedsDir: dir, workerUrl: pathToFileURL(wrapper) });
    const added = {
      'new-e.txt': article('Ferry fares frozen', 'Harbour Wire', '“Fares stay where they are,” harbour master Ilse Brandt said on Monday.'),
      'new-f.txt': article('Night trams return', 'Evening Courier', 'Night trams will run again from June, the city said.'),
      'new-g.txt': article('Bridge reopens', 'Morning Dispatch', 'The bridge reopened on Sunday after repairs.'),
    };
    try {
      expect((await store.reload()).ok).toBe(true);
      await writeFile(join(dir, 'new-e.txt'), added['new-e.txt']);
      await writeFile(join(dir, 'new-f.txt'), added['new-f.txt']);
      const small = await store.reload();
      expect(small).toMatchObject({ ok: true, swapped: true, articles: 5, added: ['new-e.txt', 'new-f.txt'] });
      expect(small.reuse).toMatchObject({ extracted: 2 });
      const fresh = new LibraryStore({ seedsDir: dir, workers: 1 });
      await fresh.reload();
      expect(JSON.stringify(store.library!.extracted)).toBe(JSON.stringify(fresh.library!.extracted));
      expect(runQuery(store.library!, { command: 'who-said', q: 'fares stay where they are' })).toMatchObject(
        { answer: { answers: [{ speaker: { name: 'Ilse Brandt' } }] } });
      // three files to extract go to the workers (and this one exits)
      await writeFile(join(dir, 'new-g.txt'), added['new-g.txt']);
      for (const f of ['new-e.txt', 'new-f.txt']) await writeFile(join(dir, f), `${added[f as keyof typeof added]}\nMore later.\n`);
      expect((await store.reload()).message).toMatch(/exited \(code 4\)/);
    } finally {
      for (const f of Object.keys(added)) await rm(join(dir, f), { force: true });
    }
  });

  it('sends one added file over IN_THREAD_MAX_BYTES to a worker, so a huge file does not hold the serving thread', async () => {
    const wrapper = await workerThatExits('big-kills-worker.mjs', "f.file === 'new-big.txt'", 5);
    const store = new LibraryStore({ seedsDir: dir, workerUrl: pathToFileURL(wrapper) });
    const paragraph = 'The council met again on Tuesday and talked about the harbour budget for a long time.\n\n';
    const big = article('Budget talks drag on', 'Harbour Wire', paragraph.repeat(Math.ceil(IN_THREAD_MAX_BYTES / paragraph.length) + 1));
    expect(Buffer.byteLength(big)).toBeGreaterThan(IN_THREAD_MAX_BYTES);
    try {
      expect((await store.reload()).ok).toBe(true);
      await writeFile(join(dir, 'new-big.txt'), big);
      const failed = await store.reload();
      expect(failed.message).toMatch(/exited \(code 5\)/);
      expect(store.library!.articles.map((a) => a.id)).not.toContain('new-big.txt');
    } finally {
      await rm(join(dir, 'new-big.txt'), { force: true });
    }
  });
});
