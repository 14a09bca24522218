// Answers as Discord messages: one embed per answer (the answer in a sentence, then its evidence: outlet,
// headline, paragraph and the verbatim sentence in a quote block), best first, packed into pages that keep
// every Discord limit. Renders from the contract shapes only.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Event, Evidence, Quote, SourceItem } from '../model/contract.js';
import type { QueryAnswer } from '../model/query.js';
import { LIMITS } from './discordLimits.js';
import { cut, neutralizeMentions, oneLine, quoteBlock, safeCut } from './safeText.js';
import { languageNote } from './languageNote.js';
import { dateText, nearestDateText } from './text.js';

export interface DiscordPage {
  content: string;
  embeds: APIEmbed[];
}

/** Answers shown on one page, fewer when they are long (the 6,000-character total decides). */
export const ANSWERS_PER_PAGE = 3;
/** Answers rendered at most; the rest are counted, not shown. */
export const MAX_ANSWERS = 30;
/** The quote in the answer sentence is cut to this. */
const QUOTE_HEAD = 300;
/** Echoed user input is cut to this, so a long question cannot crowd out the answer. */
const ECHO_MAX = 200;

export const COLORS = { answer: 0x5865f2, supports: 0x57f287, conflicts: 0xfee75c, notFound: 0x99aab5, error: 0xed4245 } as const;

const COMMAND_HINTS: Record<string, string> = {
  'who-said': 'Try a few distinctive words from the quote, as written in the article.',
  quotes: 'Check the spelling of the name (autocomplete lists the people Byline knows), or drop the topic.',
  when: 'Name the event with words the article uses: who met whom, or where.',
  sources: 'Try the claim in fewer words, close to how an article would put it.',
  search: 'Try other words, or ask "who said …", "what did … say about …", "when did …".',
};

export function embedLength(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0)
    + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

function field(name: string, value: string, inline = false): APIEmbedField {
  return { name: cut(name, LIMITS.fieldName), value: value.trim() ? cut(value, LIMITS.fieldValue) : '—', inline };
}

/** "Read at <outlet>" as a masked link, its URL in <> like every link Byline sends (it never unfurls); brackets
 *  in the URL are escaped so they cannot end the link early. */
function readAt(e: Evidence): string {
  const url = articleLink(e);
  if (!url || url.length > 600) return ''; // a field holds 1,024: a longer link rides on the embed title alone
  const where = safeCut(oneLine(e.outlet ?? 'the source').replace(/[[\]()]/g, ''), 100);
  return `\n[Read at ${where}](<${url.replace(/\(/g, '%28').replace(/\)/g, '%29')}>)`;
}

function evidenceFields(e: Evidence): APIEmbedField[] {
  const note = languageNote(e);
  return [
    field('Outlet', e.outlet ? safeCut(oneLine(e.outlet), 200) : 'not named', true),
    field('Published', e.published ?? 'not dated', true),
    field('Paragraph', e.headline ? 'the headline' : String(e.paragraph), true),
    ...(note ? [field('Language', note[0]!.toUpperCase() + note.slice(1))] : []),
    field('Headline', safeCut(oneLine(e.title) || e.article, 300) + readAt(e)),
    field('In the article', quoteBlock(e.text, LIMITS.fieldValue)),
  ];
}

/** The article's address as an embed link: http(s) only (Discord refuses other schemes), whole or not at all. */
export function articleLink(e: Evidence): string | undefined {
  const url = e.url?.trim();
  if (!url || url.length > LIMITS.embedUrl || !/^https?:\/\/[^\s<>]+$/i.test(url) || /@(everyone|here)/i.test(url)) return undefined;
  try { new URL(url); } catch { return undefined; }
  return url;
}

function embed(title: string, description: string, e: Evidence, color: number): APIEmbed {
  const url = articleLink(e);
  return {
    title: safeCut(oneLine(title), LIMITS.embedTitle),
    ...(url ? { url } : {}),
    description: cut(description, 1500),
    color,
    fields: evidenceFields(e),
    // footers show no markdown, but a file named "@everyone.txt" still reads as a mention there
    footer: { text: cut(neutralizeMentions(e.article), 200) },
  };
}

