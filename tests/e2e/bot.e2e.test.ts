// The real discord.js client, through runBot, against the fake Discord: registration, every command,
// autocomplete, the context menu, a DM, /reload as moderator and member, paging, and no pings anywhere.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInThread, LibraryStore } from '../../src/app/libraryStore.js';
import type { BotHandle } from '../../src/bot/runBot.js';
import { Cooldown } from '../../src/bot/cooldown.js';
import { FakeDiscord, PERMISSIONS, type RecordedRequest } from '../support/fakeDiscord.js';
import { APP_ID, TOKEN, startBot, type LogCapture } from '../support/botHarness.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'bot-seeds');
const GUILD = '222222222222222222';
const MOD_ROLE = '333333333333333333';
const alice = { id: '444444444444444444', username: 'alice' };
const bob = { id: '555555555555555555', username: 'bob' };

let fake: FakeDiscord;
let bot: BotHandle;
let logs: LogCapture;
let seeds: string;

const store = (dir: string) => new LibraryStore({ seedsDir: dir, build: buildInThread });
const callbackOf = (id: string) => (r: RecordedRequest) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`);
const originalOf = (token: string) => (r: RecordedRequest) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`;

function command(name: string, options: unknown[] = [], member: { permissions: string; roles?: string[] } | undefined = { permissions: PERMISSIONS.member }, user = alice) {
  const registered = fake.commands.get('global')?.find((c) => c.name === name);
  return fake.interaction({ type: 2, user, ...(member ? { member } : {}), data: { id: registered?.id ?? '1', name, type: 1, options } });
}

/** The message the bot sent for an interaction: the reply, or the deferred answer's edit. */
async function answerTo(it: { id: string; token: string }): Promise<{ data: any; ephemeral: boolean; deferred: boolean }> {
  const from = 0;
  const cb = await fake.waitFor(callbackOf(it.id), from);
  if (cb.body.type === 5) {
    const edit = await fake.waitFor(originalOf(it.token), from);
    return { data: edit.body, ephemeral: ((cb.body.data?.flags ?? 0) & 64) === 64, deferred: true };
  }
  return { data: cb.body.data, ephemeral: ((cb.body.data?.flags ?? 0) & 64) === 64, deferred: false };
}

const text = (data: any) => [data.content ?? '', ...(data.embeds ?? []).flatMap((e: any) => [e.title, e.description, ...(e.fields ?? []).flatMap((f: any) => [f.name, f.value]), e.footer?.text])].filter(Boolean).join('\n');

beforeAll(async () => {
  seeds = mkdtempSync(join(tmpdir(), 'byline-e2e-'));
  cpSync(FIXTURES, seeds, { recursive: true });
  fake = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID, guildId: GUILD, roleIds: [MOD_ROLE] });
  ({ bot, logs } = await startBot(fake, { SEEDS_DIR: seeds, MODERATOR_ROLE_IDS: MOD_ROLE }, { store: store(seeds) }));
});

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
  rmSync(seeds, { recursive: true, force: true });
});

describe('start-up', () => {
  it('logs in through the fake gateway with Guilds and DirectMessages intents only', () => {
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0].intents).toBe((1 << 0) | (1 << 12));
    expect(bot.client.isReady()).toBe(true);
  });

  it('registers every command globally, with contexts, install types and option limits', () => {
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]!.path).toBe(`/applications/${APP_ID}/commands`);
    const cmds = fake.commands.get('global')!;
    expect(cmds.map((c) => c.name).sort()).toEqual(['Check sources', 'about', 'ask', 'help', 'quotes', 'reload', 'seeds', 'sources', 'timeline', 'when', 'who-said']);
    for (const c of cmds.filter((c) => c.name !== 'reload' && c.name !== 'seeds')) {
      expect(c.contexts).toEqual([0, 1, 2]);
      expect(c.integration_types).toEqual([0, 1]);
    }
    const reload = cmds.find((c) => c.name === 'reload');
    expect(reload.contexts).toEqual([0]);
    expect(reload.default_member_permissions).toBe(String(1 << 5));
    for (const o of cmds.flatMap((c) => c.options ?? []).filter((o) => o.type === 3)) expect(o.max_length).toBeGreaterThan(0);
    expect(cmds.find((c) => c.name === 'quotes').options[0].autocomplete).toBe(true);
    expect(cmds.find((c) => c.name === 'timeline').options[0]).toMatchObject({ name: 'person', required: true, autocomplete: true });
    expect(cmds.find((c) => c.name === 'Check sources').type).toBe(3);
  });

  it('does not register again when the registered commands are unchanged', async () => {
    const before = fake.requests.length;
    const second = await startBot(fake, { SEEDS_DIR: seeds }, { store: store(seeds) });
    await second.bot.stop();
    const after = fake.requests.slice(before);
    expect(after.some((r) => r.method === 'GET' && r.path === `/applications/${APP_ID}/commands`)).toBe(true);
    expect(after.some((r) => r.method === 'PUT')).toBe(false);
    expect(second.bot.registration?.changed).toBe(false);
  });
});

