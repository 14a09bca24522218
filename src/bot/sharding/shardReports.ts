// Every shard's reload report folded into one, so the moderator who ran /reload on one shard sees each
// shard's outcome: one line per shard, ok only when every shard loaded.
import type { ReloadReport } from '../../app/libraryStore.js';

/** What broadcastEval brings back from one shard: its report, or why it could not reload. */
export type ShardOutcome = { shard: number; report: ReloadReport } | { shard: number; error: string };

export function mergeShardReports(outcomes: readonly ShardOutcome[]): ReloadReport {
  const reports = outcomes.flatMap((o) => ('report' in o ? [o.report] : []));
  const first = reports[0];
  const lines = outcomes.map((o) => `Shard ${o.shard}: ${'report' in o ? o.report.message : `reload failed (${o.error})`}`);
  return {
    ok: outcomes.length > 0 && reports.length === outcomes.length && reports.every((r) => r.ok),
    swapped: reports.length === outcomes.length && reports.every((r) => r.swapped),
    articles: first?.articles ?? 0,
    added: first?.added ?? [],
    removed: first?.removed ?? [],
    changed: first?.changed ?? [],
    rejected: first?.rejected ?? [],
    skipped: first?.skipped ?? [],
    message: lines.join('\n'),
    ms: Math.max(0, ...reports.map((r) => r.ms)),
  };
}
