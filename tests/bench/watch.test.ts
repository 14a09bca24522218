// The bench's reload watchers: the event-loop watch says what was going on when the loop was held
// longest, leaves out time the caller says was its own, and the GC watch counts collections.
import { describe, expect, it } from 'vitest';
import { watchEventLoop } from '../../src/bench/eventLoopWatch.js';
import { watchGc } from '../../src/bench/gcWatch.js';
import { readThreadSched } from '../../src/bench/threadSched.js';

const hold = (ms: number) => { const end = Date.now() + ms; while (Date.now() < end) { /* hold the thread */ } };
const turns = (n: number) => new Promise<void>((resolve) => setTimeout(resolve, n));

describe('event-loop watch', () => {
  it('labels the longest block with what was going on when it ended', async () => {
    let phase = 'idle';
    const watch = watchEventLoop(5, () => 0, () => phase);
    await turns(20);
    phase = 'assembling';
    hold(400); // longer than a loaded machine's stalls in the other phases
    await turns(20);
    phase = 'after';
    await turns(20);
    const r = watch.stop();
    expect(r.longestDuring).toBe('assembling');
    expect(r.longestBlockMs).toBeGreaterThan(0);
    expect(r.ticks).toBeGreaterThan(0);
  });

  it('leaves out time the caller counts as its own', async () => {
    let own = 0;
    const watch = watchEventLoop(5, () => own);
    await turns(10);
    const t0 = Date.now();
    // A hold far longer than any stall a loaded machine puts between two ticks, so only subtracting it passes.
    hold(400);
    own += Date.now() - t0;
    await turns(10);
    const r = watch.stop();
    expect(r.longestBlockMs).toBeLessThan(400);
  });
});

describe('thread scheduling', () => {
  it.runIf(process.platform === 'linux')('counts time this thread ran, and a block of our own shows as run time, not waiting', async () => {
    const before = readThreadSched();
    expect(before).not.toBeNull();
    hold(60);
    expect(readThreadSched()!.runMs).toBeGreaterThan(before!.runMs);
    const watch = watchEventLoop(5, () => 0, () => '', readThreadSched);
    await turns(10);
    hold(120);
    await turns(10);
    const r = watch.stop();
    expect(r.longestSched).not.toBeNull();
    expect(r.longestSched!.runMs).toBeGreaterThan(0);
  });

  it('has nothing to say where the statistics are missing', () => {
    const watch = watchEventLoop(5, () => 0, () => '', () => null);
    expect(watch.stop().longestSched).toBeNull();
  });
});

describe('GC watch', () => {
  it('counts the collections that ran while it watched, with the kind of the longest', async () => {
    const watch = watchGc();
    let keep: number[][] = [];
    for (let i = 0; i < 200_000; i++) { keep.push([i, i + 1]); if (keep.length > 1000) keep = []; }
    await turns(50); // entries are delivered on a later turn
    const f = watch.stop();
    expect(f.count).toBeGreaterThan(0);
    expect(f.longestMs).toBeGreaterThanOrEqual(0);
    expect(['minor', 'major', 'incremental', 'weak callbacks']).toContain(f.longestKind);
    expect(keep.length).toBeLessThanOrEqual(1001);
  });
});

describe('bench folder limits', () => {
  it('leave room for every generated article past the default cap, and keep the defaults for a given folder', async () => {
    const { benchLimits } = await import('../../src/bench/runBench.js');
    const { DEFAULT_LIMITS } = await import('../../src/load/readSeedFolder.js');
    expect(benchLimits({ articles: 100_000 }).maxFiles).toBeGreaterThan(100_000);
    expect(benchLimits({ articles: 10 }).maxFiles).toBe(DEFAULT_LIMITS.maxFiles);
    expect(benchLimits({ articles: 100_000, seedsDir: '/some/folder' })).toBe(DEFAULT_LIMITS);
  });
});
