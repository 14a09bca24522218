// /when event: when a meeting or event happened.
import { SlashCommandBuilder } from 'discord.js';
import type { ChatCommand } from '../src/bot/command.js';
import { everywhere } from '../src/bot/commandScope.js';
import { OPTION_MAX, readOption } from '../src/bot/options.js';
import { answerQuery, notice } from '../src/bot/respond.js';

export const whenCommand = {
  kind: 'chat',
  data: everywhere(new SlashCommandBuilder()
    .setName('when')
    .setDescription('When did a meeting or event happen?')
    .addStringOption((o) => o.setName('event').setDescription('The event, such as "the ministers met in Geneva"')
      .setRequired(true).setMaxLength(OPTION_MAX.event))),
  async execute(ctx, i) {
    const event = readOption('event', i.options.getString('event'));
    if (!event.ok) return notice(i, 'Check the event', event.message);
    await answerQuery(ctx, i, { command: 'when', q: event.text }, { picture: true });
  },
} satisfies ChatCommand;
