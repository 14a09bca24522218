// What starts a reload besides /reload: SIGHUP and a changed seeds folder (debounced); and how a sharded
// bot reads --shards.
import { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReloadReport } from '../../src/model/reloadReport.js';
import { installReloadSignal } from '../../src/app/reloadSignal.js';
import { installReloadTriggers } from '../../src/app/reloadTriggers.js';
import { isArticleChange, watchSeeds } from '../../src/app/watchSeeds.js';
import { parseShards } from '../../src/bot/sharding/recommendedShards.js';

const report = (over: Partial<ReloadReport> = {}): ReloadReport => ({
  ok: true, swapped: true, articles: 12, added: [], removed: [], changed: [], rejected: [], skipped: [], message: 'Loaded 12 articles.', ms: 40, ...over,
});

describe('SIGHUP', () => {
  it('reloads on SIGHUP and hands the report on, until removed', async () => {
    const proc = Object.assign(new EventEmitter(), { platform: 'linux' as NodeJS.Platform });
    let reloads = 0;
    const seen: (ReloadReport | Error)[] = [];
    const remove = installReloadSignal(async () => { reloads++; return report(); }, (r) => seen.push(r), proc as never);
    proc.emit('SIGHUP');
    await new Promise((r) => setImmediate(r));
    expect(reloads).toBe(1);
    expect(seen).toEqual([report()]);
    remove();
    proc.emit('SIGHUP');
    expect(reloads).toBe(1);
  });

  it('passes a failed reload on as an error instead of an unhandled rejection', async () => {
    const proc = Object.assign(new EventEmitter(), { platform: 'linux' as NodeJS.Platform });
    const seen: (ReloadReport | Error)[] = [];
    installReloadSignal(async () => { throw new Error('seeds folder is gone'); }, (r) => seen.push(r), proc as never);
    proc.emit('SIGHUP');
    await new Promise((r) => setImmediate(r));
    expect((seen[0] as Error).message).toBe('seeds folder is gone');
  });
});

describe('--watch', () => {
  let dir: string;
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'byline-watch-')); });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('counts articles, not editor swap files or other files', () => {
    expect(isArticleChange('new-story.txt')).toBe(true);
    expect(isArticleChange('Notes.MD')).toBe(true);
    expect(isArticleChange('.new-story.txt.swp')).toBe(false);
    expect(isArticleChange('photo.jpg')).toBe(false);
    expect(isArticleChange(null)).toBe(true);
  });

  it('turns a burst of writes into one reload once the folder is quiet', async () => {
    let calls = 0;
    const w = watchSeeds(dir, () => { calls++; }, { quietMs: 150 });
    try {
      for (let k = 0; k < 5; k++) await writeFile(join(dir, `story-${k}.txt`), `Headline ${k}\n\nBody ${k}.\n`);
      await writeFile(join(dir, 'ignored.jpg'), 'not an article');
      const deadline = Date.now() + 5000;
      while (calls === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      await new Promise((r) => setTimeout(r, 400));
      expect(calls).toBe(1);
    } finally {
      w.close();
    }
  });
});

describe('reload triggers together', () => {
  it('reloads once for a burst of new articles and logs the report with its trigger', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'byline-triggers-'));
    const logged: { level: string; obj: object; msg: string }[] = [];
    const log = {
      info: (obj: object, msg: string) => logged.push({ level: 'info', obj, msg }),
      warn: (obj: object, msg: string) => logged.push({ level: 'warn', obj, msg }),
      error: (obj: object, msg: string) => logged.push({ level: 'error', obj, msg }),
    };
    let reloads = 0;
    const remove = installReloadTriggers({ reload: async () => { reloads++; return report({ message: 'Loaded 2 articles.' }); }, seedsDir: dir, watch: true, sighup: false, log, quietMs: 100 });
    try {
      await writeFile(join(dir, 'one.txt'), 'One\n\nBody one.\n');
      await writeFile(join(dir, 'two.txt'), 'Two\n\nBody two.\n');
      const deadline = Date.now() + 5000;
      while (reloads === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      await new Promise((r) => setTimeout(r, 300));
      expect(reloads).toBe(1);
      expect(logged.at(-1)).toMatchObject({ level: 'info', obj: { trigger: 'watch' }, msg: 'Loaded 2 articles.' });
    } finally {
      remove();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('--shards', () => {
  it('reads auto, a count, and a list of shards for this machine', () => {
    expect(parseShards('auto')).toEqual({ total: 'auto', list: 'auto' });
    expect(parseShards('4')).toEqual({ total: 4, list: 'auto' });
    expect(parseShards('0-1/4')).toEqual({ total: 4, list: [0, 1] });
    expect(parseShards('3,1,2/8')).toEqual({ total: 8, list: [1, 2, 3] });
  });

  it.each(['0', '-2', 'two', '4/4', '2-1/4', '1/', '/4x', '1.5'])('refuses %s', (bad) => {
    expect(() => parseShards(bad)).toThrow(/--shards/);
  });
});
