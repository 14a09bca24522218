// A direct message is a free-text question answered as /ask would be (typing indicator while working);
// "help" answers with help; over-long messages get a note instead of being processed.
import type { Message } from 'discord.js';
import { helpText } from '../render/help.js';
import { COLORS, noticePage, renderDiscord, type DiscordPage } from '../render/discordAnswer.js';
import type { BotContext } from './context.js';
import { pageButtons } from './pager.js';
import { NO_MENTIONS, stillLoading, cooldownText, errorRef } from './respond.js';

const HELP_WORDS = /^[/!]?(help|\?|hi|hello|start)[.!?]*$/i;

export async function handleDirectMessage(ctx: BotContext, message: Message): Promise<void> {
  if (message.author.bot || message.inGuild() || message.author.id === message.client.user?.id) return;
  const send = (page: DiscordPage, components: ReturnType<typeof pageButtons> = []) =>
    message.reply({ content: page.content, embeds: page.embeds, components, allowedMentions: NO_MENTIONS, failIfNotExists: false });
  try {
    const text = message.content.replace(/\s+/g, ' ').trim();
    if (!text) return;
    // the cooldown comes first so that notes (too long, help) cannot be used to make the bot send a flood
    const wait = ctx.cooldown.take(message.author.id);
    if (wait > 0) {
      await send(noticePage('One moment', cooldownText(wait)));
      return;
    }
    const max = ctx.config.DM_MAX_CHARS;
    if (text.length > max) {
      const size = text.length.toLocaleString('en');
      await send(noticePage('Too long', `That message is ${size} characters; I answer questions of up to ${max}. Ask a shorter question.`));
      return;
    }
    if (HELP_WORDS.test(text)) {
      await send(noticePage('Byline', helpText('discord'), COLORS.answer));
      return;
    }
    if (!ctx.store.library) {
      await send(noticePage('Still loading', stillLoading(ctx.store)));
      return;
    }
    if ('sendTyping' in message.channel) {
      await message.channel.sendTyping().catch((err: unknown) => ctx.log.debug({ err }, 'typing indicator failed'));
    }
    const t0 = performance.now();
    const result = ctx.query(ctx.store.library, { command: 'ask', q: text });
    ctx.latency.record(ctx.store.library, 'ask', performance.now() - t0);
    const pages = renderDiscord(result);
    await send(pages[0]!, pages.length > 1 ? pageButtons(ctx.pager.open(message.author.id, pages), 0, pages.length) : []);
  } catch (err) {
    const ref = errorRef();
    ctx.log.error({ err, ref, what: 'direct message' }, 'handler failed');
    await send(noticePage('Something went wrong', `Something went wrong (ref ${ref}). It has been logged; please try again.`, COLORS.error))
      .catch((again: unknown) => ctx.log.warn({ ref, err: again }, 'could not tell the user about the failure'));
  }
}
