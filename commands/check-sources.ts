// "Check sources" (message context menu): /sources on the message's text, answered privately.
import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import type { MessageCommand } from '../src/bot/command.js';
import { everywhere } from '../src/bot/commandScope.js';
import { OPTION_MAX } from '../src/bot/options.js';
import { answerQuery, notice } from '../src/bot/respond.js';

/** A long message is checked on its opening words, cut at a word boundary. */
function claimOf(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= OPTION_MAX.claim ? t : t.slice(0, OPTION_MAX.claim).replace(/\s+\S*$/, '');
}

export const checkSourcesCommand = {
  kind: 'message',
  data: everywhere(new ContextMenuCommandBuilder().setName('Check sources').setType(ApplicationCommandType.Message)),
  async execute(ctx, i) {
    const claim = claimOf(i.targetMessage.content ?? '');
    if (!claim) return notice(i, 'Nothing to check', 'That message has no text to check.');
    await answerQuery(ctx, i, { command: 'sources', q: claim }, { ephemeral: true, picture: true });
  },
} satisfies MessageCommand;
