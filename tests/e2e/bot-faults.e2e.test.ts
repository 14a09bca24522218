// Discord misbehaving: a dropped gateway, a 429 and a 500 on an interaction callback, an interaction that
// was already acknowledged. The bot logs, retries where Discord allows, and keeps serving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInThread, LibraryStore } from '../../src/app/libraryStore.js';
import type { BotHandle } from '../../src/bot/runBot.js';
import { FakeDiscord, PERMISSIONS, type RecordedRequest } from '../support/fakeDiscord.js';
import { APP_ID, TOKEN, startBot, type LogCapture } from '../support/botHarness.js';
import { join } from 'node:path';
import { SlashCommandBuilder } from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import type { ChatCommand } from '../../src/bot/command.js';

const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'bot-seeds');
const alice = { id: '444444444444444444', username: 'alice' };
let fake: FakeDiscord;
let bot: BotHandle;
let logs: LogCapture;

const about = () => fake.interaction({ type: 2, user: alice, member: { permissions: PERMISSIONS.member }, data: { id: '1', name: 'about', type: 1 } });
const isCallback = (id: string) => (r: RecordedRequest) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`);

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID, heartbeatMs: 1000 });
  ({ bot, logs } = await startBot(fake, { SEEDS_DIR: SEEDS }, { store: new LibraryStore({ seedsDir: SEEDS, build: buildInThread }) }));
});
afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
});

describe('before the seeds are loaded', () => {
  it('answers "still loading" with the progress, privately, and autocomplete with nothing', async () => {
    const loading = { library: null, progress: { done: 3, total: 10 }, reload: () => new Promise<never>(() => undefined) };
    const own = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID });
    const second = await startBot(own, { SEEDS_DIR: SEEDS }, { store: loading }, false);
    const fake = own;
    try {
      const it1 = fake.interaction({ type: 2, user: alice, data: { id: '1', name: 'who-said', type: 1, options: [{ name: 'quote', type: 3, value: 'old pier' }] } });
      const cb = await fake.waitFor(isCallback(it1.id));
      expect(cb.body.data.flags & 64).toBe(64);
      expect(cb.body.data.embeds[0].description).toMatch(/still loading the articles \(3 of 10\)/);
      const ac = fake.interaction({ type: 4, user: alice, data: { id: '1', name: 'quotes', type: 1, options: [{ name: 'speaker', type: 3, value: 'ok', focused: true }] } });
      expect((await fake.waitFor(isCallback(ac.id))).body).toEqual({ type: 8, data: { choices: [] } });
    } finally {
      await second.bot.stop();
      await own.stop();
    }
  });
});

describe('a failing handler', () => {
  it('becomes a private "something went wrong (ref …)" reply and a logged error with the same ref', async () => {
    const boom = {
      kind: 'chat',
      data: new SlashCommandBuilder().setName('boom').setDescription('fails on purpose'),
      async execute() { throw new Error('kaput'); },
    } satisfies ChatCommand;
    const own = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID });
    const second = await startBot(own, { SEEDS_DIR: SEEDS }, { store: new LibraryStore({ seedsDir: SEEDS, build: buildInThread }), commands: [...COMMANDS, boom] });
    try {
      const it1 = own.interaction({ type: 2, user: alice, data: { id: '1', name: 'boom', type: 1 } });
      const cb = await own.waitFor(isCallback(it1.id));
      expect(cb.body.data.flags & 64).toBe(64);
      const ref = /Something went wrong \(ref ([0-9a-f]{8})\)/.exec(cb.body.data.embeds[0].description)?.[1];
      expect(ref).toBeDefined();
      const line = second.logs.lines.map((l) => JSON.parse(l)).find((l) => l.ref === ref);
      expect(line).toMatchObject({ level: 50, what: 'boom', msg: 'handler failed' });
      expect(line.err.message).toBe('kaput');
      const after = own.interaction({ type: 2, user: alice, data: { id: '1', name: 'help', type: 1 } });
      expect((await own.waitFor(isCallback(after.id))).body.type).toBe(4);
    } finally {
      await second.bot.stop();
      await own.stop();
    }
  });
});

describe('faults', () => {
  it('resumes after the gateway connection drops, and still answers', async () => {
    fake.dropGateway(4000);
    const deadline = Date.now() + 15_000;
    while (fake.resumes.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(fake.resumes).toHaveLength(1);
    expect(fake.resumes[0].token).toBe(TOKEN);
    const it1 = about();
    const cb = await fake.waitFor(isCallback(it1.id));
    expect(cb.body.type).toBe(4);
  });

  it('retries an interaction callback after a 429 with retry_after, and after a 500', async () => {
    const first = about();
    fake.failNext(isCallback(first.id), 429, { message: 'You are being rate limited.', retry_after: 0.2, global: false });
    const from = fake.requests.length;
    const answered = await fake.waitFor((r) => isCallback(first.id)(r) && fake.requests.filter(isCallback(first.id)).length === 2, from);
    expect(answered.body.type).toBe(4);

    const second = about();
    fake.failNext(isCallback(second.id), 500, { message: 'Internal Server Error', code: 0 });
    await fake.waitFor((r) => isCallback(second.id)(r) && fake.requests.filter(isCallback(second.id)).length === 2);
  });

  it('logs an interaction that was already acknowledged, and keeps serving', async () => {
    const it1 = about();
    fake.failNext(isCallback(it1.id), 400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    await fake.waitFor(isCallback(it1.id));
    const deadline = Date.now() + 5000;
    while (!/already acknowledged/.test(logs.text) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(logs.text).toMatch(/expired or already acknowledged/);
    const next = about();
    expect((await fake.waitFor(isCallback(next.id))).body.type).toBe(4);
  });
});
