// /seeds add | remove | list for moderators (the same permission as /reload): the Discord side of the work
// in addSeeds and seedFiles. Every change is followed by the bot's one reload path, so the reply says what
// the library now holds.
import { MessageFlags, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../context.js';
import { isModerator, memberRoleIds } from '../permissions.js';
import { reloadLibrary } from '../reload.js';
import { notice, sendPage, stillLoading } from '../respond.js';
import { pageButtons } from '../pager.js';
import { LIMITS } from '../../render/discordLimits.js';
import { seedRemovedPage, seedsAddedPage, seedsListPages } from '../../render/seedsPages.js';
import { addSeeds, type IncomingFile } from './addSeeds.js';
import { SEEDS_ADD_MAX_FILES, SEEDS_LIST_PAGE } from './limits.js';
import { removeSeedFile, SeedFileError, type SeedFs } from './seedFiles.js';

export interface SeedsDeps { fetch?: typeof fetch; files?: SeedFs }

/** The attachment options, in order: file, file2 … file5. */
export const FILE_OPTIONS = Array.from({ length: SEEDS_ADD_MAX_FILES }, (_, k) => (k === 0 ? 'file' : `file${k + 1}`));

export async function handleSeeds(ctx: BotContext, i: ChatInputCommandInteraction, deps: SeedsDeps = {}): Promise<void> {
  if (!i.inGuild() || !isModerator(i.memberPermissions, memberRoleIds(i), ctx.config.MODERATOR_ROLE_IDS)) {
    return notice(i, 'Moderators only', 'Only members with Manage Server or a moderator role can change the articles.');
  }
  const sub = i.options.getSubcommand(true);
  if (sub === 'list') return list(ctx, i);
  await i.deferReply({ flags: MessageFlags.Ephemeral });
  if (sub === 'add') {
    const files: IncomingFile[] = [];
    for (const o of FILE_OPTIONS) {
      const a = i.options.getAttachment(o);
      if (a) files.push({ name: a.name, url: a.url, size: a.size });
    }
    if (!files.length) {
      const description = 'Attach one or more .txt or .md articles to /seeds add.';
      return sendPage(i, { content: '', embeds: [{ title: 'Nothing attached', description }] });
    }
    const outcomes = await addSeeds(files, { seedsDir: ctx.config.SEEDS_DIR, maxFileBytes: ctx.config.SEEDS_MAX_FILE_BYTES, ...deps });
    const saved = outcomes.filter((o) => o.saved);
    ctx.log.info({ user: i.user.id, added: saved.map((o) => o.saved), rejected: outcomes.length - saved.length }, '/seeds add');
    const report = saved.length ? await reloadLibrary(ctx) : null;
    return sendPage(i, seedsAddedPage(outcomes, report));
  }
  if (sub === 'remove') {
    const article = (i.options.getString('article', true) ?? '').trim();
    try {
      await removeSeedFile(ctx.config.SEEDS_DIR, article, deps.files);
    } catch (err) {
      if (!(err instanceof SeedFileError)) throw err;
      const description = `${err.message}. /seeds list shows the file names.`.slice(0, LIMITS.embedDescription);
      return sendPage(i, { content: '', embeds: [{ title: 'Not removed', description }] });
    }
    ctx.log.info({ user: i.user.id, removed: article }, '/seeds remove');
    return sendPage(i, seedRemovedPage(article, await reloadLibrary(ctx)));
  }
}

async function list(ctx: BotContext, i: ChatInputCommandInteraction): Promise<void> {
  const lib = ctx.store.library;
  if (!lib) return notice(i, 'Still loading', stillLoading(ctx.store));
  const pages = seedsListPages(lib, SEEDS_LIST_PAGE);
  const components = pages.length > 1 ? pageButtons(ctx.pager.open(i.user.id, pages), 0, pages.length) : [];
  await sendPage(i, pages[0]!, { ephemeral: true, components });
}

/** /seeds remove's article choices: loaded file names containing what is typed. */
export async function seedsAutocomplete(ctx: BotContext, i: AutocompleteInteraction): Promise<void> {
  const lib = ctx.store.library;
  const typed = String(i.options.getFocused() ?? '').toLowerCase();
  const fits = (id: string) => id.toLowerCase().includes(typed) && id.length <= LIMITS.choiceValue;
  const names = lib ? lib.articles.map((a) => a.id).filter(fits) : [];
  await i.respond(names.sort().slice(0, LIMITS.autocompleteChoices).map((id) => ({ name: id.slice(0, LIMITS.choiceName), value: id })));
}
