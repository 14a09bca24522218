// /about: what is loaded (articles, outlets, people, quotes, events, last reload).
import { SlashCommandBuilder } from 'discord.js';
import type { ChatCommand } from '../src/bot/command.js';
import { everywhere } from '../src/bot/commandScope.js';
import { notice, sendPage, stillLoading } from '../src/bot/respond.js';
import { aboutPage } from '../src/render/discordNotices.js';

export const aboutCommand = {
  kind: 'chat',
  data: everywhere(new SlashCommandBuilder()
    .setName('about')
    .setDescription('What Byline has loaded: articles, outlets, people, quotes, events')),
  async execute(ctx, i) {
    const lib = ctx.store.library;
    if (!lib) return notice(i, 'Still loading', stillLoading(ctx.store));
    await sendPage(i, aboutPage(lib, ctx.lastReload));
  },
} satisfies ChatCommand;
