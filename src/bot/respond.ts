// Answering an interaction: reply when the answer is quick, defer then edit when it may not be; never a
// ping (allowed_mentions parses nothing on every payload); ephemeral notes for errors and refusals.
import { randomBytes } from 'node:crypto';
import {
  AttachmentBuilder, DiscordAPIError, MessageFlags, RESTJSONErrorCodes,
  type APIActionRowComponent, type APIComponentInMessageActionRow, type MessageComponentInteraction,
  type ModalSubmitInteraction, type CommandInteraction,
} from 'discord.js';
import type { QueryAnswer, QueryRequest } from '../model/query.js';
import { COLORS, noticePage, renderDiscord, type DiscordPage } from '../render/discordAnswer.js';
import { ATTACHMENT_MAX_BYTES, withPicture } from '../render/pictures/discordPicture.js';
import { discordPictureData, drawPicture, type Picture, type PictureData } from '../render/pictures/picture.js';
import type { Library } from '../library/library.js';
import type { BotContext } from './context.js';
import { pageButtons } from './pager.js';

export type Repliable = CommandInteraction | MessageComponentInteraction | ModalSubmitInteraction;

/** Nothing is parsed: no user, role, @everyone or reply pings. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const satisfies { parse: []; repliedUser: boolean };

/** Defer when the interaction is already this old when it reaches us, whatever the answer's speed. */
const DEFER_AFTER_AGE_MS = 1500;

type Components = APIActionRowComponent<APIComponentInMessageActionRow>[];

export async function sendPage(
  i: Repliable, page: DiscordPage, opts: { ephemeral?: boolean; components?: Components; picture?: Picture | null } = {},
): Promise<void> {
  // the picture goes up as a file that the page's embed shows (attachment://name), with its description as alt text
  const pic = opts.picture;
  const files = pic ? [new AttachmentBuilder(pic.png, { name: pic.name, description: pic.description })] : undefined;
  const payload = {
    content: page.content, embeds: page.embeds, components: opts.components ?? [], allowedMentions: NO_MENTIONS,
    ...(files ? { files } : {}),
  };
  if (i.deferred && !i.replied) await i.editReply(payload);
  else if (i.replied) await i.followUp({ ...payload, flags: opts.ephemeral ? MessageFlags.Ephemeral : undefined });
  else await i.reply({ ...payload, flags: opts.ephemeral ? MessageFlags.Ephemeral : undefined });
}

export function notice(i: Repliable, title: string, text: string, color: number = COLORS.notFound): Promise<void> {
  return sendPage(i, noticePage(title, text, color), { ephemeral: true });
}

export function stillLoading(store: BotContext['store']): string {
  const p = store.progress;
  return `Byline is still loading the articles${p && p.total ? ` (${p.done} of ${p.total})` : ''}. Try again in a moment.`;
}

export function cooldownText(seconds: number): string {
  return `Easy there: you can ask again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
}

/** Cooldown and loading checks shared by every question; true when the caller may go on. */
export async function admitQuestion(ctx: BotContext, i: Repliable): Promise<boolean> {
  if (!ctx.store.library) {
    await notice(i, 'Still loading', stillLoading(ctx.store));
    return false;
  }
  const wait = ctx.cooldown.take(i.user.id);
  if (wait > 0) {
    await notice(i, 'One moment', cooldownText(wait));
    return false;
  }
  return true;
}


/** How long after an interaction was created a picture may still be waited for before deferring. */
const PICTURE_WAIT_MS = 2000;

/** Waits for a picture being drawn while the interaction can still be acknowledged in time; defers first
 *  when it cannot. A picture that fails is logged and left out: the answer goes without it. */
export async function awaitPicture(ctx: BotContext, i: Repliable, drawing: Promise<Picture>, ephemeral = false): Promise<Picture | null> {
  const safe = drawing.then((p) => {
    if (p.png.length <= ATTACHMENT_MAX_BYTES) return p;
    ctx.log.warn({ bytes: p.png.length }, 'picture over the upload limit; answering without it');
    return null;
  }, (err: unknown) => {
    ctx.log.warn({ err }, 'picture could not be drawn; answering without it');
    return null;
  });
  if (!i.deferred && !i.replied) {
    const left = PICTURE_WAIT_MS - (ctx.now() - i.createdTimestamp);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), Math.max(0, left)); });
    const inTime = await Promise.race([safe.then(() => true), late]);
    clearTimeout(timer);
    if (!inTime) await i.deferReply({ flags: ephemeral ? MessageFlags.Ephemeral : undefined });
  }
  return safe;
}

/** Which picture goes with an answer: `true` for the usual one (a `when` naming a person gets their timeline, a
 *  `sources` answer its coverage chart), or a function choosing it. */
export type PictureChoice = boolean | ((lib: Library, result: QueryAnswer) => PictureData | null);

function choosePicture(choice: PictureChoice | undefined, lib: Library, result: QueryAnswer): PictureData | null {
  if (typeof choice === 'function') return choice(lib, result);
  return choice ? discordPictureData(lib, result) : null;
}

/** Runs one query and answers with its first page, and ◀ ▶ buttons when there are more; with a picture on
 *  page one when one is asked for and there is something to draw. */
export async function answerQuery(
  ctx: BotContext, i: Repliable, req: QueryRequest, opts: { ephemeral?: boolean; picture?: PictureChoice } = {},
): Promise<void> {
  if (!(await admitQuestion(ctx, i))) return;
  const lib = ctx.store.library!;
  if (ctx.latency.shouldDefer(lib, req.command) || ctx.now() - i.createdTimestamp > DEFER_AFTER_AGE_MS) {
    await i.deferReply({ flags: opts.ephemeral ? MessageFlags.Ephemeral : undefined });
  }
  const t0 = performance.now();
  const result = ctx.query(lib, req);
  ctx.latency.record(lib, req.command, performance.now() - t0);
  const pages = renderDiscord(result);
  let drawing: Promise<Picture> | null = null;
  try {
    const data = choosePicture(opts.picture, lib, result);
    if (data) drawing = drawPicture(data);
  } catch (err) {
    ctx.log.warn({ err }, 'picture could not be drawn; answering without it');
  }
  const picture = drawing ? await awaitPicture(ctx, i, drawing, opts.ephemeral) : null;
  const components = pages.length > 1 ? pageButtons(ctx.pager.open(i.user.id, pages), 0, pages.length) : [];
  await sendPage(i, picture ? withPicture(pages[0]!, picture) : pages[0]!, { ephemeral: opts.ephemeral, components, picture });
}

/** A reference the user can quote and the log line carries. */
export function errorRef(): string {
  return randomBytes(4).toString('hex');
}

export function isAckError(err: unknown): boolean {
  return err instanceof DiscordAPIError
    && (err.code === RESTJSONErrorCodes.UnknownInteraction || err.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged);
}

/** Logs a failed handler and tells the user, ephemerally, with a reference; never throws. */
export async function reportFailure(ctx: BotContext, i: Repliable | null, err: unknown, what: string): Promise<void> {
  const ref = errorRef();
  if (isAckError(err)) {
    ctx.log.warn({ ref, what, code: (err as DiscordAPIError).code }, 'interaction could not be answered (expired or already acknowledged)');
    return;
  }
  ctx.log.error({ err, ref, what }, 'handler failed');
  if (!i) return;
  try {
    await notice(i, 'Something went wrong', `Something went wrong (ref ${ref}). It has been logged; please try again.`, COLORS.error);
  } catch (again) {
    ctx.log.warn({ ref, err: again }, 'could not tell the user about the failure');
  }
}
