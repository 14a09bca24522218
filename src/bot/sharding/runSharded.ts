// `byline bot --shards auto|N|LIST/N`: discord.js's ShardingManager runs one process per shard (each with
// its own library), respawns a shard that dies, and reloads every shard on SIGHUP or, with --watch, when
// the seeds folder changes (one watcher here, not one per shard). SIGINT/SIGTERM stop every shard.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import type { Logger } from 'pino';
import { installReloadTriggers } from '../../app/reloadTriggers.js';
import type { ReloadReport } from '../../app/libraryStore.js';
import { parseShards, recommendedShards } from './recommendedShards.js';
import { reloadFromManager } from './reloadEveryShard.js';

export interface ShardedOptions {
  token: string;
  apiUrl: string | undefined;
  seedsDir: string;
  shards: string;
  watch: boolean;
  log: Logger;
  /** Pause between two shard launches; Discord asks for about 5 s (tests use less). */
  spawnDelayMs?: number;
  /** Install SIGHUP (and --watch), SIGINT and SIGTERM handlers (the CLI does; tests do not). */
  handleSignals?: boolean;
}

export interface ShardedHandle {
  manager: ShardingManager;
  reloadAll(): Promise<ReloadReport>;
  stop(): Promise<void>;
  stopped: Promise<void>;
}

/** The shard script, compiled, beside this module (dist/), also when this module runs from sources. */
export function shardEntryPath(from: string = import.meta.url): string {
  const here = fileURLToPath(new URL('./shardEntry.js', from));
  if (existsSync(here)) return here;
  const compiled = here.replace(/([\\/])src\1bot\1sharding\1shardEntry\.js$/, '$1dist$1src$1bot$1sharding$1shardEntry.js');
  if (existsSync(compiled)) return compiled;
  throw new Error('the shard script is not compiled: run `npm run build` first');
}

export async function runSharded(opts: ShardedOptions): Promise<ShardedHandle> {
  const { log } = opts;
  const plan = parseShards(opts.shards);
  const total = plan.total === 'auto' ? await recommendedShards(opts.token, opts.apiUrl) : plan.total;
  const manager = new ShardingManager(shardEntryPath(), {
    token: opts.token,
    totalShards: total,
    shardList: plan.list,
    mode: 'process',
    respawn: true,
    shardArgs: ['--seeds', opts.seedsDir],
  });
  manager.on('shardCreate', (shard) => {
    log.info({ shard: shard.id, of: total }, 'shard launched');
    shard.on('death', () => log.warn({ shard: shard.id }, 'shard process died; respawning'));
  });
  const reloadAll = () => reloadFromManager(manager);
  const cleanups: (() => void)[] = [installReloadTriggers({ reload: reloadAll, seedsDir: opts.seedsDir, watch: opts.watch, sighup: opts.handleSignals ?? false, log })];
  let resolveStopped!: () => void;
  const stopped = new Promise<void>((resolve) => { resolveStopped = resolve; });
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      for (const c of cleanups) c();
      manager.respawn = false;
      for (const shard of manager.shards.values()) shard.kill();
      resolveStopped();
    })();
    return stopping;
  };
  if (opts.handleSignals) {
    const onSignal = () => void stop();
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    cleanups.push(() => { process.off('SIGINT', onSignal); process.off('SIGTERM', onSignal); });
  }
  await manager.spawn({ amount: total, delay: opts.spawnDelayMs ?? 5500, timeout: 120_000 });
  return { manager, reloadAll, stop, stopped };
}
