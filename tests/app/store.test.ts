// The library store's reload rules, with a build the test controls: the old library serves until the new
// one is whole, reloads asked for meanwhile coalesce, a failed build keeps the old library, and the
// loading progress says how far the build has got.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildInThread, LibraryStore } from '../../src/app/libraryStore.js';
import type { Library } from '../../src/library/library.js';
import type { Rejected } from '../../src/model/contract.js';
import { runQuery } from '../../src/app/runQuery.js';

const article = (title: string, outlet: string, body: string) => `${title}\n\n${outlet}\n    ${outlet}, Tbilisi\nPublished: 2024-03-12\n\n${body}\n`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'byline-scale-store-'));
  await writeFile(join(dir, 'a.txt'), article('Bridge reopens after repairs', 'River Post', 'The old bridge over the river reopened on Monday after two years of repairs.'));
  await writeFile(join(dir, 'b.txt'), article('Farmers protest water tariffs', 'Valley Herald', 'Hundreds of farmers gathered outside the ministry to protest higher water tariffs.'));
});
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

type Files = { file: string; text: string }[];
/** A build that waits until the test lets it finish, counting how often it ran. */
function gatedBuild() {
  const gates: (() => void)[] = [];
  let calls = 0;
  const build = async (files: Files, rejected: Rejected[], builtAt: number): Promise<Library> => {
    calls++;
    await new Promise<void>((resolve) => gates.push(resolve));
    return buildInThread(files, rejected, builtAt);
  };
  return { build, calls: () => calls, open: () => gates.shift()?.(), waiting: () => gates.length };
}
/** Waits (a few event-loop turns at a time) until the build is parked at its gate. */
async function parked(g: ReturnType<typeof gatedBuild>): Promise<void> {
  while (g.waiting() === 0) await new Promise((r) => setTimeout(r, 1));
}

describe('LibraryStore reloads', () => {
  it('keeps the old library serving until the new one is whole, then swaps it in at once', async () => {
    const g = gatedBuild();
    const store = new LibraryStore({ seedsDir: dir, build: g.build });
    const first = store.reload();
    await parked(g);
    expect(store.library).toBeNull();
    g.open();
    await first;
    const old = store.library!;
    expect(old.articles.map((a) => a.id)).toEqual(['a.txt', 'b.txt']);

    await writeFile(join(dir, 'c.txt'), article('Museum opens new wing', 'City Courier', 'The museum opened a new wing for modern art on Friday.'));
    const second = store.reload();
    await parked(g);
    // mid-build: the old library, untouched, still answers
    expect(store.library).toBe(old);
    expect(runQuery(store.library!, { command: 'sources', q: 'farmers protest water tariffs' }).command).toBe('sources');
    g.open();
    const report = await second;
    expect(report).toMatchObject({ ok: true, swapped: true, articles: 3, added: ['c.txt'], removed: [], changed: [] });
    expect(store.library).not.toBe(old);
    expect(store.library!.articles).toHaveLength(3);
  });

  it('coalesces reloads asked for while one runs into one more build', async () => {
    const g = gatedBuild();
    const store = new LibraryStore({ seedsDir: dir, build: g.build });
    const a = store.reload();
    await parked(g);
    const b = store.reload();
    const c = store.reload();
    const d = store.reload();
    expect(c).toBe(b);
    expect(d).toBe(b);
    g.open();
    await a;
    await parked(g);
    g.open();
    await b;
    expect(g.calls()).toBe(2);
  });

  it('keeps the old library when a build fails, and says so', async () => {
    let fail = false;
    const store = new LibraryStore({
      seedsDir: dir,
      build: async (files, rejected, at) => { if (fail) throw new Error('out of memory'); return buildInThread(files, rejected, at); },
    });
    await store.reload();
    const old = store.library;
    fail = true;
    const report = await store.reload();
    expect(report).toMatchObject({ ok: false, swapped: false, articles: 2 });
    expect(report.message).toMatch(/out of memory/);
    expect(report.message).toMatch(/2 articles loaded before keep serving/);
    expect(store.library).toBe(old);
    expect(store.progress).toBeNull();
  });

  it('says how far a build has got while it runs, and nothing once it is done', async () => {
    const g = gatedBuild();
    const store = new LibraryStore({ seedsDir: dir, build: g.build });
    expect(store.progress).toBeNull();
    const run = store.reload();
    await parked(g);
    expect(store.progress).toEqual({ done: 0, total: 2 });
    g.open();
    await run;
    expect(store.progress).toBeNull();
  });
});
