// When to defer: decided before a query runs, from this command's recent answers on this library, or, with
// no history yet, from the library's size.
import { describe, expect, it } from 'vitest';
import { LatencyGauge } from '../../src/bot/latency.js';
import type { Library } from '../../src/library/library.js';

/** Only the article count matters to the gauge; a library of n placeholder articles. */
const library = (n: number) => ({ articles: new Array(n).fill(null) }) as unknown as Library;

describe('LatencyGauge.shouldDefer', () => {
  it('with no history, a small library answers directly and a large one defers', () => {
    const g = new LatencyGauge({ largeArticles: 1000 });
    expect(g.shouldDefer(library(40), 'who-said')).toBe(false);
    expect(g.shouldDefer(library(1000), 'who-said')).toBe(true);
  });

  it('fast history on a large library answers directly', () => {
    const g = new LatencyGauge({ largeArticles: 1000 });
    const big = library(5000);
    g.record(big, 'quotes', 12);
    expect(g.shouldDefer(big, 'quotes')).toBe(false);
  });

  it('a slow answer makes that command defer, not the others', () => {
    const g = new LatencyGauge({ slowMs: 800 });
    const lib = library(10);
    g.record(lib, 'sources', 1200);
    g.record(lib, 'quotes', 5);
    expect(g.shouldDefer(lib, 'sources')).toBe(true);
    expect(g.shouldDefer(lib, 'quotes')).toBe(false);
  });

  it('a slow answer stops counting once enough fast ones follow it', () => {
    const g = new LatencyGauge({ slowMs: 800, keep: 3 });
    const lib = library(10);
    g.record(lib, 'when', 900);
    for (let k = 0; k < 3; k++) g.record(lib, 'when', 4);
    expect(g.shouldDefer(lib, 'when')).toBe(false);
  });

  it('a rebuilt library starts with no history: a reload into a large library defers its first answers', () => {
    const g = new LatencyGauge({ largeArticles: 1000 });
    const before = library(10);
    const after = library(20000);
    g.record(before, 'ask', 3);
    expect(g.shouldDefer(after, 'ask')).toBe(true);
  });
});
