// The gateway bot: load the seeds, log in, register commands when they changed, answer interactions and
// DMs, and shut down cleanly on SIGINT/SIGTERM. Queries are answered "still loading" until the first
// library is ready; reloads keep the old library serving until the new one is built.
import { Events, REST, RESTEvents, type Client } from 'discord.js';
import type { Logger } from 'pino';
import { ConfigError, type Config } from '../config/env.js';
import type { ReloadReport } from '../model/reloadReport.js';
import { createLibraryStore } from '../app/createStore.js';
import { COMMANDS } from '../../commands/index.js';
import type { CommandModule } from './command.js';
import { runQuery } from '../app/runQuery.js';
import { warmUp } from '../app/warmUp.js';
import type { BotContext, LibrarySource } from './context.js';
import { LatencyGauge } from './latency.js';
import { Cooldown } from './cooldown.js';
import { createBotClient } from './createClient.js';
import { handleDirectMessage } from './directMessage.js';
import { Pager } from './pager.js';
import { MAX_GUILD_CHECKS } from './reconcileScopes.js';
import { syncCommands, type SyncResult } from './registerCommands.js';
import { reachDiscord } from './reachDiscord.js';
import { reloadLibrary } from './reload.js';
import { createRouter } from './router.js';

export type BotConfig = Config & { DISCORD_TOKEN: string; DISCORD_CLIENT_ID: string };

export interface RunBotOptions {
  config: BotConfig;
  log: Logger;
  /** The library store; default a LibraryStore over config.SEEDS_DIR. */
  store?: LibrarySource & { reload(): Promise<ReloadReport> };
  commands?: readonly CommandModule[];
  /** Replaces the reload path (a sharded launcher reloads every shard from here). */
  reload?: (ctx: BotContext) => Promise<ReloadReport>;
  /** Install SIGINT/SIGTERM and unhandled-rejection handlers (the CLI does; tests do not). */
  handleSignals?: boolean;
  client?: Client;
  now?: () => number;
  /** Answers questions; default runQuery. */
  query?: BotContext['query'];
}

export interface BotHandle {
  client: Client;
  ctx: BotContext;
  /** The first load of the seeds (queries say "still loading" until it settles). */
  firstLoad: Promise<ReloadReport | null>;
  registration: SyncResult | null;
  stop(): Promise<void>;
  /** Settles once the bot has stopped, by stop() or a signal. */
  stopped: Promise<void>;
}

/** A REST client for registration outside the gateway (`byline deploy-commands`). */
export function createRest(config: Pick<Config, 'DISCORD_API_URL'>, token: string): REST {
  return new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL.replace(/\/+$/, '') } : {}).setToken(token);
}

export async function registerCommands(
  rest: REST, config: BotConfig, guildId: string | undefined, log: Logger, commands: readonly CommandModule[] = COMMANDS,
): Promise<SyncResult> {
  const result = await syncCommands(rest, config.DISCORD_CLIENT_ID, guildId, commands);
  const { other, ...registered } = result;
  log.info({ ...registered, guild: guildId ?? null }, result.changed ? 'commands registered' : 'commands already up to date');
  for (const c of other.cleared) {
    log.info(c, guildId ? 'removed the global commands so this server does not list every command twice'
      : 'removed the guild commands left from guild registration so that server does not list every command twice');
  }
  for (const f of other.failed) log.warn(f, 'could not check or remove Byline commands in the other scope');
  if (other.partial) log.warn({ checked: MAX_GUILD_CHECKS }, 'the bot is in more servers than were checked for leftover guild commands');
  return result;
}

