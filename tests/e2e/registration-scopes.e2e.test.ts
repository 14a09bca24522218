// Moving between global and guild registration leaves no duplicates: the real bot (discord.js through
// runBot) against the fake Discord, started once per configuration as an operator would restart it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { COMMANDS } from '../../commands/index.js';
import { buildInThread, LibraryStore } from '../../src/app/libraryStore.js';
import { MAX_GUILD_CHECKS } from '../../src/bot/reconcileScopes.js';
import { createRest, registerCommands } from '../../src/bot/runBot.js';
import { createLogger } from '../../src/log/logger.js';
import { FakeDiscord, type RecordedRequest } from '../support/fakeDiscord.js';
import { APP_ID, LogCapture, TOKEN, botConfig, startBot } from '../support/botHarness.js';

const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'bot-seeds');
const GUILD = '222222222222222222';
const GLOBAL_ROUTE = `/applications/${APP_ID}/commands`;
const GUILD_ROUTE = `/applications/${APP_ID}/guilds/${GUILD}/commands`;

let fake: FakeDiscord;

/** Starts the bot with this environment, waits for its registration, stops it; returns its requests and logs. */
async function restart(env: Record<string, string>): Promise<{ requests: RecordedRequest[]; logs: string }> {
  const from = fake.requests.length;
  const { bot, logs } = await startBot(fake, { SEEDS_DIR: SEEDS, ...env }, { store: new LibraryStore({ seedsDir: SEEDS, build: buildInThread }) });
  await bot.stop();
  return { requests: fake.requests.slice(from), logs: logs.text };
}
const puts = (rs: RecordedRequest[]) => rs.filter((r) => r.method === 'PUT').map((r) => `${r.path} ${r.body.length}`);
const names = (scope: string) => (fake.commands.get(scope) ?? []).map((c) => c.name).sort();
const ALL = COMMANDS.map((c) => c.data.name).sort();

beforeEach(async () => {
  fake = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID, guildId: GUILD });
});
afterEach(async () => {
  await fake?.stop();
});

describe('from global to guild registration (DISCORD_GUILD_ID set later)', () => {
  it('empties the global commands once, so the server lists each command once', async () => {
    await restart({});
    expect(names('global')).toEqual(ALL);

    const moved = await restart({ DISCORD_GUILD_ID: GUILD });
    expect(names(`guild:${GUILD}`)).toEqual(ALL);
    expect(names('global')).toEqual([]);
    expect(puts(moved.requests)).toEqual([`${GUILD_ROUTE} ${ALL.length}`, `${GLOBAL_ROUTE} 0`]);
    expect(moved.logs).toMatch(/removed the global commands/);

    // once: the next start finds both scopes as they should be and writes nothing
    const again = await restart({ DISCORD_GUILD_ID: GUILD });
    expect(puts(again.requests)).toEqual([]);
    expect(again.logs).not.toMatch(/removed the/);
  });

  it('a first guild registration with nothing global writes only the guild', async () => {
    const first = await restart({ DISCORD_GUILD_ID: GUILD });
    expect(puts(first.requests)).toEqual([`${GUILD_ROUTE} ${ALL.length}`]);
    expect(first.requests.some((r) => r.method === 'GET' && r.path === GLOBAL_ROUTE)).toBe(true);
  });
});

describe('from guild back to global registration (DISCORD_GUILD_ID removed)', () => {
  it('empties the guild copies in the servers the bot is in, once', async () => {
    await restart({ DISCORD_GUILD_ID: GUILD });
    const moved = await restart({});
    expect(names('global')).toEqual(ALL);
    expect(names(`guild:${GUILD}`)).toEqual([]);
    expect(puts(moved.requests)).toEqual([`${GLOBAL_ROUTE} ${ALL.length}`, `${GUILD_ROUTE} 0`]);
    expect(moved.logs).toMatch(/removed the guild commands left from guild registration/);

    const again = await restart({});
    expect(puts(again.requests)).toEqual([]);
  });

  it('a server that refuses the check is logged and registration still succeeds', async () => {
    await restart({ DISCORD_GUILD_ID: GUILD });
    fake.failNext((r) => r.method === 'GET' && r.path === GUILD_ROUTE, 403, { message: 'Missing Access', code: 50001 });
    const moved = await restart({});
    expect(names('global')).toEqual(ALL);
    expect(moved.logs).toMatch(/could not check or remove Byline commands in the other scope/);
    expect(moved.logs).toMatch(/Missing Access/);
  });
});

describe('deploy-commands path (REST only, no gateway)', () => {
  const quiet = () => {
    const logs = new LogCapture();
    return { logs, log: createLogger({ level: 'info', secrets: [TOKEN], destination: logs, pretty: false }) };
  };

  it('searches at most a bounded number of servers and says when there are more', async () => {
    await fake.stop();
    const others = Array.from({ length: MAX_GUILD_CHECKS + 5 }, (_, k) => String(300000000000000000n + BigInt(k)));
    fake = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID, otherGuildIds: others });
    fake.commands.set(`guild:${others[0]}`, [{ id: '1', name: 'about', type: 1, description: 'old' }]);
    const { logs, log } = quiet();
    const result = await registerCommands(createRest(botConfig(fake), TOKEN), botConfig(fake), undefined, log);
    expect(result.other.cleared).toEqual([{ scope: `guild:${others[0]}`, count: 1 }]);
    expect(result.other.partial).toBe(true);
    const checked = fake.requests.filter((r) => r.method === 'GET' && /\/guilds\/\d+\/commands$/.test(r.path));
    expect(checked).toHaveLength(MAX_GUILD_CHECKS);
    expect(logs.text).toMatch(/more servers than were checked/);
  });

  it('leaves commands of other scopes alone when they are already empty (no write at all)', async () => {
    const { log } = quiet();
    const first = await registerCommands(createRest(botConfig(fake), TOKEN), botConfig(fake), GUILD, log);
    expect(first.other).toEqual({ cleared: [], failed: [], partial: false });
    expect(puts(fake.requests)).toEqual([`${GUILD_ROUTE} ${ALL.length}`]);
  });
});
