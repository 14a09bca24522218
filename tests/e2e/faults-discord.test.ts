// Discord misbehaving, end to end: the real bot against the fake Discord behind a fault proxy. Dropped
// gateway connections (resumable and not, and one mid-answer), 429s with retry_after, 500s and cut
// connections on callbacks, edits and DM replies, interactions already acknowledged or expired. The bot
// logs, retries where Discord allows, keeps serving, and no token reaches a log line.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInThread, LibraryStore } from '../../src/app/libraryStore.js';
import type { BotHandle } from '../../src/bot/runBot.js';
import { FakeDiscord, PERMISSIONS, type RecordedRequest } from '../support/fakeDiscord.js';
import { FaultProxy, type ProxiedRequest } from '../support/faults.js';
import { APP_ID, TOKEN, startBot, type LogCapture } from '../support/botHarness.js';

const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'bot-seeds');
const carol = { id: '720000000000000001', username: 'carol' };
let fake: FakeDiscord;
let proxy: FaultProxy;
let bot: BotHandle;
let logs: LogCapture;
const tokens: string[] = [];

function command(name: string, member = PERMISSIONS.member, options: unknown[] = []) {
  const it = fake.interaction({ type: 2, user: carol, member: { permissions: member }, data: { id: '1', name, type: 1, options } });
  tokens.push(it.token);
  return it;
}
const callback = (id: string) => (r: ProxiedRequest | RecordedRequest) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`);
const original = (token: string) => (r: ProxiedRequest | RecordedRequest) => r.method === 'PATCH' && r.path.endsWith(`/${token}/messages/@original`);

async function logged(re: RegExp, ms = 10_000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const line = logs.lines.find((l) => re.test(l));
    if (line) return line;
    if (Date.now() > deadline) throw new Error(`no log line matching ${re}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The bot still answers a plain command after the fault. */
async function stillServing(): Promise<void> {
  const it = command('help');
  const cb = await fake.waitFor(callback(it.id));
  expect(cb.body.type).toBe(4);
}

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID, heartbeatMs: 1000 });
  proxy = await FaultProxy.start(fake);
  ({ bot, logs } = await startBot(fake, { SEEDS_DIR: SEEDS, DISCORD_API_URL: proxy.apiUrl }, { store: new LibraryStore({ seedsDir: SEEDS, build: buildInThread }) }));
});

afterAll(async () => {
  await bot?.stop();
  await proxy?.stop();
  await fake?.stop();
});

describe('REST faults', () => {
  it('a 429 with retry_after on a callback: logged, waited out, retried, answered', async () => {
    const it = command('about');
    proxy.inject(callback(it.id), FaultProxy.rateLimited(0.3));
    const cb = await fake.waitFor(callback(it.id));
    expect(cb.body.type).toBe(4);
    expect(proxy.seen.filter(callback(it.id)).map((r) => r.fault)).toEqual(['status', null]);
    const line = await logged(/rate limited by Discord/);
    expect(line).toMatch(/"status":429/);
    expect(line).toMatch(/"retryAfter":"0.3"/);
  });

  it('a 500 and a cut connection on callbacks: retried, answered', async () => {
    const a = command('about');
    proxy.inject(callback(a.id), FaultProxy.error(500));
    expect((await fake.waitFor(callback(a.id))).body.type).toBe(4);
    await logged(/"status":500.*Discord failed a request; retrying/);
    const b = command('about');
    proxy.inject(callback(b.id), { kind: 'reset' });
    expect((await fake.waitFor(callback(b.id))).body.type).toBe(4);
  });

  it('an edit that keeps failing with 500: the failure is logged with a reference, and the bot keeps serving', async () => {
    const it = command('reload', PERMISSIONS.manager); // /reload defers, then edits its answer
    proxy.inject(original(it.token), FaultProxy.error(500), 20);
    await fake.waitFor(callback(it.id));
    await logged(/handler failed/, 20_000);
    await stillServing();
  }, 30_000);

  it('an interaction already acknowledged, or expired: logged as such, no crash', async () => {
    const a = command('about');
    proxy.inject(callback(a.id), FaultProxy.error(400, 40060, 'Interaction has already been acknowledged.'));
    const b = command('about');
    proxy.inject(callback(b.id), FaultProxy.error(404, 10062, 'Unknown interaction'));
    await logged(/expired or already acknowledged/);
    const deadline = Date.now() + 5000;
    while (logs.lines.filter((l) => /expired or already acknowledged/.test(l)).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(logs.lines.filter((l) => /expired or already acknowledged/.test(l))).toHaveLength(2);
    await stillServing();
  });

  it('a DM reply rate limited once is delivered after the wait', async () => {
    const from = fake.requests.length;
    const m = fake.directMessage(carol, 'help');
    proxy.inject((r) => r.method === 'POST' && r.path === `/channels/${m.channel_id}/messages`, FaultProxy.rateLimited(0.2));
    const sent = await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${m.channel_id}/messages`, from);
    expect(sent.body.embeds.length).toBeGreaterThan(0);
    expect(proxy.seen.filter((r) => r.path === `/channels/${m.channel_id}/messages`).map((r) => r.fault)).toEqual(['status', null]);
  });
});

describe('gateway faults', () => {
  it('a resumable drop: the bot resumes the session and answers', async () => {
    const before = fake.resumes.length;
    fake.dropGateway(4000);
    const deadline = Date.now() + 15_000;
    while (fake.resumes.length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(fake.resumes.length).toBeGreaterThan(before);
    await stillServing();
  }, 30_000);

  it('a drop Discord says cannot be resumed: the bot identifies again and answers', async () => {
    const before = fake.identifies.length;
    fake.dropGateway(4007); // invalid sequence: the session cannot be resumed
    const deadline = Date.now() + 20_000;
    while (fake.identifies.length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(fake.identifies.length).toBeGreaterThan(before);
    while (fake.connections === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 200));
    await stillServing();
  }, 30_000);

  it('a drop while an answer is on its way: the answer still arrives over REST', async () => {
    const resumed = fake.resumes.length;
    const it = command('about');
    fake.dropGateway(4000);
    // the dispatch may be lost with the connection; if it was delivered, its answer arrives regardless
    const delivered = await fake.waitFor(callback(it.id), 0, 3000).catch(() => null);
    if (delivered) expect(delivered.body.type).toBe(4);
    const deadline = Date.now() + 15_000;
    while (fake.resumes.length === resumed && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    await stillServing();
  }, 30_000);
});

describe('after all the faults', () => {
  it('no log line holds the bot token or an interaction token', () => {
    const secrets = [TOKEN, ...TOKEN.split('.').filter((p) => p.length >= 20), ...tokens];
    expect(logs.lines.filter((l) => secrets.some((s) => l.includes(s)))).toEqual([]);
  });
});
