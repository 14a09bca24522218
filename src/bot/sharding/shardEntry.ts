// One shard's process, started by the ShardingManager (discord.js passes the shard ids and count in the
// environment; the client picks them up). It runs the ordinary bot with its own library, lends that
// library's reload to the other shards, and sends /reload to every shard instead of only its own.
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { LibraryStore } from '../../app/libraryStore.js';
import { loadConfig, requireBotConfig } from '../../config/env.js';
import { createLogger } from '../../log/logger.js';
import { createBotClient } from '../createClient.js';
import { runBot } from '../runBot.js';
import { lendStore, reloadFromShard } from './reloadEveryShard.js';

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const { values } = parseArgs({ args: process.argv.slice(2), options: { seeds: { type: 'string' } }, strict: false });
  const base = requireBotConfig(loadConfig(process.env));
  const config = { ...base, SEEDS_DIR: typeof values.seeds === 'string' ? values.seeds : base.SEEDS_DIR };
  const client = createBotClient({ apiUrl: config.DISCORD_API_URL });
  const log = createLogger({ level: config.LOG_LEVEL ?? 'info', secrets: [config.DISCORD_TOKEN] }).child({ shard: client.shard?.ids ?? null });
  const store = new LibraryStore({
    seedsDir: config.SEEDS_DIR,
    limits: { maxFileBytes: config.SEEDS_MAX_FILE_BYTES, maxFiles: config.SEEDS_MAX_FILES, maxTotalBytes: 2 * 1024 ** 3 },
  });
  lendStore(client, store);
  const handle = await runBot({
    config, log, store, client, handleSignals: true,
    // the first load is this shard's own; every later reload is every shard's
    reload: () => (store.library ? reloadFromShard(client) : store.reload()),
  });
  await handle.stopped;
  process.exit(0);
}

main().catch((err: unknown) => {
  process.stderr.write(`byline shard: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
