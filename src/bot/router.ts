// Every interaction to its handler. Never throws: a failing handler becomes a logged error and an
// ephemeral "something went wrong (ref …)" reply, never "The application did not respond".
import { MessageFlags, type Interaction } from 'discord.js';
import { NO_MENTIONS, notice, reportFailure } from './respond.js';
import type { BotContext } from './context.js';
import type { ChatCommand, CommandModule, MessageCommand } from './command.js';
import { PAGE_PREFIX } from './pager.js';

export type InteractionHandler = (interaction: Interaction) => Promise<void>;

export function createRouter(ctx: BotContext, commands: readonly CommandModule[]): InteractionHandler {
  const chat = new Map<string, ChatCommand>();
  const message = new Map<string, MessageCommand>();
  for (const c of commands) {
    if (c.kind === 'chat') chat.set(c.data.name, c);
    else message.set(c.data.name, c);
  }

  return async (i) => {
    const t0 = performance.now();
    try {
      if (i.isAutocomplete()) {
        const cmd = chat.get(i.commandName);
        if (cmd?.autocomplete) await cmd.autocomplete(ctx, i);
        else await i.respond([]);
      } else if (i.isChatInputCommand()) {
        const cmd = chat.get(i.commandName);
        if (cmd) await cmd.execute(ctx, i);
        else await notice(i, 'Unknown command', 'This command is no longer part of Byline. Type /help for the current ones.');
      } else if (i.isMessageContextMenuCommand()) {
        const cmd = message.get(i.commandName);
        if (cmd) await cmd.execute(ctx, i);
        else await notice(i, 'Unknown command', 'This command is no longer part of Byline.');
      } else if (i.isButton() && i.customId.startsWith(PAGE_PREFIX)) {
        const turn = ctx.pager.turn(i.customId, i.user.id);
        if (turn.kind === 'page') {
          const { content, embeds } = turn.page;
          await i.update({ content, embeds, components: turn.components, allowedMentions: NO_MENTIONS });
        } else if (turn.kind === 'noop') {
          await i.deferUpdate();
        } else {
          await i.reply({
            content: turn.kind === 'not-owner'
              ? 'Only the person who asked can turn these pages. Ask your own question to page through it.'
              : 'These pages have expired. Ask again for a fresh answer.',
            flags: MessageFlags.Ephemeral,
            allowedMentions: NO_MENTIONS,
          });
        }
      }
    } catch (err) {
      await reportFailure(ctx, i.isRepliable() ? i : null, err, describe(i));
    }
    ctx.log.debug({ what: describe(i), user: i.user.id, guild: i.guildId, ms: Math.round(performance.now() - t0) }, 'interaction handled');
  };
}

function describe(i: Interaction): string {
  if ('commandName' in i) return i.isAutocomplete() ? `${i.commandName} (autocomplete)` : i.commandName;
  return i.isButton() ? 'page button' : `interaction type ${i.type}`;
}
