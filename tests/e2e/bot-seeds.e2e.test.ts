// /seeds add | remove | list end to end: the real discord.js client against the fake Discord, which serves
// the attachments. A good file is checked, saved and answered from; a bad one is rejected with its reason; a
// hostile name is saved safely inside the folder; a failed write leaves the folder and the library as they were.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInThread, LibraryStore } from '../../src/app/libraryStore.js';
import type { BotHandle } from '../../src/bot/runBot.js';
import { nodeSeedFs, type SeedFs } from '../../src/bot/seeds/seedFiles.js';
import { COMMANDS } from '../../commands/index.js';
import { createSeedsCommand } from '../../commands/seeds.js';
import { FakeDiscord, PERMISSIONS, type FakeAttachment, type RecordedRequest } from '../support/fakeDiscord.js';
import { APP_ID, TOKEN, startBot } from '../support/botHarness.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'bot-seeds');
const GUILD = '222222222222222222';
const alice = { id: '444444444444444444', username: 'alice' };
const MAX_BYTES = 4000;

let fake: FakeDiscord;
let bot: BotHandle;
let seeds: string;
let outside: string;
/** Set by a test: the next link into the folder fails as a full disk would. */
let diskFull = false;
const flakyFs: SeedFs = {
  ...nodeSeedFs,
  link: async (a, b) => {
    if (diskFull) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    return nodeSeedFs.link(a, b);
  },
};

const ARTICLE = (headline: string, quote: string) => `${headline}\n\nCoastal Courier\nPublished: 2025-04-02\nURL: https://courier.example/${headline.toLowerCase().replace(/\W+/g, '-')}\n\n"${quote}," said Ana Ruiz, the harbour master, on Tuesday.\n`;

const callbackOf = (id: string) => (r: RecordedRequest) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`);
const originalOf = (token: string) => (r: RecordedRequest) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`;
const text = (data: any) => [data.content ?? '', ...(data.embeds ?? []).flatMap((e: any) => [e.title, e.description, ...(e.fields ?? []).flatMap((f: any) => [f.name, f.value])])].filter(Boolean).join('\n');

async function answerTo(it: { id: string; token: string }): Promise<{ data: any; ephemeral: boolean }> {
  const cb = await fake.waitFor(callbackOf(it.id), 0, 20_000);
  if (cb.body.type === 5) return { data: (await fake.waitFor(originalOf(it.token), 0, 20_000)).body, ephemeral: ((cb.body.data?.flags ?? 0) & 64) === 64 };
  return { data: cb.body.data, ephemeral: ((cb.body.data?.flags ?? 0) & 64) === 64 };
}

function seedsCommand(sub: 'add' | 'remove' | 'list', options: unknown[], resolved?: unknown, permissions = PERMISSIONS.manager) {
  const registered = fake.commands.get('global')?.find((c) => c.name === 'seeds');
  return fake.interaction({
    type: 2, user: alice, member: { permissions },
    data: { id: registered?.id ?? '1', name: 'seeds', type: 1, options: [{ type: 1, name: sub, options }], ...(resolved ? { resolved } : {}) },
  });
}

function add(files: FakeAttachment[], permissions = PERMISSIONS.manager) {
  const options = files.map((f, k) => ({ name: k === 0 ? 'file' : `file${k + 1}`, type: 11, value: f.id }));
  return seedsCommand('add', options, { attachments: Object.fromEntries(files.map((f) => [f.id, f])) }, permissions);
}

function ask(words: string) {
  const registered = fake.commands.get('global')?.find((c) => c.name === 'who-said');
  return fake.interaction({ type: 2, user: alice, member: { permissions: PERMISSIONS.member }, data: { id: registered?.id ?? '1', name: 'who-said', type: 1, options: [{ name: 'quote', type: 3, value: words }] } });
}

const folder = () => readdirSync(seeds).sort();

