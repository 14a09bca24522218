// The words of a quoted span: whether they are a title rather than speech, and how they are cited.
import type { Paragraph } from '../../parse/article.js';
import { TITLE_SMALL_WORDS } from '../lexicon/lists.js';
import { overlapping } from './ranges.js';

/** Every word capitalised but the small ones, at most eight words. */
function titleCase(s: string): boolean {
  const ws = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitalised = (w: string) => /^\P{L}*\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase());
  return ws.length > 0 && ws.length <= 8 && ws.every(capitalised);
}

/** All words capitalised ("Morning Joe", "The Art of the Deal"): a title, not speech. */
export function looksLikeTitle(s: string): boolean {
  return titleCase(s) && !/[.!?]$/.test(s.trim());
}

/** A preposition, maybe an owner ("on NBC's", "with Sirius XM's", "of the"), right before the opening mark. */
const AFTER_PREPOSITION = /(?:^|\s)(?:on|of|with|for|in)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{L}+['\u2019]s\s+)?\P{L}{0,2}$/u;

/** "said on NBC's “Meet the Press.”", "the founder of “Indian Americans for Progress.”": a title after a
 *  preposition names a programme, a book or a body (a closing point is the American style), not speech. */
export function namedAfterPreposition(s: string, before: string): boolean {
  return titleCase(s) && !/[!?]$/.test(s.trim()) && AFTER_PREPOSITION.test(before.slice(-60));
}

/** The sentence(s) of a paragraph that a range of it stands in, verbatim. */
export function citeText(p: Paragraph, start: number, end: number): string {
  const ss = overlapping(p.sentences, start, end);
  if (ss.length === 0) return p.text;
  return p.text.slice(ss[0]!.start, ss.at(-1)!.end);
}

export function cleanQuote(text: string): string {
  return text.trim().replace(/^[\s,]+|[\s,]+$/g, '');
}
