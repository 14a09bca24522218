// The one path every reload takes, at start-up and from /reload: run the context's reload hook, remember
// the report for /about, and log what changed.
import type { ReloadReport } from '../model/reloadReport.js';
import type { BotContext } from './context.js';

export async function reloadLibrary(ctx: BotContext): Promise<ReloadReport> {
  const report = await ctx.reload();
  ctx.lastReload = report;
  const log = report.ok ? ctx.log.info.bind(ctx.log) : ctx.log.warn.bind(ctx.log);
  const { articles, added, removed, changed, rejected, ms } = report;
  log({ articles, added: added.length, removed: removed.length, changed: changed.length, rejected: rejected.length, ms }, report.message);
  for (const r of report.rejected) ctx.log.warn({ file: r.file }, r.error);
  return report;
}
