// Worker results come back packed and are unpacked a batch per step, in file order: the same corpus as
// unpacking all at once, and the store's reload counts the unpacking as a stage of its own.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractInWorkers, resolveWorkerUrl } from '../src/app/extractInWorkers.js';
import { LibraryStore } from '../src/app/libraryStore.js';
import { pack, unpack } from '../src/app/workerProtocol.js';
import { extractAll } from '../src/index/library.js';
import { parseSeedFiles } from '../src/load/loadSeeds.js';
import { stepwiseCorpus } from './fixtures/stepwise/corpus.js';

const root = resolve(import.meta.dirname, '..');
const FILES = stepwiseCorpus(7);

let dir: string;
beforeAll(async () => {
  try {
    resolveWorkerUrl(pathToFileURL(join(root, 'src/app/extractInWorkers.ts')).href);
  } catch {
    try { execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'ignore' }); } catch { /* emitted anyway */ }
  }
  dir = await mkdtemp(join(tmpdir(), 'byline-reload-packed-'));
  for (const f of FILES) await writeFile(join(dir, f.file), f.text);
}, 120_000);
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('packed worker results', () => {
  it('packs a corpus into bytes and unpacks the same corpus', () => {
    const corpus = extractAll(parseSeedFiles(FILES.slice(0, 2)).articles);
    const bytes = pack(corpus);
    expect(bytes).toBeInstanceOf(ArrayBuffer);
    expect(unpack(bytes)).toEqual(corpus);
  });

  it('unpacks a batch per step, in file order, to the corpus an in-thread build extracts', async () => {
    const x = await extractInWorkers(FILES, { workers: 2, batchSize: 2 });
    const steps = x.unpackSteps();
    let pauses = 0;
    let s = steps.next();
    for (; !s.done; s = steps.next()) pauses++;
    expect(pauses).toBe(4); // 7 files, 2 a batch
    const here = extractAll(parseSeedFiles(FILES).articles);
    expect(s.value).toEqual(here);
    expect(x.corpus).toBe(s.value);
  });

  it('counts the unpacking as a reload stage', async () => {
    const store = new LibraryStore({ seedsDir: dir, workers: 1 });
    const report = await store.reload();
    expect(report.ok).toBe(true);
    expect(Object.keys(report.stages ?? {})).toContain('unpack');
    expect(store.library!.articles).toHaveLength(7);
  });
});
