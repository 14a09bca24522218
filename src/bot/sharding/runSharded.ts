// `byline bot --shards auto|N|LIST/N`: every shard this machine runs is a gateway connection of one
// discord.js client in this one process (the client's `shards` and `shardCount` options), so every shard
// answers from the same library and memory does not grow with the shard count. A /reload, SIGHUP or --watch
// reloads that one library, which every shard serves at once. Several machines split the shards between
// them with LIST/N (`0-3/8` here, `4-7/8` there), each with its own library.
import type { Logger } from 'pino';
import { installReloadTriggers } from '../../app/reloadTriggers.js';
import type { ReloadReport } from '../../model/reloadReport.js';
import { loadConfig, requireBotConfig, type Config } from '../../config/env.js';
import { createBotClient } from '../createClient.js';
import { reloadLibrary } from '../reload.js';
import { runBot, type BotHandle, type RunBotOptions } from '../runBot.js';
import { parseShards, recommendedShards } from './recommendedShards.js';

export interface ShardedOptions {
  token: string;
  apiUrl: string | undefined;
  seedsDir: string;
  shards: string;
  watch: boolean;
  log: Logger;
  /** The configuration; read from the environment when not given. */
  config?: Config;
  /** Install SIGHUP (and --watch), SIGINT and SIGTERM handlers (the CLI does; tests do not). */
  handleSignals?: boolean;
  /** The library store; default one from the configuration (a test passes its own). */
  store?: RunBotOptions['store'];
}

export interface ShardedHandle {
  bot: BotHandle;
  /** The shard ids this process runs, and the total across machines. */
  shards: number[];
  totalShards: number;
  reloadAll(): Promise<ReloadReport>;
  stop(): Promise<void>;
  stopped: Promise<void>;
}

export async function runSharded(opts: ShardedOptions): Promise<ShardedHandle> {
  const { log } = opts;
  const plan = parseShards(opts.shards);
  const totalShards = plan.total === 'auto' ? await recommendedShards(opts.token, opts.apiUrl) : plan.total;
  const shards = plan.list === 'auto' ? Array.from({ length: totalShards }, (_, k) => k) : plan.list;
  const base = requireBotConfig(opts.config ?? loadConfig(process.env));
  const config = { ...base, DISCORD_TOKEN: opts.token, DISCORD_API_URL: opts.apiUrl, SEEDS_DIR: opts.seedsDir };
  const client = createBotClient({ apiUrl: opts.apiUrl, extra: { shards, shardCount: totalShards } });
  log.info({ shards, of: totalShards }, 'running these shards in this process, on one library');
  const handleSignals = opts.handleSignals ?? false;
  const bot = await runBot({ config, log, client, handleSignals, ...(opts.store ? { store: opts.store } : {}) });
  const reloadAll = () => reloadLibrary(bot.ctx);
  const triggers = { reload: reloadAll, seedsDir: opts.seedsDir, watch: opts.watch, sighup: handleSignals, log };
  const removeTriggers = installReloadTriggers(triggers);
  const stop = async () => { removeTriggers(); await bot.stop(); };
  void bot.stopped.then(removeTriggers);
  return { bot, shards, totalShards, reloadAll, stop, stopped: bot.stopped };
}
