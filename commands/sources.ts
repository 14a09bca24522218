// /sources claim: which outlets back a claim, and any that disagree.
import { SlashCommandBuilder } from 'discord.js';
import type { ChatCommand } from '../src/bot/command.js';
import { everywhere } from '../src/bot/commandScope.js';
import { OPTION_MAX, readOption } from '../src/bot/options.js';
import { answerQuery, notice } from '../src/bot/respond.js';

export const sourcesCommand = {
  kind: 'chat',
  data: everywhere(new SlashCommandBuilder()
    .setName('sources')
    .setDescription('Which sources back a claim?')
    .addStringOption((o) => o.setName('claim').setDescription('The claim to check').setRequired(true).setMaxLength(OPTION_MAX.claim))),
  async execute(ctx, i) {
    const claim = readOption('claim', i.options.getString('claim'));
    if (!claim.ok) return notice(i, 'Check the claim', claim.message);
    await answerQuery(ctx, i, { command: 'sources', q: claim.text }, { picture: true });
  },
} satisfies ChatCommand;