const speakerName = (q: Quote) => (q.speaker.id === 'unknown' ? 'An unnamed speaker' : q.speaker.name);

function quoteEmbed(q: Quote): APIEmbed {
  const who = safeCut(oneLine(speakerName(q)), 200);
  const said = safeCut(oneLine(q.text), QUOTE_HEAD); // the full sentence follows in its own field
  const sentence = q.kind === 'direct' ? `**${who}** said: “${said}”` : `**${who}** said, in reported speech, that ${said}`;
  return embed(speakerName(q), sentence, q.evidence, COLORS.answer);
}

/** The answer to "when" leads: "On May 11 (2024-05-11)", "Before March", "Date not given". */
function whenPhrase(ev: Event): string {
  const when = dateText(ev.date).replace(/ \[([^\]]+)\]$/, ' ($1)');
  if (!ev.date || (!ev.date.text && !ev.date.start)) return 'Date not given';
  return ev.date.relation === 'on' && /^\d|^[A-Z][a-z]+ \d/.test(when) ? `On ${when}` : when[0]!.toUpperCase() + when.slice(1);
}

function eventEmbed(ev: Event): APIEmbed {
  const where = ev.place ? `, in ${safeCut(oneLine(ev.place), 200)}` : '';
  const who = ev.participants.length ? ` Taking part: ${safeCut(ev.participants.join(', '), 400)}.` : '';
  const near = nearestDateText(ev);
  const context = near ? ` *(${safeCut(near, 400)})*` : '';
  const sentence = `**${safeCut(whenPhrase(ev), 300)}**${where}: ${safeCut(oneLine(ev.what), 600)}.${who}${context}`;
  const kind = ev.kind === 'other' ? 'Event' : ev.kind[0]!.toUpperCase() + ev.kind.slice(1);
  return embed(`${kind}: ${ev.participants.length ? ev.participants.join(', ') : ev.what}`, sentence, ev.evidence, COLORS.answer);
}

function sourceEmbed(s: SourceItem): APIEmbed {
  const outlet = s.evidence.outlet ?? s.evidence.title;
  if (s.stance === 'supports') {
    return embed(`Supports: ${outlet}`, `${safeCut(oneLine(outlet), 200)} reports it.`, s.evidence, COLORS.supports);
  }
  if (s.stance === 'partly') {
    const on = s.evidence.published ? ` on ${safeCut(oneLine(s.evidence.published), 40)}` : '';
    const about = `${safeCut(oneLine(outlet), 200)} reported on this event${on}; not counted as support.`;
    return embed(`About this event: ${outlet}`, about, s.evidence, COLORS.answer);
  }
  const diffs = s.conflicts.map(conflictText).join('; ');
  const says = `${safeCut(oneLine(outlet), 200)} says otherwise${diffs ? `: ${diffs}` : ''}.`;
  return embed(`Conflicts: ${outlet}`, says, s.evidence, COLORS.conflicts);
}

/** A conflict as a person reads it: its reason ("the article says May 11, not May 12") when it has one. */
function conflictText(c: SourceItem['conflicts'][number]): string {
  return c.reason ? safeCut(oneLine(c.reason), 400) : `says ${safeCut(oneLine(c.source), 200)}, not ${safeCut(oneLine(c.claim), 200)}`;
}

function searchEmbed(e: Evidence): APIEmbed {
  return embed(e.title || e.article, 'This passage matches your words best.', e, COLORS.answer);
}

function notFoundEmbed(text: string, intent: string): APIEmbed {
  return {
    title: 'Not found',
    description: cut(`${safeShort(oneLine(text))}\n\n*${COMMAND_HINTS[intent] ?? COMMAND_HINTS.search}*`, 1500),
    color: COLORS.notFound,
  };
}

function safeShort(text: string): string {
  return safeCut(text, 1000);
}

