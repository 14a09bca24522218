// Every trigger of a reload besides /reload, installed in one call by the bot, the sharding manager and the
// console: SIGHUP always, and with --watch a changed seeds folder. Returns the function that removes them.
import type { ReloadReport } from '../model/reloadReport.js';
import { installReloadSignal } from './reloadSignal.js';
import { watchSeeds } from './watchSeeds.js';

/** The logger calls used (pino's shape). */
export interface TriggerLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface ReloadTriggerOptions {
  /** The one reload path (the bot's goes through its context, so /about sees the report). */
  reload: () => Promise<ReloadReport>;
  seedsDir: string;
  watch: boolean;
  /** Reload on SIGHUP (default true; tests that share one process leave it off). */
  sighup?: boolean;
  log: TriggerLog;
  /** Quiet time before a watched change reloads, in ms. */
  quietMs?: number;
}

export function installReloadTriggers(opts: ReloadTriggerOptions): () => void {
  const { log } = opts;
  const done = (trigger: string) => (r: ReloadReport | Error) => {
    if (r instanceof Error) log.error({ err: r, trigger }, 'reload failed');
    else (r.ok ? log.info.bind(log) : log.warn.bind(log))({ trigger, articles: r.articles, ms: r.ms }, r.message);
  };
  const removers = opts.sighup === false ? [] : [installReloadSignal(opts.reload, done('SIGHUP'))];
  if (opts.watch) {
    const onReport = done('watch');
    const failed = (err: unknown) => onReport(err instanceof Error ? err : new Error(String(err)));
    const w = watchSeeds(opts.seedsDir, () => { opts.reload().then(onReport, failed); }, {
      ...(opts.quietMs !== undefined ? { quietMs: opts.quietMs } : {}),
      onError: (err) => log.error({ err }, 'watching the seeds folder failed'),
    });
    removers.push(() => w.close());
    log.info({ seedsDir: opts.seedsDir }, 'watching the seeds folder for changes');
  }
  return () => { for (const r of removers) r(); };
}
