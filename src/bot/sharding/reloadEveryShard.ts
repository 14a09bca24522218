// The reload every shard runs when any one of them (or the manager, on SIGHUP or --watch) asks: each shard
// process holds its own library, so each reloads its own, and the answers come back one per shard.
import type { Client, ShardingManager } from 'discord.js';
import type { LibraryStore } from '../../app/libraryStore.js';
import { mergeShardReports, type ShardOutcome } from './shardReports.js';

/** The part of the store a shard lends to broadcastEval, hung on its client. */
interface BylineShardClient { byline: { reload: LibraryStore['reload'] }; shard: { ids: number[] } | null }

export function lendStore(client: Client, store: Pick<LibraryStore, 'reload'>): void {
  Object.assign(client, { byline: { reload: () => store.reload() } });
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
export async function reloadFromShard(client: Client): Promise<ReturnType<typeof mergeShardReports>> {
  if (!client.shard) throw new Error('not running under a sharding manager');
  const outcomes = (await client.shard.broadcastEval(reloadThisShard)) as ShardOutcome[];
  return mergeShardReports([...outcomes].sort((a, b) => a.shard - b.shard));
}

/** From the manager: the same, for SIGHUP and --watch. */
export async function reloadFromManager(manager: ShardingManager): Promise<ReturnType<typeof mergeShardReports>> {
  const outcomes = (await manager.broadcastEval(reloadThisShard)) as ShardOutcome[];
  return mergeShardReports([...outcomes].sort((a, b) => a.shard - b.shard));
}
