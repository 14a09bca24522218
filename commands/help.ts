// /help: what Byline can do.
import { SlashCommandBuilder } from 'discord.js';
import type { ChatCommand } from '../src/bot/command.js';
import { everywhere } from '../src/bot/commandScope.js';
import { sendPage } from '../src/bot/respond.js';
import { helpPage } from '../src/render/discordNotices.js';

export const helpCommand = {
  kind: 'chat',
  data: everywhere(new SlashCommandBuilder().setName('help').setDescription('What Byline can do')),
  async execute(_ctx, i) {
    await sendPage(i, helpPage(), { ephemeral: true });
  },
} satisfies ChatCommand;
