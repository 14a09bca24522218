// A sharded bot against the fake Discord: two shard processes (the compiled shard script, as
// `byline bot --shards 2` runs it) each log in with their own shard id and load their own library; a
// reload asked from one shard, as /reload does, and one from the manager, as SIGHUP does, reload both and
// report each.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReloadReport } from '../src/app/libraryStore.js';
import { runSharded, type ShardedHandle } from '../src/bot/sharding/runSharded.js';
import { createLogger } from '../src/log/logger.js';
import { FakeDiscord } from './support/fakeDiscord.js';
import { APP_ID, TOKEN } from './support/botHarness.js';

const article = (title: string, body: string) => `${title}\n\nHarbour Wire\n    Harbour Wire, Gdansk\nPublished: 2022-06-01\n\n${body}\n`;

let fake: FakeDiscord;
let dir: string;
let sharded: ShardedHandle;

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID });
  dir = await mkdtemp(join(tmpdir(), 'byline-shards-'));
  await writeFile(join(dir, 'a.txt'), article('Ferry line reopens', 'The ferry line to the island reopened on Monday.'));
  // the shard processes read their configuration from the environment, as under `byline bot`
  Object.assign(process.env, { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'silent', COOLDOWN_SECONDS: '0' });
  const quiet = new Writable({ write: (_c, _e, done) => done() });
  sharded = await runSharded({
    token: TOKEN, apiUrl: fake.apiUrl, seedsDir: dir, shards: '2', watch: false, spawnDelayMs: 100,
    log: createLogger({ level: 'silent', destination: quiet, pretty: false }),
  });
}, 180_000);

afterAll(async () => {
  await sharded?.stop();
  await fake?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('byline bot --shards 2', () => {
  it('logs each shard in with its own shard id', () => {
    expect(fake.identifies.map((d) => d.shard).sort()).toEqual([[0, 2], [1, 2]]);
  });

  it('reloads every shard when one shard is asked (/reload), with one line per shard', async () => {
    await sharded.reloadAll(); // settles once both shards' first loads are done
    await writeFile(join(dir, 'b.txt'), article('Bridge tolls dropped', 'The city dropped tolls on the new bridge.'));
    const shard1 = sharded.manager.shards.get(1)!;
    const report = (await shard1.eval((c) => (c as unknown as { byline: { reloadEveryShard(): Promise<ReloadReport> } }).byline.reloadEveryShard())) as ReloadReport;
    expect(report.ok).toBe(true);
    expect(report.message.split('\n')).toEqual([
      'Shard 0: Loaded 2 articles: 1 added, 0 removed, 0 changed.',
      'Shard 1: Loaded 2 articles: 1 added, 0 removed, 0 changed.',
    ]);
  }, 120_000);

  it('reloads every shard from the manager (SIGHUP, --watch)', async () => {
    await rm(join(dir, 'b.txt'));
    const report = await sharded.reloadAll();
    expect(report).toMatchObject({ ok: true, articles: 1, removed: ['b.txt'] });
    expect(report.message).toMatch(/^Shard 0: .*\nShard 1: /);
  }, 120_000);
});