interface Rendered { summary: string; embeds: APIEmbed[]; total: number }

function renderItems(result: QueryAnswer): Rendered {
  const a = result.answer;
  const intent = result.command === 'ask' ? (a as { intent: string }).intent : result.command;
  const echo = `“${safeCut(oneLine(a.query), ECHO_MAX)}”`;
  const prefix = result.command === 'ask' ? `Answered as /${intent === 'search' ? 'ask (search)' : intent}. ` : '';
  if ('verdict' in a) {
    const outlets = a.outlets.map((o) => safeCut(oneLine(o), 100)).join(', ');
    const count = a.outlets.length;
    const by = `${count} outlet${count === 1 ? '' : 's'}${outlets ? `: ${outlets}` : ''}`;
    const summary = a.verdict === 'supported' ? `${prefix}Supported by ${by}.`
      : a.verdict === 'conflicting' ? `${prefix}The sources disagree on ${echo}.`
      : `${prefix}Nothing in the loaded articles backs ${echo}.${a.answers.length ? ' Other articles about this event:' : ''}`;
    if (a.answers.length === 0) return { summary, embeds: [notFoundEmbed(`No article backs ${a.query}.`, 'sources')], total: 0 };
    return { summary, embeds: a.answers.slice(0, MAX_ANSWERS).map(sourceEmbed), total: a.answers.length };
  }
  if (a.notFound || a.answers.length === 0) {
    const embeds = [notFoundEmbed(a.notFound ?? `Nothing found for ${a.query}.`, intent)];
    return { summary: `${prefix}Nothing found for ${echo}.`, embeds, total: 0 };
  }
  const label = intent === 'when' ? 'event' : intent === 'search' ? 'passage' : 'quote';
  const n = a.answers.length;
  // "No article names Blinken. Events of Sergei Lavrov:": said first, the answers are not what was asked
  const note = (a as { note?: unknown }).note;
  const summary = typeof note === 'string'
    ? `${prefix}${safeCut(oneLine(note), 300)} ${n} event${n === 1 ? '' : 's'}${n > MAX_ANSWERS ? `, the first ${MAX_ANSWERS} shown` : ''}.`
    : `${prefix}${n} ${label}${n === 1 ? '' : 's'} for ${echo}${n > MAX_ANSWERS ? `, the best ${MAX_ANSWERS} shown` : ''}.`;
  const embeds = a.answers.slice(0, MAX_ANSWERS).map((item) =>
    'speaker' in item ? quoteEmbed(item) : 'participants' in item ? eventEmbed(item) : searchEmbed(item.evidence));
  return { summary, embeds, total: n };
}

/** Packs embeds into pages: at most ANSWERS_PER_PAGE each, within the 10-embed and 6,000-character limits. */
export function paginate(summary: string, embeds: APIEmbed[]): DiscordPage[] {
  const groups: APIEmbed[][] = [];
  let page: APIEmbed[] = [];
  let size = 0;
  for (const e of embeds) {
    const n = embedLength(e);
    if (page.length && (page.length >= Math.min(ANSWERS_PER_PAGE, LIMITS.embedsPerMessage) || size + n > LIMITS.embedsTotal)) {
      groups.push(page);
      page = [];
      size = 0;
    }
    page.push(e);
    size += n;
  }
  if (page.length) groups.push(page);
  return groups.map((g, k) => ({
    content: cut(groups.length > 1 ? `${summary} Page ${k + 1} of ${groups.length}.` : summary, LIMITS.content),
    embeds: g,
  }));
}

export function renderDiscord(result: QueryAnswer): DiscordPage[] {
  const r = renderItems(result);
  return paginate(r.summary, r.embeds);
}

/** A plain notice (errors, cooldowns, "still loading") as one page. */
export function noticePage(title: string, text: string, color: number = COLORS.notFound): DiscordPage {
  return { content: '', embeds: [{ title: cut(title, LIMITS.embedTitle), description: cut(text, LIMITS.embedDescription), color }] };
}
