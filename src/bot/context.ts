// What every handler gets: the serving library, configuration, logger, cooldown, pages, and the reload hook.
import type { Logger } from 'pino';
import type { Config } from '../config/env.js';
import type { Library } from '../library/library.js';
import type { ReloadReport } from '../model/reloadReport.js';
import type { QueryAnswer, QueryRequest } from '../model/query.js';
import type { Cooldown } from './cooldown.js';
import type { LatencyGauge } from './latency.js';
import type { Pager } from './pager.js';

/** Anything that serves a library: LibraryStore, or a store that builds in a worker behind the same getter. */
export interface LibrarySource {
  readonly library: Library | null;
  /** How far a running build has got, when the store can tell. */
  readonly progress?: { done: number; total: number } | null;
}

export interface BotContext {
  store: LibrarySource;
  config: Config;
  log: Logger;
  cooldown: Cooldown;
  pager: Pager;
  /** Re-reads the seeds folder; the one path every reload takes (a sharded setup hooks it here). */
  reload: () => Promise<ReloadReport>;
  /** The last reload's report, for /about. */
  lastReload: ReloadReport | null;
  /** Recent answer times (per command and library) decide whether to defer before answering. */
  latency: LatencyGauge;
  /** How a question is answered: runQuery (a test passes a slow stand-in). */
  query: (lib: Library, req: QueryRequest) => QueryAnswer;
  now: () => number;
}