/** The client's errors, warnings, retries and gateway changes, in the log. */
function logClientEvents(client: Client, log: Logger): void {
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  client.on(Events.Warn, (msg) => log.warn(msg));
  client.on(Events.Debug, (msg) => log.trace({ part: 'discord.js' }, msg));
  // discord.js waits out a 429 and retries a 5xx by itself, silently: log them, by route (the path holds tokens)
  client.rest.on(RESTEvents.Response, (req, res) => {
    if (res.status !== 429 && res.status < 500) return;
    const { method, route, retries } = req;
    log.warn({ method, route, status: res.status, retries, retryAfter: res.headers.get('retry-after') },
      res.status === 429 ? 'rate limited by Discord; waiting, then retrying' : 'Discord failed a request; retrying');
  });
  client.on(Events.ShardDisconnect, (_e, shard) => log.warn({ shard }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard) => log.info({ shard }, 'gateway resumed'));
}

/** Logs in and waits until the client is ready; a refused token is a configuration error that says what to do. */
async function logIn(client: Client, token: string): Promise<void> {
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(token);
  } catch (err) {
    await client.destroy().catch(() => undefined);
    if ((err as { code?: string }).code === 'TokenInvalid') {
      throw new ConfigError(
        "DISCORD_TOKEN: Discord refused this token (reset it on the Developer Portal's Bot page and put the new one in .env)");
    }
    throw err;
  }
  await ready;
}

export async function runBot(opts: RunBotOptions): Promise<BotHandle> {
  const { config, log } = opts;
  const now = opts.now ?? Date.now;
  const store = opts.store ?? createLibraryStore(config, config.SEEDS_DIR, log);
  const commands = opts.commands ?? COMMANDS;
  const ctx: BotContext = {
    store, config, log, now,
    cooldown: new Cooldown(config.COOLDOWN_SECONDS, now),
    pager: new Pager(now),
    reload: () => store.reload(),
    lastReload: null,
    latency: new LatencyGauge(),
    query: opts.query ?? runQuery,
  };
  if (opts.reload) {
    const hook = opts.reload;
    ctx.reload = () => hook(ctx);
  }
  // nothing starts (no seeds loading, no "Loaded …" after the error) until Discord is known to answer
  await reachDiscord(createRest(config, config.DISCORD_TOKEN), config.DISCORD_API_URL);
  const firstLoad = reloadLibrary(ctx).then((report) => {
    // while the gateway connects, so the first user's question does not pay for lazy loading
    if (store.library) warmUp(store.library);
    return report;
  }).catch((err: unknown) => {
    log.error({ err }, 'loading the seeds failed');
    return null;
  });

  const client = opts.client ?? createBotClient({ apiUrl: config.DISCORD_API_URL });
  const route = createRouter(ctx, commands);
  client.on(Events.InteractionCreate, (i) => void route(i));
  client.on(Events.MessageCreate, (m) => void handleDirectMessage(ctx, m));
  logClientEvents(client, log);

  await logIn(client, config.DISCORD_TOKEN);
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'connected to Discord');

  let registration: SyncResult | null = null;
  try {
    registration = await registerCommands(client.rest as unknown as REST, config, config.DISCORD_GUILD_ID, log, commands);
  } catch (err) {
    log.error({ err }, "registering commands failed; the bot keeps running with what Discord has (try 'byline deploy-commands')");
  }

  let resolveStopped!: () => void;
  const stopped = new Promise<void>((resolve) => { resolveStopped = resolve; });
  let stopping: Promise<void> | null = null;
  const cleanups: (() => void)[] = [];
  const stop = () => {
    stopping ??= (async () => {
      for (const c of cleanups) c();
      log.info('shutting down');
      await client.destroy();
      resolveStopped();
    })();
    return stopping;
  };

  if (opts.handleSignals) {
    const onSignal = (signal: NodeJS.Signals) => { log.info({ signal }, 'signal received'); void stop(); };
    const onRejection = (reason: unknown) => log.error({ err: reason }, 'unhandled rejection');
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('unhandledRejection', onRejection);
    cleanups.push(() => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.off('unhandledRejection', onRejection);
    });
  }
  return { client, ctx, firstLoad, registration, stop, stopped };
}
