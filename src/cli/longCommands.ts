// Commands that run for long: the console, the bot, command registration and the benchmark.
import { ConfigError, requireBotConfig, type Config } from '../config/env.js';
import { createLogger } from '../log/logger.js';
import { BENCH_DEFAULT_ARTICLES, UsageError, type CliArgs } from './args.js';

export async function runLongCommand(args: CliArgs, config: Config, seedsDir: string): Promise<number> {
  const command = args.command === 'start' ? (config.DISCORD_TOKEN ? 'bot' : 'console') : args.command;
  switch (command) {
    case 'console': {
      const { runConsole } = await import('../console/runConsole.js');
      const { historyPath } = await import('../console/history.js');
      const { homedir } = await import('node:os');
      const historyFile = historyPath(process.env, homedir());
      return runConsole({ seedsDir, config, input: process.stdin, output: process.stdout, historyFile });
    }
    case 'bench': {
      const { runBench } = await import('../bench/runBench.js');
      return runBench({
        articles: args.articles ?? BENCH_DEFAULT_ARTICLES, queries: args.queries ?? 200, seedsDir: args.seeds, json: args.json,
        out: (s) => new Promise<void>((resolve) => process.stdout.write(s + '\n', () => resolve())),
        note: (s) => process.stderr.write(s + '\n'),
      });
    }
    case 'bot': {
      const bot = requireBotConfig(config);
      const log = createLogger({ level: config.LOG_LEVEL ?? 'info', secrets: [bot.DISCORD_TOKEN] });
      if (args.shards) {
        const { parseShards } = await import('../bot/sharding/recommendedShards.js');
        try { parseShards(args.shards); } catch (err) { throw new UsageError((err as Error).message); }
        const { runSharded } = await import('../bot/sharding/runSharded.js');
        const sharded = await runSharded({
          token: bot.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL, seedsDir,
          shards: args.shards, watch: args.watch, log, handleSignals: true,
        });
        await sharded.stopped;
        return 0;
      }
      const { runBot } = await import('../bot/runBot.js');
      const { reloadLibrary } = await import('../bot/reload.js');
      const { installReloadTriggers } = await import('../app/reloadTriggers.js');
      const handle = await runBot({ config: { ...bot, SEEDS_DIR: seedsDir }, log, handleSignals: true });
      // SIGHUP and --watch take the bot's one reload path, so /about reports them like a /reload
      const removeTriggers = installReloadTriggers({ reload: () => reloadLibrary(handle.ctx), seedsDir, watch: args.watch, log });
      await handle.stopped;
      removeTriggers();
      return 0;
    }
    case 'deploy-commands': {
      const bot = requireBotConfig(config);
      const log = createLogger({ level: config.LOG_LEVEL ?? 'warn', secrets: [bot.DISCORD_TOKEN] });
      const { createRest, registerCommands } = await import('../bot/runBot.js');
      const guild = args.guild ?? config.DISCORD_GUILD_ID;
      if (guild !== undefined && !/^\d{15,22}$/.test(guild)) throw new UsageError(`--guild takes a server ID (15 to 22 digits), not '${guild.slice(0, 30)}'`);
      const { reachDiscord } = await import('../bot/reachDiscord.js');
      await reachDiscord(createRest(config, bot.DISCORD_TOKEN), config.DISCORD_API_URL);
      const result = await registerCommands(createRest(config, bot.DISCORD_TOKEN), bot, guild, log).catch((err: unknown) => {
        if ((err as { status?: number }).status === 401)
          throw new ConfigError("DISCORD_TOKEN: Discord refused this token (reset it on the Developer Portal's Bot page)");
        throw err;
      });
      const where = guild ? `in guild ${guild}` : 'globally (may take up to an hour to show everywhere)';
      process.stdout.write(
        result.changed
          ? `Registered ${result.count} commands ${where}.\n`
          : `The ${result.count} commands registered ${where} are up to date.\n`,
      );
      for (const c of result.other.cleared) {
        const from = c.scope === 'global' ? 'the global commands' : `the commands left in guild ${c.scope.replace(/^guild:/, '')}`;
        process.stdout.write(`Removed ${from} (${c.count}), so no server lists a command twice.\n`);
      }
      for (const f of result.other.failed) process.stdout.write(`Could not clean up ${f.scope}: ${f.reason}\n`);
      if (result.other.partial) process.stdout.write('The bot is in more servers than were checked for leftover guild commands.\n');
      return 0;
    }
    default:
      process.stderr.write(`byline: '${command}' is not available yet\n`);
      return 1;
  }
}
