// A picture on a Discord page: its own embed that shows the attached file (attachment://name) above the
// answers, titled, with the picture's description in words, within the 10-embed and 6,000-character limits.
import type { APIEmbed } from 'discord.js';
import type { DiscordPage } from '../discordAnswer.js';
import { COLORS, embedLength } from '../discordAnswer.js';
import { LIMITS } from '../discordLimits.js';
import { oneLine, safeCut } from '../safeText.js';
import type { Picture } from './picture.js';

/** Discord's upload limit for a server without boosts (10 MiB); a picture is far smaller, but never sent larger. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** The description under the picture is cut to this; the full text is the attachment's alternative text. */
const CAPTION_MAX = 600;

export function withPicture(page: DiscordPage, picture: Picture): DiscordPage {
  const image = { url: `attachment://${picture.name}` };
  const used = page.embeds.reduce((n, e) => n + embedLength(e), 0);
  const room = LIMITS.embedsTotal - used - picture.title.length;
  if (page.embeds.length >= LIMITS.embedsPerMessage || room < 80) {
    // no room for an embed of its own: the first answer's embed shows the picture
    const embeds = page.embeds.map((e, k) => (k === 0 ? { ...e, image } : e));
    return { ...page, embeds };
  }
  const embed: APIEmbed = {
    title: safeCut(oneLine(picture.title), LIMITS.embedTitle),
    description: safeCut(picture.description, Math.min(CAPTION_MAX, room)),
    color: COLORS.answer,
    image,
  };
  // first: the picture sums up the answers under it
  return { ...page, embeds: [embed, ...page.embeds] };
}
