// The bench's figures as a plain-text table, targets beside them, misses listed last.
import type { BenchResult } from './runBench.js';

const pad = (s: string | number, n: number) => String(s).padStart(n);

export function renderBench(r: BenchResult): string {
  const c = r.corpus;
  const large = c.articles > 20_000;
  const loadTarget = large ? r.targets.largeLoadMs : r.targets.loadMs;
  const rssTarget = large ? r.targets.largePeakRssMb : r.targets.peakRssMb;
  const lines = [
    `corpus   ${c.source}: ${c.articles} articles (${c.rejected} rejected), ${c.sentences} sentences, ${c.people} people, ${c.quotes} ` +
      `quotes, ${c.events} events`,
    `load     ${r.load.ms} ms (target ≤ ${loadTarget})` +
      (r.load.phases
        ? `: read ${r.load.phases.read}, parse+extract ${r.load.phases.extract} (workers), assemble+index ${r.load.phases.assemble} ` +
          `(main thread)`
        : ''),
    `memory   peak RSS ${r.memory.maxRssMb} MB (target ≤ ${rssTarget}; loading, answering and reloading, the baseline not counted), ` +
      `peak main heap ${r.memory.heapUsedMb} MB` +
      `; peak RSS so far after ${Object.entries(r.memory.afterPhase)
        .map(([k, m]) => `${k} ${m.maxRssMb}`)
        .join(', ')}`,
    `restart  ${r.restart ? `${r.restart.ms} ms from the ${r.restart.snapshot ? 'snapshot' : 'cache'} (target ≤ ${r.targets.restartMs}), ` +
      `${r.restart.extracted} of ${r.restart.articles} articles extracted again, its peak RSS ${r.restart.maxRssMb} MB` : 'FAILED'}` +
      `; writing the cache after the first load took ${r.cache.writeMs} ms`,
    `reload1  ${
      r.reloadOneFile
        ? `one article added, found ${r.reloadOneFile.ms} ms later (target ≤ ${r.targets.reloadOneFileMs}), ` +
          `${r.reloadOneFile.extracted} file extracted${r.reloadOneFile.answered ? '' : ', NOT FOUND'}` +
          (r.reloadOneFile.phases
            ? ` (read ${r.reloadOneFile.phases.read}, extract ${r.reloadOneFile.phases.extract}, assemble ` +
              `${r.reloadOneFile.phases.assemble})`
            : '')
        : 'not measured on a folder the bench did not write'
    }`,
    '',
    `${'command'.padEnd(14)}${pad('n', 6)}${pad('p50 ms', 10)}${pad('p95 ms', 10)}${pad('p99 ms', 10)}${pad('max ms', 10)}` +
      `${pad('vs base', 10)}`,
    ...r.commands.map(
      (x) =>
        `${x.command.padEnd(14)}${pad(x.n, 6)}${pad(x.p50, 10)}${pad(x.p95, 10)}${pad(x.p99, 10)}${pad(x.max, 10)}` +
          `${pad(x.speedup === null ? '' : `${x.speedup}x`, 10)}`,
    ),
    `${'baseline'.padEnd(14)}${pad(r.baseline.latency.n, 6)}${pad(r.baseline.latency.p50, 10)}${pad(r.baseline.latency.p95, 10)}` +
      `${pad(r.baseline.latency.p99, 10)}${pad(r.baseline.latency.max, 10)}` +
      `   (one Fuse.js index over ${r.baseline.sentences} sentences, built in ${r.baseline.buildMs} ms)`,
    '',
    `reload   ${r.reload.ms} ms under query load, ${r.reload.queriesAnswered} queries answered meanwhile (p95 ${r.reload.latency.p95} ` +
      `ms), ` +
      `longest event-loop block by the reload ${r.reload.longestBlockMs} ms (target ≤ ${r.targets.reloadBlockMs}; query time left out), ` +
        `slowest query ${r.reload.latency.max} ms${r.reload.swapped ? '' : ', NOT swapped'}`,
    `         the longest block came while ${r.reload.longestBlockDuring || 'reloading'}` +
      (r.reload.longestBlockSched
        ? ` (the main thread ran ${r.reload.longestBlockSched.runMs} ms of it and waited ${r.reload.longestBlockSched.waitMs} ms for a CPU)`
        : '') +
      `; longest assembly turn ${r.reload.longestTurnMs ?? '?'} ms; ` +
      `GC meanwhile: ${r.reload.gc.count} pauses, ${r.reload.gc.totalMs} ms in all, longest ${r.reload.gc.longestMs} ms ` +
        `(${r.reload.gc.longestKind || '?'})`,
    ...(r.reload.stages
      ? [
          `         main-thread assembly stages during the reload (ms): ${Object.entries(r.reload.stages)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}`,
        ]
      : []),
    '',
    'profile (ms)',
    ...Object.entries(r.profile).map(([k, v]) => `  ${k.padEnd(40)}${pad(v, 8)}`),
    '',
    r.misses.length ? `MISSED: ${r.misses.join('; ')}` : 'every target met',
  ];
  return lines.join('\n');
}
