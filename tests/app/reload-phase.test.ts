// The store says what a reload is doing (reading, extracting, assembling, swapping), and is idle again
// once the reload is over, whether it swapped or failed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildInThread, LibraryStore } from '../../src/app/libraryStore.js';
import type { Library } from '../../src/library/library.js';
import type { Rejected } from '../../src/model/contract.js';
import { stepwiseCorpus } from '../fixtures/stepwise/corpus.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'byline-reload-phase-'));
  for (const f of stepwiseCorpus(3)) await writeFile(join(dir, f.file), f.text);
});
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('reload phase', () => {
  it('is idle before and after a reload, reading first, then building', async () => {
    const seen: string[] = [];
    let open: (() => void) | null = null;
    const build = async (files: { file: string; text: string }[], rejected: Rejected[], at: number): Promise<Library> => {
      seen.push(store.phase);
      await new Promise<void>((resolve) => { open = resolve; });
      return buildInThread(files, rejected, at);
    };
    const store = new LibraryStore({ seedsDir: dir, build });
    expect(store.phase).toBe('idle');
    const run = store.reload();
    expect(store.phase).toBe('reading');
    while (!open) await new Promise((r) => setTimeout(r, 1));
    expect(store.phase).toBe('extracting');
    open!();
    expect((await run).swapped).toBe(true);
    expect(seen).toEqual(['extracting']);
    expect(store.phase).toBe('idle');
  });

  it('is idle again after a build that failed', async () => {
    const store = new LibraryStore({ seedsDir: dir, build: async () => { throw new Error('disk on fire'); } });
    const report = await store.reload();
    expect(report.ok).toBe(false);
    expect(store.phase).toBe('idle');
  });
});