beforeAll(async () => {
  seeds = mkdtempSync(join(tmpdir(), 'byline-seeds-'));
  outside = mkdtempSync(join(tmpdir(), 'byline-outside-'));
  cpSync(FIXTURES, seeds, { recursive: true });
  fake = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID, guildId: GUILD });
  const commands = COMMANDS.map((c) => (c.data.name === 'seeds' ? createSeedsCommand({ files: flakyFs }) : c));
  ({ bot } = await startBot(fake, { SEEDS_DIR: seeds, SEEDS_MAX_FILE_BYTES: String(MAX_BYTES) }, { store: new LibraryStore({ seedsDir: seeds, build: buildInThread }), commands }));
});

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
  rmSync(seeds, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('/seeds', () => {
  it('is registered for servers only, for Manage Server, with add, remove and list', () => {
    const c = fake.commands.get('global')!.find((x) => x.name === 'seeds');
    expect(c.contexts).toEqual([0]);
    expect(c.default_member_permissions).toBe(String(1 << 5));
    expect(c.options.map((o: any) => o.name)).toEqual(['add', 'remove', 'list']);
    expect(c.options[0].options.map((o: any) => o.name)).toEqual(['file', 'file2', 'file3', 'file4', 'file5']);
  });

  it('refuses a plain member and saves nothing', async () => {
    const before = folder();
    const a = await answerTo(add([fake.attachment('ferry.txt', ARTICLE('Ferry runs late', 'The late ferry will run all year'))], PERMISSIONS.member));
    expect(a.ephemeral).toBe(true);
    expect(text(a.data)).toMatch(/Moderators only/);
    expect(folder()).toEqual(before);
  });

  it('adds a good file, rejects a bad one with its reason, saves a hostile name safely, reloads, and answers from it', async () => {
    const good = fake.attachment('ferry.txt', ARTICLE('Ferry runs late', 'The late ferry will run all year'));
    const binary = fake.attachment('photo.txt', Buffer.from([0, 1, 2, 3, 255, 0]));
    const noBody = fake.attachment('empty.md', '---\ntitle: Nothing here\n---\n');
    const hostile = fake.attachment('../../../etc/@everyone <@123>\u0000\u202e.txt', ARTICLE('Pier closes for repairs', 'The pier will close for the whole of May'));
    const notText = fake.attachment('script.sh', 'echo hi');
    const a = await answerTo(add([good, binary, noBody, hostile, notText]));
    expect(a.ephemeral).toBe(true);
    const t = text(a.data);
    expect(t).toMatch(/Added 2 of 5 files/);
    expect(t).toMatch(/✅ ferry\.txt: “Ferry runs late”/);
    expect(t).toMatch(/❌ photo\.txt: binary file, not text/);
    expect(t).toMatch(/❌ empty\.md: .*no (headline|body)/);
    expect(t).toMatch(/❌ script\.sh: not a \.txt or \.md file/);
    expect(t).toMatch(/saved as everyone-123\.txt/);
    expect(t).not.toMatch(/@everyone|<@123>/); // shown inert
    expect(t).toMatch(/Loaded 4 articles/);
    expect(folder()).toEqual(['everyone-123.txt', 'ferry.txt', 'festival.md', 'harbour.txt']);
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(seeds, '..', 'etc'))).toBe(false);
    const answer = await answerTo(ask('the late ferry will run all year'));
    expect(text(answer.data)).toMatch(/Ana Ruiz/);
    expect(answer.data.embeds[0].url).toBe('https://courier.example/ferry-runs-late');
  });

  it('never overwrites an article already in the folder', async () => {
    const before = readFileSync(join(seeds, 'ferry.txt'), 'utf8');
    const a = await answerTo(add([fake.attachment('ferry.txt', ARTICLE('Ferry replaced', 'Something else entirely'))]));
    expect(text(a.data)).toMatch(/❌ ferry\.txt: an article named ferry\.txt is already in the folder/);
    expect(readFileSync(join(seeds, 'ferry.txt'), 'utf8')).toBe(before);
  });

  it('rejects a file over the size limit: by its declared size without fetching it, or when it turns out bigger', async () => {
    const big = fake.attachment('big.txt', ARTICLE('Big', 'x'.repeat(MAX_BYTES)));
    const liar = fake.attachment('liar.txt', ARTICLE('Liar', 'y'.repeat(MAX_BYTES)), { size: 100 });
    const from = fake.requests.length;
    const a = await answerTo(add([big, liar]));
    const t = text(a.data);
    expect(t).toMatch(new RegExp(`❌ big\\.txt: \\d+ bytes, over the ${MAX_BYTES}-byte limit`));
    expect(t).toMatch(new RegExp(`❌ liar\\.txt: .*over the ${MAX_BYTES}-byte limit`));
    expect(t).toMatch(/Nothing was saved, so nothing was reloaded/);
    expect(fake.requests.slice(from).some((r) => r.path.includes(big.id))).toBe(false);
    expect(folder()).not.toContain('big.txt');
  });

  it('a failed write loses nothing: no half-written or temporary file, the folder and the library as they were', async () => {
    const before = folder();
    const library = bot.ctx.store.library;
    diskFull = true;
    try {
      const a = await answerTo(add([fake.attachment('storm.txt', ARTICLE('Storm closes harbour', 'The harbour stays shut until Friday'))]));
      expect(text(a.data)).toMatch(/❌ storm\.txt: could not be saved: the disk is full; nothing was changed/);
    } finally {
      diskFull = false;
    }
    expect(readdirSync(seeds, { withFileTypes: false }).sort()).toEqual(before); // no .tmp left, hidden or not
    expect(bot.ctx.store.library).toBe(library);
  });

  it('lists the loaded articles a page at a time', async () => {
    for (let k = 0; k < 20; k++) writeFileSync(join(seeds, `bulk-${String(k).padStart(2, '0')}.txt`), ARTICLE(`Bulletin ${k}`, `Bulletin ${k} is out`));
    await bot.ctx.reload();
    const a = await answerTo(seedsCommand('list', []));
    expect(a.ephemeral).toBe(true);
    expect(a.data.embeds[0].title).toMatch(/Articles loaded: 24 \(page 1 of 2\)/);
    expect(text(a.data)).toMatch(/bulk-00\.txt: “Bulletin 0” \(Coastal Courier, 2025-04-02\)/);
    expect(a.data.components[0].components.map((b: any) => b.label)).toEqual(['◀', '1 / 2', '▶']);
  });

  it('removes an article by name, reloads, and refuses a path or a name that is not there', async () => {
    const a = await answerTo(seedsCommand('remove', [{ name: 'article', type: 3, value: 'ferry.txt' }]));
    expect(text(a.data)).toMatch(/ferry\.txt was removed/);
    expect(folder()).not.toContain('ferry.txt');
    expect(bot.ctx.store.library!.articles.some((x) => x.id === 'ferry.txt')).toBe(false);
    writeFileSync(join(outside, 'keep.txt'), ARTICLE('Keep', 'Keep me'));
    for (const bad of ['../' + outside.split('/').pop() + '/keep.txt', 'nothing.txt', '.hidden.txt']) {
      const r = await answerTo(seedsCommand('remove', [{ name: 'article', type: 3, value: bad }]));
      expect(text(r.data), bad).toMatch(/Not removed/);
    }
    expect(readdirSync(outside)).toEqual(['keep.txt']);
  });

  it('suggests file names for /seeds remove as they are typed', async () => {
    const registered = fake.commands.get('global')!.find((c) => c.name === 'seeds');
    const it = fake.interaction({ type: 4, user: alice, member: { permissions: PERMISSIONS.manager }, data: { id: registered.id, name: 'seeds', type: 1, options: [{ type: 1, name: 'remove', options: [{ name: 'article', type: 3, value: 'fest', focused: true }] }] } });
    const cb = await fake.waitFor(callbackOf(it.id), 0, 20_000);
    expect(cb.body.data.choices).toEqual([{ name: 'festival.md', value: 'festival.md' }]);
  });
});
