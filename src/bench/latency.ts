// Latency figures: time each call, then p50/p95/p99 (nearest rank) over the samples.
import { performance } from 'node:perf_hooks';

export interface Percentiles { n: number; p50: number; p95: number; p99: number; max: number }

export function percentiles(samples: readonly number[]): Percentiles {
  if (samples.length === 0) return { n: 0, p50: 0, p95: 0, p99: 0, max: 0 };
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: s.length, p50: r(at(0.5)), p95: r(at(0.95)), p99: r(at(0.99)), max: r(s[s.length - 1]!) };
}

/** Runs fn on every input and returns each call's time in ms. */
export function timeEach<T>(inputs: readonly T[], fn: (x: T) => unknown): number[] {
  return inputs.map((x) => {
    const t0 = performance.now();
    fn(x);
    return performance.now() - t0;
  });
}
