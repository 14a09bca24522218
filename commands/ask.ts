// /ask question: a question in your own words, routed to the right answer.
import { SlashCommandBuilder } from 'discord.js';
import type { ChatCommand } from '../src/bot/command.js';
import { everywhere } from '../src/bot/commandScope.js';
import { OPTION_MAX, readOption } from '../src/bot/options.js';
import { answerQuery, notice } from '../src/bot/respond.js';

export const askCommand = {
  kind: 'chat',
  data: everywhere(new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask in your own words: who said, what did X say, when did, is it true that…')
    .addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(OPTION_MAX.question))),
  async execute(ctx, i) {
    const question = readOption('question', i.options.getString('question'));
    if (!question.ok) return notice(i, 'Check the question', question.message);
    await answerQuery(ctx, i, { command: 'ask', q: question.text });
  },
} satisfies ChatCommand;
