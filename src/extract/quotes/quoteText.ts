// The words of a quoted span: whether they are a title rather than speech, and how they are cited.
import type { Paragraph } from '../../parse/article.js';
import { TITLE_SMALL_WORDS } from '../lexicon/lists.js';
import { overlapping } from './ranges.js';

/** All words capitalised ("Morning Joe", "The Art of the Deal"): a title, not speech. */
export function looksLikeTitle(s: string): boolean {
  const ws = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitalised = (w: string) => /^\P{L}*\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase());
  return ws.length > 0 && ws.length <= 8 && ws.every(capitalised) && !/[.!?]$/.test(s.trim());
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
