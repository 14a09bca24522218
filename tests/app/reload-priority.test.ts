// A reload while a library serves: the build workers run below the thread that answers (on Linux, where a
// nice value belongs to one thread), the first load runs them at full priority, and the report says how
// long the longest piece of main-thread assembly held the thread.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractInWorkers } from '../../src/app/extractInWorkers.js';
import { LibraryStore } from '../../src/app/libraryStore.js';
import { extractAll } from '../../src/library/library.js';
import { parseSeedFiles } from '../../src/load/loadSeeds.js';
import { stepwiseCorpus } from '../fixtures/stepwise/corpus.js';

const FILES = stepwiseCorpus(6);

/** The nice value of every thread of this process (Linux). */
function threadNices(): number[] {
  return readdirSync('/proc/self/task').flatMap((t) => {
    let stat: string;
    try { stat = readFileSync(`/proc/self/task/${t}/stat`, 'utf8'); } catch { return []; } // a thread that just ended
    return [Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])];
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'byline-reload-priority-'));
  for (const f of FILES) await writeFile(join(dir, f.file), f.text);
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('worker priority', () => {
  it.runIf(process.platform === 'linux')('given a nice value, lowers the workers only, never the thread that asked', async () => {
    const seen: number[][] = [];
    const x = await extractInWorkers(FILES, { workers: 1, batchSize: 1, nice: 10, onProgress: () => seen.push(threadNices()) });
    expect(x.corpus.articles).toHaveLength(6);
    // progress after the first batch: the worker is alive and has lowered itself
    expect(seen.slice(1).some((nices) => nices.includes(10))).toBe(true);
    expect(threadNices()[0]).toBe(0);
  });

  it('extracts the same with lowered workers as with normal ones, and as on this thread', async () => {
    const normal = await extractInWorkers(FILES, { workers: 2, batchSize: 2 });
    const lowered = await extractInWorkers(FILES, { workers: 2, batchSize: 2, nice: 19 });
    expect(lowered.corpus).toEqual(normal.corpus);
    expect(normal.corpus).toEqual(extractAll(parseSeedFiles(FILES).articles));
  });

  it.runIf(process.platform === 'linux')('runs the first load at full priority and a reload below the serving thread', async () => {
    const store = new LibraryStore({ seedsDir: dir, workers: 1 });
    const nices = async () => {
      const seen = new Set<number>();
      let on = true;
      const look = () => { if (!on) return; for (const n of threadNices()) seen.add(n); setImmediate(look); };
      setImmediate(look);
      const report = await store.reload();
      on = false;
      return { seen, report };
    };
    const first = await nices();
    expect(first.report.ok).toBe(true);
    expect(first.seen.has(10)).toBe(false);
    // a reload extracts only what changed: change every file, so the workers have work to be seen doing
    for (const f of FILES) await writeFile(join(dir, f.file), `${f.text}\n\nThe council will meet again next week.\n`);
    const again = await nices();
    expect(again.report.ok).toBe(true);
    expect(again.seen.has(10)).toBe(true);
    expect(again.report.longestTurnMs).toBeGreaterThanOrEqual(0);
    expect(Object.keys(again.report.stages ?? {})).toEqual(expect.arrayContaining(['registry', 'articles', 'index.sentences']));
  });
});
