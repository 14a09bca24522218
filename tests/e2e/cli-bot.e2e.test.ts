// `byline bot` as users run it: the compiled CLI in its own process, against the fake Discord, until SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, PERMISSIONS } from '../support/fakeDiscord.js';
import { APP_ID, TOKEN } from '../support/botHarness.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = join(ROOT, 'tests', 'fixtures', 'bot-seeds');
const GUILD = '222222222222222222';
let fake: FakeDiscord;

beforeAll(async () => {
  // the bot is in GUILD (listed by REST only): moving registration there and back must leave no copies
  fake = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID, otherGuildIds: [GUILD] });
});
afterAll(async () => {
  await fake?.stop();
});

function byline(args: string[], env: Record<string, string>): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'byline.js'), ...args], {
    cwd: ROOT,
    // an explicit environment: no .env values or real tokens leak in from the machine running the tests
    env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, SEEDS_DIR: SEEDS, LOG_LEVEL: 'info', DISCORD_GUILD_ID: '', BYLINE_CACHE_DIR: process.env.BYLINE_CACHE_DIR ?? 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c) => { out += String(c); });
  child.stderr!.on('data', (c) => { out += String(c); });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exit };
}

describe('byline deploy-commands and byline bot', () => {
  it('deploy-commands registers, then finds nothing to change', async () => {
    const first = byline(['deploy-commands'], {});
    expect(await first.exit).toBe(0);
    expect(first.output()).toMatch(/Registered 11 commands globally/);
    const second = byline(['deploy-commands'], {});
    expect(await second.exit).toBe(0);
    expect(second.output()).toMatch(/are up to date/);
    expect(fake.requests.filter((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/commands`)).toHaveLength(1);
  });

  it('deploy-commands --guild registers in that guild only, removing the global copies, and refuses a malformed ID', async () => {
    const guild = GUILD;
    const run = byline(['deploy-commands', '--guild', guild], {});
    expect(await run.exit).toBe(0);
    expect(run.output()).toMatch(new RegExp(`Registered 11 commands in guild ${guild}`));
    expect(run.output()).toMatch(/Removed the global commands \(11\), so no server lists a command twice/);
    expect(fake.commands.get('global')).toEqual([]);
    const put = fake.requests.find((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/guilds/${guild}/commands`);
    expect(put!.body.every((c: Record<string, unknown>) => !('contexts' in c))).toBe(true);
    const bad = byline(['deploy-commands', '--guild', 'my-server'], {});
    expect(await bad.exit).toBe(2);
    expect(bad.output()).toMatch(/--guild takes a server ID/);
  });

  it('deploy-commands back to global removes the guild copies', async () => {
    const run = byline(['deploy-commands'], {});
    expect(await run.exit).toBe(0);
    expect(run.output()).toMatch(/Registered 11 commands globally/);
    expect(run.output()).toMatch(new RegExp(`Removed the commands left in guild ${GUILD} \\(11\\)`));
    expect(fake.commands.get(`guild:${GUILD}`)).toEqual([]);
  });

  it('bot connects, answers a command, and exits 0 on SIGTERM without logging the token', async () => {
    const from = fake.requests.length;
    const bot = byline(['bot'], {});
    try {
      await fake.waitFor((r) => r.method === 'GET' && r.path === `/applications/${APP_ID}/commands`, from, 20_000);
      let reply;
      for (let attempt = 0; attempt < 40; attempt++) {
        const it1 = fake.interaction({ type: 2, user: { id: '444444444444444444', username: 'alice' }, member: { permissions: PERMISSIONS.member }, data: { id: '1', name: 'about', type: 1 } });
        const cb = await fake.waitFor((r) => r.path.startsWith(`/interactions/${it1.id}/`), from, 5000);
        if (!/still loading/i.test(JSON.stringify(cb.body))) { reply = cb; break; }
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(reply!.body.data.embeds[0].title).toBe('What Byline has loaded');
      expect(fake.requests.slice(from).some((r) => r.method === 'PUT')).toBe(false);
    } finally {
      bot.child.kill('SIGTERM');
    }
    expect(await bot.exit).toBe(0);
    expect(bot.output()).toMatch(/shutting down/);
    expect(bot.output()).not.toContain(TOKEN);
  });

  it('bot exits 1 with a plain message when Discord refuses the token', async () => {
    fake.refuseTokens();
    try {
      const bot = byline(['bot'], {});
      expect(await bot.exit).toBe(1);
      expect(bot.output()).toMatch(/DISCORD_TOKEN: Discord refused this token/);
      expect(bot.output()).not.toContain(TOKEN);
    } finally {
      fake.refuseTokens(false);
    }
  });
});
