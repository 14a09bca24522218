// The reload every shard runs when any one of them (or the manager, on SIGHUP or --watch) asks: each shard
// process holds its own library, so each reloads its own, and the answers come back one per shard.
import type { Client, ShardingManager } from 'discord.js';
import type { LibraryStore, ReloadReport } from '../../app/libraryStore.js';
import { mergeShardReports, type ShardOutcome } from './shardReports.js';

/** What a shard hangs on its client for code the manager or another shard evaluates in it. */
interface BylineShardClient {
  byline: { reload: LibraryStore['reload']; reloadEveryShard: () => Promise<ReloadReport> };
  shard: { ids: number[] } | null;
}

/** Hangs this shard's reloads on its client: its own library's, and the one /reload runs (every shard's). */
export function lendStore(client: Client, store: Pick<LibraryStore, 'reload'>): void {
  const byline: BylineShardClient['byline'] = { reload: () => store.reload(), reloadEveryShard: () => reloadFromShard(client) };
  Object.assign(client, { byline });
}

/** Runs inside each shard (discord.js sends the function's source): never throws, names the shard. */
const reloadThisShard = (c: Client): Promise<ShardOutcome> => {
  const client = c as unknown as BylineShardClient;
  const shard = client.shard?.ids[0] ?? 0;
  return client.byline.reload().then(
    (report) => ({ shard, report }),
    (err: unknown) => ({ shard, error: err instanceof Error ? err.message : String(err) }),
  );
};

/** From inside a shard: reload every shard of this machine's manager. */
export async function reloadFromShard(client: Client): Promise<ReloadReport> {
  if (!client.shard) throw new Error('not running under a sharding manager');
  const outcomes = (await client.shard.broadcastEval(reloadThisShard)) as ShardOutcome[];
  return mergeShardReports([...outcomes].sort((a, b) => a.shard - b.shard));
}

/** From the manager: the same, for SIGHUP and --watch. */
export async function reloadFromManager(manager: ShardingManager): Promise<ReloadReport> {
  const outcomes = (await manager.broadcastEval(reloadThisShard)) as ShardOutcome[];
  return mergeShardReports([...outcomes].sort((a, b) => a.shard - b.shard));
}
