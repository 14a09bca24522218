// /seeds add | remove | list (moderators): change the articles from Discord. Registered for Manage Server
// only, and re-checked in the handler, as /reload is.
import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { ChatCommand } from '../src/bot/command.js';
import { guildOnly } from '../src/bot/commandScope.js';
import { FILE_OPTIONS, handleSeeds, seedsAutocomplete, type SeedsDeps } from '../src/bot/seeds/handleSeeds.js';

export function createSeedsCommand(deps: SeedsDeps = {}): ChatCommand {
  return {
    kind: 'chat',
    data: guildOnly(new SlashCommandBuilder()
      .setName('seeds')
      .setDescription('Moderators: add, remove or list the articles Byline answers from')
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
      .addSubcommand((s) => {
        s.setName('add').setDescription('Add .txt or .md articles (checked, saved, then reloaded)');
        FILE_OPTIONS.forEach((o, k) => s.addAttachmentOption((a) => a.setName(o)
          .setDescription(k === 0 ? 'An article (.txt or .md)' : 'Another article').setRequired(k === 0)));
        return s;
      })
      .addSubcommand((s) => s.setName('remove').setDescription('Remove an article file, then reload')
        .addStringOption((o) => o.setName('article').setDescription('The file name (start typing for suggestions)')
          .setRequired(true).setAutocomplete(true).setMaxLength(100)))
      .addSubcommand((s) => s.setName('list').setDescription('The loaded articles, a page at a time'))),
    execute: (ctx, i) => handleSeeds(ctx, i, deps),
    autocomplete: seedsAutocomplete,
  };
}

export const seedsCommand = createSeedsCommand();
