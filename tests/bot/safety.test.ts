// Abuse and process safety of the running bot (the real discord.js client against the fake Discord):
// per-user cooldown from the configuration, over-long DMs refused with a note and never processed, no
// ping and no live mention anywhere, a failing command or DM handler never takes the bot down,
// unhandled rejections are logged, no token in any log line, and a clean shutdown.
import { join } from 'node:path';
import { SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInThread, LibraryStore } from '../../src/app/libraryStore.js';
import type { BotHandle } from '../../src/bot/runBot.js';
import type { ChatCommand } from '../../src/bot/command.js';
import { loadConfig } from '../../src/config/env.js';
import { COMMANDS } from '../../commands/index.js';
import { FakeDiscord, PERMISSIONS, type RecordedRequest } from '../support/fakeDiscord.js';
import { APP_ID, TOKEN, startBot, type LogCapture } from '../support/botHarness.js';

const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'bot-seeds');
const users = ['610000000000000001', '610000000000000002', '610000000000000003', '610000000000000004', '610000000000000005']
  .map((id, k) => ({ id, username: `user${k}` }));

/** A command whose handler fails, as a bug in any command would. */
const boom: ChatCommand = {
  kind: 'chat',
  data: new SlashCommandBuilder().setName('boom').setDescription('fails'),
  async execute() { throw new Error('handler exploded'); },
};

let fake: FakeDiscord;
let bot: BotHandle;
let logs: LogCapture;
const tokens: string[] = [];
let listenersBefore: Record<string, number>;

const watched = ['SIGINT', 'SIGTERM', 'unhandledRejection'] as const;
const count = () => Object.fromEntries(watched.map((e) => [e, process.listenerCount(e)]));

function command(name: string, user: { id: string; username: string }, options: unknown[] = []) {
  const it = fake.interaction({ type: 2, user, member: { permissions: PERMISSIONS.member }, data: { id: '1', name, type: 1, options } });
  tokens.push(it.token);
  return it;
}

async function answerTo(it: { id: string; token: string }): Promise<{ body: any; ephemeral: boolean }> {
  const cb = await fake.waitFor((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${it.id}/`));
  if (cb.body.type === 5) {
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path.endsWith(`/${it.token}/messages/@original`));
    return { body: edit.body, ephemeral: ((cb.body.data?.flags ?? 0) & 64) === 64 };
  }
  return { body: cb.body.data, ephemeral: ((cb.body.data?.flags ?? 0) & 64) === 64 };
}

const text = (b: any) => [b.content ?? '', ...(b.embeds ?? []).flatMap((e: any) => [e.title, e.description, ...(e.fields ?? []).flatMap((f: any) => [f.name, f.value]), e.footer?.text])].filter(Boolean).join('\n');

async function dm(user: { id: string; username: string }, content: string): Promise<{ sent: RecordedRequest; typed: boolean }> {
  const from = fake.requests.length;
  const m = fake.directMessage(user, content);
  const sent = await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${m.channel_id}/messages`, from);
  return { sent, typed: fake.requests.slice(from).some((r) => r.path === `/channels/${m.channel_id}/typing`) };
}

beforeAll(async () => {
  listenersBefore = count();
  fake = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID });
  ({ bot, logs } = await startBot(fake, { SEEDS_DIR: SEEDS, COOLDOWN_SECONDS: '30', DM_MAX_CHARS: '200' }, {
    store: new LibraryStore({ seedsDir: SEEDS, build: buildInThread }),
    commands: [...COMMANDS, boom],
    handleSignals: true,
  }));
});

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
});

