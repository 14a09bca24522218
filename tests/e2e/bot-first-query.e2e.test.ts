// The first question on a large library is acknowledged in time: the real bot against a fake Discord that,
// like Discord, refuses a first callback after 3 seconds, with a stand-in answer slower than that.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildInThread, LibraryStore } from '../../src/app/libraryStore.js';
import { runQuery } from '../../src/app/runQuery.js';
import { LatencyGauge } from '../../src/bot/latency.js';
import type { BotContext } from '../../src/bot/context.js';
import type { BotHandle } from '../../src/bot/runBot.js';
import { FakeDiscord, PERMISSIONS, type RecordedRequest } from '../support/fakeDiscord.js';
import { APP_ID, TOKEN, startBot } from '../support/botHarness.js';

const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'bot-seeds');
const DISCORD_DEADLINE_MS = 3000;
const alice = { id: '444444444444444444', username: 'alice' };

let fake: FakeDiscord | undefined;
let bot: BotHandle | undefined;

/** Answers like runQuery, after holding the thread past Discord's deadline, as a cold query on a huge library may. */
const slowQuery: BotContext['query'] = (lib, req) => {
  const until = Date.now() + DISCORD_DEADLINE_MS + 500;
  while (Date.now() < until) { /* the thread is held, as a synchronous query holds it */ }
  return runQuery(lib, req);
};

async function start(query?: BotContext['query']): Promise<{ fake: FakeDiscord; bot: BotHandle }> {
  fake = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID, ackDeadlineMs: DISCORD_DEADLINE_MS });
  ({ bot } = await startBot(fake, { SEEDS_DIR: SEEDS }, { store: new LibraryStore({ seedsDir: SEEDS, build: buildInThread }), ...(query ? { query } : {}) }));
  return { fake, bot };
}
const ask = (f: FakeDiscord, name: string, option: string, value: string) =>
  f.interaction({ type: 2, user: alice, member: { permissions: PERMISSIONS.member }, data: { id: '1', name, type: 1, options: [{ name: option, type: 3, value }] } });
const callbackOf = (id: string) => (r: RecordedRequest) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`);
const editOf = (token: string) => (r: RecordedRequest) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`;

afterEach(async () => {
  await bot?.stop();
  await fake?.stop();
  bot = fake = undefined;
});

describe('the first question on a large library', () => {
  it('is deferred before the deadline, then answered, even though the answer takes longer than 3 s', async () => {
    const { fake, bot } = await start(slowQuery);
    // the fixture library stands in for a large one: two articles count as large here
    bot.ctx.latency = new LatencyGauge({ largeArticles: 2 });
    const q = ask(fake, 'who-said', 'quote', 'old pier');
    const cb = await fake.waitFor(callbackOf(q.id));
    expect(cb.body.type).toBe(5);
    expect(cb.status).toBe(204);
    const edit = await fake.waitFor(editOf(q.token), 0, 20_000);
    expect(edit.status).toBe(200);
    expect(edit.body.embeds[0].description).toContain('Maria Okonkwo');
  });

  it('another command with no history of its own defers too; one with fast history answers directly', async () => {
    const { fake, bot } = await start();
    bot.ctx.latency = new LatencyGauge({ largeArticles: 2 });
    const first = ask(fake, 'who-said', 'quote', 'old pier');
    expect((await fake.waitFor(callbackOf(first.id))).body.type).toBe(5);
    await fake.waitFor(editOf(first.token));
    const again = ask(fake, 'who-said', 'quote', 'old pier');
    expect((await fake.waitFor(callbackOf(again.id))).body.type).toBe(4);
    const other = ask(fake, 'when', 'event', 'Okonkwo met Brennan');
    expect((await fake.waitFor(callbackOf(other.id))).body.type).toBe(5);
  });
});

describe('a small library', () => {
  it('answers its first question directly, with no extra round trip', async () => {
    const { fake } = await start();
    const q = ask(fake, 'who-said', 'quote', 'old pier');
    const cb = await fake.waitFor(callbackOf(q.id));
    expect(cb.body.type).toBe(4);
    expect(cb.status).toBe(204);
  });
});
