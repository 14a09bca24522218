// /who-said quote: who said these words.
import { SlashCommandBuilder } from 'discord.js';
import type { ChatCommand } from '../src/bot/command.js';
import { everywhere } from '../src/bot/commandScope.js';
import { OPTION_MAX, readOption } from '../src/bot/options.js';
import { answerQuery, notice } from '../src/bot/respond.js';

export const whoSaidCommand = {
  kind: 'chat',
  data: everywhere(new SlashCommandBuilder()
    .setName('who-said')
    .setDescription('Who said these words? Byline finds the quote and cites the article.')
    .addStringOption((o) => o.setName('quote').setDescription('A few words of the quote')
      .setRequired(true).setMaxLength(OPTION_MAX.quote))),
  async execute(ctx, i) {
    const quote = readOption('quote', i.options.getString('quote'));
    if (!quote.ok) return notice(i, 'Check the quote', quote.message);
    await answerQuery(ctx, i, { command: 'who-said', q: quote.text });
  },
} satisfies ChatCommand;
