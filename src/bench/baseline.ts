// The baseline the indexes are measured against: one Fuse.js index over every body sentence of every
// article, `ignoreLocation`, every query a full scan. What a plain Fuse.js bot would do.
import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import type { Library } from '../library/library.js';
import { percentiles, timeEach, type Percentiles } from './latency.js';

export interface BaselineFigures { sentences: number; buildMs: number; latency: Percentiles }

/** Full scans cost seconds each at 10,000 articles: queries run until `budgetMs` is spent (at least `min`). */
export function measureBaseline(lib: Library, queries: readonly string[], budgetMs = 60_000, min = 3): BaselineFigures {
  const t0 = performance.now();
  const records = lib.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.sentences.map((s) => ({ text: s.text }))));
  const fuse = new Fuse(records, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
  const buildMs = Math.round(performance.now() - t0);
  const samples: number[] = [];
  const start = performance.now();
  for (const q of queries) {
    if (samples.length >= min && performance.now() - start > budgetMs) break;
    samples.push(...timeEach([q], (x) => fuse.search(x.slice(0, 300), { limit: 10 })));
  }
  return { sentences: records.length, buildMs, latency: percentiles(samples) };
}