describe('commands', () => {
  it('/who-said answers with the speaker and cites outlet, headline, paragraph and sentence', async () => {
    const a = await answerTo(command('who-said', [{ name: 'quote', type: 3, value: 'carry the island economy' }]));
    const e = a.data.embeds[0];
    expect(e.description).toContain('Maria Okonkwo');
    expect(e.fields.map((f: any) => f.name)).toEqual(['Outlet', 'Published', 'Paragraph', 'Headline', 'In the article']);
    expect(e.fields[4].value).toMatch(/^> /);
    expect(text(a.data)).toContain('Coastal Courier');
  });

  it('/quotes pages through more answers than fit, and only the asker can turn the page', async () => {
    const a = await answerTo(command('quotes', [{ name: 'speaker', type: 3, value: 'Maria Okonkwo' }]));
    expect(a.data.embeds.length).toBeLessThanOrEqual(3);
    const row = a.data.components[0];
    expect(row.components.map((b: any) => b.label)).toEqual(['◀', expect.stringMatching(/^1 \/ \d+$/), '▶']);
    const next = row.components[2].custom_id as string;
    const message = fake.message(fake.guildChannelId, { id: APP_ID, username: 'Byline', bot: true, discriminator: '0' }, a.data.content, { embeds: a.data.embeds, components: a.data.components });

    const byBob = fake.interaction({ type: 3, user: bob, member: { permissions: PERMISSIONS.member }, data: { custom_id: next, component_type: 2 }, message });
    const refused = await fake.waitFor(callbackOf(byBob.id));
    expect(refused.body.type).toBe(4);
    expect(refused.body.data.flags & 64).toBe(64);
    expect(refused.body.data.content).toMatch(/Only the person who asked/);

    const byAlice = fake.interaction({ type: 3, user: alice, member: { permissions: PERMISSIONS.member }, data: { custom_id: next, component_type: 2 }, message });
    const turned = await fake.waitFor(callbackOf(byAlice.id));
    expect(turned.body.type).toBe(7);
    expect(turned.body.data.components[0].components[1].label).toMatch(/^2 \/ /);
    expect(turned.body.data.embeds[0].description).not.toBe(a.data.embeds[0].description);
  });

  it('/quotes autocomplete suggests people, most quoted first, at most 25', async () => {
    const it1 = fake.interaction({ type: 4, user: alice, member: { permissions: PERMISSIONS.member }, data: { id: '1', name: 'quotes', type: 1, options: [{ name: 'speaker', type: 3, value: '', focused: true }] } });
    const cb = await fake.waitFor(callbackOf(it1.id));
    expect(cb.body.type).toBe(8);
    const choices = cb.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]!.value).toBe('Maria Okonkwo');

    const typed = fake.interaction({ type: 4, user: alice, member: { permissions: PERMISSIONS.member }, data: { id: '1', name: 'quotes', type: 1, options: [{ name: 'speaker', type: 3, value: 'brenan', focused: true }] } });
    const cb2 = await fake.waitFor(callbackOf(typed.id));
    expect(cb2.body.data.choices.map((c: any) => c.value)).toContain('Tomas Brennan');
  });

  it('/when, /sources and /ask each answer with an embed', async () => {
    const when = await answerTo(command('when', [{ name: 'event', type: 3, value: 'Okonkwo met Brennan' }]));
    expect(text(when.data)).toMatch(/March 12/);
    const sources = await answerTo(command('sources', [{ name: 'claim', type: 3, value: 'the harbour authority approved a new ferry terminal' }]));
    expect(sources.data.content).toMatch(/^Supported by 2 outlets/);
    const ask = await answerTo(command('ask', [{ name: 'question', type: 3, value: 'what did Okonkwo say about the pier?' }], undefined));
    expect(ask.data.content).toMatch(/^Answered as \/quotes/);
  });

  it('/timeline sends the timeline as a PNG attachment that its embed shows, with a description, above the cited events', async () => {
    const it1 = command('timeline', [{ name: 'person', type: 3, value: 'Okonkwo' }]);
    const a = await answerTo(it1);
    const sent = await fake.waitFor((r) => (callbackOf(it1.id)(r) || originalOf(it1.token)(r)) && r.files.length > 0);
    expect(sent.files).toHaveLength(1);
    const file = sent.files[0]!;
    expect(file.filename).toBe('timeline.png');
    expect(file.contentType).toBe('image/png');
    expect(file.data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(file.data.length).toBeLessThan(10 * 1024 * 1024);
    const picture = a.data.embeds[0];
    expect(picture.image.url).toBe('attachment://timeline.png');
    expect(picture.title).toBe('Timeline: Maria Okonkwo');
    expect(picture.description).toMatch(/Timeline of Maria Okonkwo: 1 dated event \(12 Mar 2025\)/);
    const attachments = (sent.body.data ?? sent.body).attachments;
    expect(attachments[0].description).toMatch(/^Timeline of Maria Okonkwo/);
    expect(text(a.data)).toMatch(/March 12/);
  });

  it('/timeline suggests people who have events, with their count', async () => {
    const typed = fake.interaction({ type: 4, user: alice, member: { permissions: PERMISSIONS.member }, data: { id: '1', name: 'timeline', type: 1, options: [{ name: 'person', type: 3, value: 'okon', focused: true }] } });
    const cb = await fake.waitFor(callbackOf(typed.id));
    expect(cb.body.type).toBe(8);
    expect(cb.body.data.choices[0]).toEqual({ name: expect.stringMatching(/^Maria Okonkwo.*\(\d+ events?\)$/), value: 'Maria Okonkwo' });
  });

  it('/timeline for someone nobody wrote about says so privately, with no picture', async () => {
    const it1 = command('timeline', [{ name: 'person', type: 3, value: 'Zebediah Quuxworth' }]);
    const a = await answerTo(it1);
    expect(a.ephemeral).toBe(true);
    expect(text(a.data)).toMatch(/No one called/);
    expect(fake.requests.filter((r) => callbackOf(it1.id)(r) || originalOf(it1.token)(r)).every((r) => r.files.length === 0)).toBe(true);
  });

  it('/sources attaches the coverage chart; /when about a meeting, not a person, has no picture', async () => {
    const src = command('sources', [{ name: 'claim', type: 3, value: 'the harbour authority approved a new ferry terminal' }]);
    const a = await answerTo(src);
    expect(a.data.embeds[0].image.url).toBe('attachment://coverage.png');
    expect(a.data.embeds[0].description).toMatch(/2 articles from 2 outlets/);
    const sent = await fake.waitFor((r) => (callbackOf(src.id)(r) || originalOf(src.token)(r)) && r.files.length > 0);
    expect(sent.files[0]!.filename).toBe('coverage.png');
    expect(sent.files[0]!.data.subarray(1, 4).toString('latin1')).toBe('PNG');

    const when = command('when', [{ name: 'event', type: 3, value: 'Okonkwo met Brennan' }]);
    const w = await answerTo(when);
    expect(w.data.embeds.every((e: any) => !e.image)).toBe(true);
    expect(fake.requests.filter((r) => callbackOf(when.id)(r) || originalOf(when.token)(r)).every((r) => r.files.length === 0)).toBe(true);
  });

  it('defers first, then edits in the answer, when recent answers were slow', async () => {
    const lib = bot.ctx.store.library!;
    bot.ctx.latency.record(lib, 'who-said', 5000);
    const a = await answerTo(command('who-said', [{ name: 'quote', type: 3, value: 'old pier' }]));
    expect(a.deferred).toBe(true);
    expect(a.data.embeds[0].description).toContain('Maria Okonkwo');
    for (let k = 0; k < 20; k++) bot.ctx.latency.record(lib, 'who-said', 1);
  });

  it('says "not found" plainly, with a hint', async () => {
    const a = await answerTo(command('who-said', [{ name: 'quote', type: 3, value: 'zebras juggling quantum marmalade' }]));
    expect(a.data.embeds[0].title).toBe('Not found');
    expect(a.data.embeds[0].description).toMatch(/Try/);
  });

  it('/about and /help answer', async () => {
    const about = await answerTo(command('about'));
    expect(about.data.embeds[0].fields.find((f: any) => f.name === 'Articles').value).toBe('2');
    const help = await answerTo(command('help', [], undefined));
    expect(help.ephemeral).toBe(true);
    expect(help.data.embeds[0].description).toContain('/who-said');
  });

  it('the Check sources context menu runs /sources on the message text, privately', async () => {
    const target = fake.message(fake.guildChannelId, { id: bob.id, username: 'bob', discriminator: '0' }, 'I heard the harbour authority approved a new ferry terminal');
    const it1 = fake.interaction({ type: 2, user: alice, member: { permissions: PERMISSIONS.member }, data: { id: '1', name: 'Check sources', type: 3, target_id: target.id, resolved: { messages: { [target.id as string]: target } } } });
    const a = await answerTo(it1);
    expect(a.ephemeral).toBe(true);
    expect(a.data.content).toMatch(/Supported by/);
  });

  it('neutralises hostile input: mentions and markdown in the echo, nothing parsed', async () => {
    const a = await answerTo(command('who-said', [{ name: 'quote', type: 3, value: '@everyone <@&123456789012345678> **bold** https://evil.example/x' }]));
    expect(a.data.content).not.toMatch(/@everyone|<@&/);
    expect(a.data.content).toContain('\\*\\*bold\\*\\*');
    expect(a.data.content).toContain('<https://evil.example/x>');
    expect(a.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('refuses a 10,000-character option with a private note instead of processing it', async () => {
    const a = await answerTo(command('ask', [{ name: 'question', type: 3, value: 'w'.repeat(10_000) }]));
    expect(a.ephemeral).toBe(true);
    expect(text(a.data)).toMatch(/too long: 10,000 characters, at most 500/);
  });

  it('answers a second question too soon with a friendly cooldown note', async () => {
    const saved = bot.ctx.cooldown;
    bot.ctx.cooldown = new Cooldown(60);
    try {
      await answerTo(command('help', [], undefined, bob));
      const first = await answerTo(command('who-said', [{ name: 'quote', type: 3, value: 'old pier' }], undefined, bob));
      expect(first.ephemeral).toBe(false);
      const second = await answerTo(command('who-said', [{ name: 'quote', type: 3, value: 'old pier' }], undefined, bob));
      expect(second.ephemeral).toBe(true);
      expect(text(second.data)).toMatch(/ask again in \d+ seconds?/);
    } finally {
      bot.ctx.cooldown = saved;
    }
  });
});

describe('direct messages', () => {
  it('answers a DM as /ask, with the typing indicator first', async () => {
    const from = fake.requests.length;
    const dm = fake.directMessage(bob, 'who said the old pier cannot take another winter?');
    const sent = await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${dm.channel_id}/messages`, from);
    const typing = fake.requests.findIndex((r, k) => k >= from && r.path === `/channels/${dm.channel_id}/typing`);
    expect(typing).toBeGreaterThanOrEqual(from);
    expect(typing).toBeLessThan(fake.requests.indexOf(sent));
    expect(sent.body.content).toMatch(/^Answered as \/who-said/);
    expect(text(sent.body)).toContain('Maria Okonkwo');
  });

  it('answers "help" with help and an over-long DM with a note', async () => {
    const from = fake.requests.length;
    const dm = fake.directMessage(bob, 'help');
    const sent = await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${dm.channel_id}/messages`, from);
    expect(text(sent.body)).toContain('/who-said');
    const long = fake.directMessage(bob, 'x'.repeat(1500));
    const note = await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${long.channel_id}/messages`, from);
    expect(text(note.body)).toMatch(/1,500 characters/);
  });

  it('ignores messages from bots', async () => {
    const from = fake.requests.length;
    const dm = fake.directMessage({ ...bob, id: '666666666666666666', bot: true }, 'who said anything?');
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.requests.slice(from).some((r) => r.path.includes(String(dm.channel_id)))).toBe(false);
  });
});

describe('/reload', () => {
  it('refuses a plain member', async () => {
    const a = await answerTo(command('reload', [], { permissions: PERMISSIONS.member }));
    expect(a.ephemeral).toBe(true);
    expect(text(a.data)).toMatch(/Moderators only/);
  });

  it('lets a member with Manage Server reload, and reports what changed', async () => {
    writeFileSync(join(seeds, 'extra.txt'), 'Ferry timetable extended\nCoastal Courier\n\n"The late ferry will run all year," said Ana Ruiz on Monday.\n');
    writeFileSync(join(seeds, 'broken.txt'), '\u0000\u0001\u0002');
    const a = await answerTo(command('reload', [], { permissions: PERMISSIONS.manager }));
    expect(a.deferred).toBe(true);
    expect(a.ephemeral).toBe(true);
    const t = text(a.data);
    expect(t).toMatch(/Added \(1\): extra\.txt/);
    expect(t).toMatch(/broken\.txt/);
    expect(bot.ctx.store.library!.articles).toHaveLength(3);
  });

  it('lets a member with a moderator role reload', async () => {
    const a = await answerTo(command('reload', [], { permissions: PERMISSIONS.member, roles: [MOD_ROLE] }));
    expect(text(a.data)).toMatch(/Loaded 3 articles/);
  });
});

describe('every payload', () => {
  it('sends allowed_mentions with nothing to parse, and never logs the token', () => {
    const sends = fake.requests.filter((r) =>
      (r.path.startsWith('/interactions/') && [4, 7].includes(r.body?.type))
      || (r.path.startsWith('/webhooks/') && r.method !== 'GET' && r.method !== 'DELETE')
      || /^\/channels\/\d+\/messages$/.test(r.path));
    expect(sends.length).toBeGreaterThan(15);
    for (const r of sends) {
      const body = r.path.startsWith('/interactions/') ? r.body.data : r.body;
      expect(body.allowed_mentions?.parse, `${r.method} ${r.path}`).toEqual([]);
    }
    expect(logs.text).not.toContain(TOKEN);
    expect(logs.text.length).toBeGreaterThan(0);
  });
});
