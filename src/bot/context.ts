// What every handler gets: the serving library, configuration, logger, cooldown, pages, and the reload hook.
import type { Logger } from 'pino';
import type { Config } from '../config/env.js';
import type { Library } from '../index/library.js';
import type { ReloadReport } from '../app/libraryStore.js';
import type { Cooldown } from './cooldown.js';
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
  /** Recent query durations decide whether to defer before answering. */
  latency: LatencyGauge;
  now: () => number;
}

/** Remembers how long recent answers took; a slow one makes the next few defer first. */
export class LatencyGauge {
  private recent: number[] = [];
  constructor(private readonly slowMs = 800, private readonly keep = 20) {}

  record(ms: number): void {
    this.recent.push(ms);
    if (this.recent.length > this.keep) this.recent.shift();
  }

  get slow(): boolean {
    return this.recent.some((ms) => ms >= this.slowMs);
  }
}
