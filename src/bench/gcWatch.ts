// Garbage-collection pauses on this thread while something runs (a reload): a long block of the event
// loop is often a collection, not code, and the fix for each is different.
import { PerformanceObserver, constants } from 'node:perf_hooks';

export interface GcFigures { count: number; totalMs: number; longestMs: number; longestKind: string }

const KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};

export function watchGc(): { stop(): GcFigures } {
  const f: GcFigures = { count: 0, totalMs: 0, longestMs: 0, longestKind: '' };
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      f.count++;
      f.totalMs += e.duration;
      if (e.duration > f.longestMs) {
        f.longestMs = e.duration;
        const kind = (e as { detail?: { kind?: number } }).detail?.kind;
        f.longestKind = kind === undefined ? '' : KINDS[kind] ?? String(kind);
      }
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop() {
      observer.disconnect();
      return { ...f, totalMs: Math.round(f.totalMs), longestMs: Math.round(f.longestMs * 10) / 10 };
    },
  };
}
