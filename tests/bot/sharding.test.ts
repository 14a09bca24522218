// A sharded bot against the fake Discord: `byline bot --shards 2` runs both shards as gateway connections
// of one client in one process, each identifying with its own shard id, and both answer from one library:
// an article added and reloaded once is answered on either shard, and a reload is one report, not one per shard.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInThread, LibraryStore } from '../../src/app/libraryStore.js';
import { runSharded, type ShardedHandle } from '../../src/bot/sharding/runSharded.js';
import { loadConfig } from '../../src/config/env.js';
import { createLogger } from '../../src/log/logger.js';
import { FakeDiscord, PERMISSIONS, type RecordedRequest } from '../support/fakeDiscord.js';
import { APP_ID, LogCapture, TOKEN } from '../support/botHarness.js';

const article = (title: string, body: string) => `${title}\n\nHarbour Wire\n    Harbour Wire, Gdansk\nPublished: 2022-06-01\n\n${body}\n`;
const GUILD = '222222222222222222';
const alice = { id: '444444444444444444', username: 'alice' };

let fake: FakeDiscord;
let dir: string;
let store: LibraryStore;
let sharded: ShardedHandle;
let logs: LogCapture;

const callbackOf = (id: string) => (r: RecordedRequest) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`);
const originalOf = (token: string) => (r: RecordedRequest) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`;

/** Asks /who-said on one shard's connection; the text of the answer. */
async function whoSaidOn(shard: number, quote: string): Promise<string> {
  const registered = fake.commands.get('global')?.find((c) => c.name === 'who-said');
  const it = fake.interaction({ type: 2, user: alice, member: { permissions: PERMISSIONS.member }, shard, data: { id: registered?.id ?? '1', name: 'who-said', type: 1, options: [{ name: 'quote', type: 3, value: quote }] } });
  const cb = await fake.waitFor(callbackOf(it.id));
  const data = cb.body.type === 5 ? (await fake.waitFor(originalOf(it.token))).body : cb.body.data;
  return JSON.stringify(data);
}

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID, guildId: GUILD });
  dir = await mkdtemp(join(tmpdir(), 'byline-shards-'));
  await writeFile(join(dir, 'a.txt'), article('Ferry line reopens', '“The ferry is back for good,” harbour master Ilse Brandt said on Monday.'));
  logs = new LogCapture();
  store = new LibraryStore({ seedsDir: dir, build: buildInThread });
  const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, COOLDOWN_SECONDS: '0' });
  sharded = await runSharded({
    token: TOKEN, apiUrl: fake.apiUrl, seedsDir: dir, shards: '2', watch: false, config, store,
    log: createLogger({ level: 'info', destination: logs, pretty: false }),
  });
  await sharded.bot.firstLoad;
}, 120_000);

afterAll(async () => {
  await sharded?.stop();
  await fake?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('byline bot --shards 2', () => {
  it('logs each shard in with its own shard id, both from this one process', () => {
    expect(sharded.shards).toEqual([0, 1]);
    expect(fake.identifies.map((d) => d.shard).sort()).toEqual([[0, 2], [1, 2]]);
    expect(fake.connections).toBe(2);
  });

  it('answers on either shard from the same library', async () => {
    expect(sharded.bot.ctx.store).toBe(store);
    for (const shard of [0, 1]) expect(await whoSaidOn(shard, 'the ferry is back for good')).toContain('Ilse Brandt');
  });

  it('one reload reaches every shard: an article added once is answered on both', async () => {
    await writeFile(join(dir, 'b.txt'), article('Bridge tolls dropped', '“Nobody pays to cross any more,” mayor Jonas Wirth said.'));
    const before = store.library;
    const report = await sharded.reloadAll();
    expect(report).toMatchObject({ ok: true, articles: 2, added: ['b.txt'] });
    expect(report.message).toBe('Loaded 2 articles: 1 added, 0 removed, 0 changed.');
    expect(store.library).not.toBe(before);
    for (const shard of [0, 1]) expect(await whoSaidOn(shard, 'nobody pays to cross any more')).toContain('Jonas Wirth');
  }, 60_000);
});
