// Text from articles and from users made safe to show in Discord: markdown shown as typed, mentions and
// other <...> syntax inert, links wrapped in <> so they do not unfurl, and cuts that end cleanly with "…".

// a link ends where another begins ("…example.com)https://…"), so each is wrapped on its own
const URL_RE = /\bhttps?:\/\/(?:(?!https?:\/\/)[^\s<>"])*(?:(?!https?:\/\/)[^\s<>"'.,;:!?)\]}])/gi;
/** Characters that start or end inline markdown anywhere in a line. */
const INLINE_MD = /[\\*_~`|[\]]/g;
/** Line starts that Discord reads as headings, quotes, lists or subtext; and ordered-list numbers. */
const LINE_START_MD = /^(\s*)([#>+-])/gm;
const LINE_START_NUMBER = /^(\s*\d+)([.)])/gm;
const ZWSP = '\u200b';

/** @everyone/@here and <@id>, <@&id>, <#id>, </cmd:id>, <t:…>, <:emoji:id> lose their meaning (a zero-width space). */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<(?=[@#/:a-z])/gi, `<${ZWSP}`);
}

function escapePlain(text: string): string {
  return neutralizeMentions(text.replace(INLINE_MD, '\\$&').replace(LINE_START_MD, '$1\\$2').replace(LINE_START_NUMBER, '$1\\$2'));
}

/** Escapes markdown and mentions; links are kept intact but wrapped in <> so Discord does not unfurl them. */
export function safeText(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    out += escapePlain(text.slice(last, m.index)) + `<${neutralizeMentions(m[0])}>`;
    last = m.index + m[0].length;
  }
  return out + escapePlain(text.slice(last));
}

/** Collapses runs of whitespace (user input and one-line fields). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Cuts text to at most `max` characters, ending in "…" at a word boundary when one is near. Never leaves a
 * lone escape backslash, half a surrogate pair or an unclosed <link> at the end.
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  let s = text.slice(0, max - 1);
  const space = s.search(/\s\S*$/);
  if (space >= Math.floor(max * 0.8)) s = s.slice(0, space);
  if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
  const open = s.lastIndexOf('<');
  if (open >= 0 && s.indexOf('>', open) < 0 && /^<https?:/i.test(s.slice(open))) s = s.slice(0, open);
  s = s.replace(/\\+$/, (b) => (b.length % 2 ? b.slice(1) : b)).trimEnd();
  return s + '…';
}

/** Safe, then cut: the usual path for anything shown in an embed or message. */
export function safeCut(text: string, max: number): string {
  return cut(safeText(text), max);
}

/** A quote block of safe text within `max` characters. */
export function quoteBlock(text: string, max: number): string {
  const lines = safeText(text).split('\n').map((l) => `> ${l}`).join('\n');
  return cut(lines, max);
}