describe('abuse', () => {
  it('a cooldown is on by default, a few seconds long', () => {
    const d = loadConfig({}).COOLDOWN_SECONDS;
    expect(d).toBeGreaterThan(0);
    expect(d).toBeLessThanOrEqual(10);
  });

  it('a second question within the cooldown gets a friendly private note; other users are not held up', async () => {
    const [a, b] = users;
    const first = await answerTo(command('who-said', a!, [{ name: 'quote', type: 3, value: 'old pier' }]));
    expect(first.ephemeral).toBe(false);
    const again = await answerTo(command('when', a!, [{ name: 'event', type: 3, value: 'ferry' }]));
    expect(again.ephemeral).toBe(true);
    expect(text(again.body)).toMatch(/ask again in (29|30) seconds/);
    const other = await answerTo(command('who-said', b!, [{ name: 'quote', type: 3, value: 'old pier' }]));
    expect(other.ephemeral).toBe(false);
    // a DM counts against the same cooldown
    const viaDm = await dm(a!, 'who said the old pier cannot take another winter?');
    expect(text(viaDm.sent.body)).toMatch(/ask again in/);
  });

  it('an over-long DM is answered with a note, not processed, and its text is not echoed', async () => {
    const hostile = '@everyone <@123456789012345678> **spam** https://evil.example/x '.repeat(10);
    const { sent, typed } = await dm(users[2]!, hostile);
    expect(typed).toBe(false);
    expect(text(sent.body)).toMatch(/characters; I answer questions of up to 200/);
    expect(text(sent.body)).not.toMatch(/spam|evil|@everyone|<@/);
  });

  it('hostile words in a DM come back escaped: no live mention, no bare link, no markdown', async () => {
    const { sent } = await dm(users[3]!, 'who said @everyone <@&123456789012345678> **x** https://evil.example/y');
    const t = text(sent.body);
    expect(t).not.toMatch(/@everyone|<@&/);
    expect(t).toContain('\\*\\*x\\*\\*');
    expect(t).not.toMatch(/(?<!<)https:\/\/evil/);
  });
});

describe('process', () => {
  it('a failing command is logged with a reference, the user told privately, and the bot keeps serving', async () => {
    const failed = await answerTo(command('boom', users[4]!));
    expect(failed.ephemeral).toBe(true);
    const ref = /ref ([0-9a-f]{8})/.exec(text(failed.body))?.[1];
    expect(ref).toBeDefined();
    const line = logs.lines.find((l) => l.includes(ref!));
    expect(line).toMatch(/handler failed/);
    expect(line).toMatch(/handler exploded/);
    const next = await answerTo(command('about', users[4]!));
    expect(text(next.body)).toMatch(/article/i);
  });

  it('an unhandled rejection is logged, not fatal', async () => {
    process.emit('unhandledRejection', new Error('stray promise'), Promise.resolve());
    expect(logs.lines.some((l) => /unhandled rejection/.test(l) && /stray promise/.test(l))).toBe(true);
    const next = await answerTo(command('help', users[4]!));
    expect(text(next.body)).toMatch(/who-said/);
  });

  it('every payload the bot sent parses no mention at all', () => {
    const sends = fake.requests.filter((r) => r.body && typeof r.body === 'object' && (
      (r.path.startsWith('/interactions/') && [4, 7].includes(r.body.type))
      || (r.path.startsWith('/webhooks/') && r.method !== 'GET' && r.method !== 'DELETE')
      || /^\/channels\/\d+\/messages$/.test(r.path)));
    expect(sends.length).toBeGreaterThan(8);
    for (const r of sends) {
      const am = r.path.startsWith('/interactions/') ? r.body.data?.allowed_mentions : r.body.allowed_mentions;
      expect(am?.parse, `${r.method} ${r.path}`).toEqual([]);
    }
  });

  it('no log line holds the bot token or an interaction token', () => {
    expect(logs.lines.length).toBeGreaterThan(10);
    const secrets = [TOKEN, ...TOKEN.split('.').filter((p) => p.length >= 20), ...tokens];
    const leaks = logs.lines.filter((l) => secrets.some((s) => l.includes(s)));
    expect(leaks).toEqual([]);
  });

  it('shuts down cleanly: gateway closed, signal and rejection handlers removed, stop twice is fine', async () => {
    await Promise.all([bot.stop(), bot.stop()]);
    await bot.stopped;
    const deadline = Date.now() + 5000;
    while (fake.connections > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(fake.connections).toBe(0);
    expect(count()).toEqual(listenersBefore);
    expect(logs.lines.some((l) => /shutting down/.test(l))).toBe(true);
  });
});
