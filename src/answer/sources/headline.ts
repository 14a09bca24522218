// The headline is indexed as a sentence of its own (paragraph HEADLINE), so a claim written as a headline
// finds its article. Where a body sentence stands in its paragraph, a headline stands alone; cited, it keeps
// the contract's 1-based paragraph (the first body paragraph, under it) and says it is the headline.
import { HEADLINE, type SentenceRecord } from '../../index/sentenceIndex.js';

export const isHeadline = (r: SentenceRecord): boolean => r.paragraph === HEADLINE;

/** The text a record's sentence stands in (its paragraph, or the headline itself), and the sentence's span there. */
export function placeOf(r: SentenceRecord): { text: string; start: number; end: number } {
  if (isHeadline(r)) return { text: r.article.title, start: 0, end: r.article.title.length };
  const p = r.article.paragraphs[r.paragraph - 1]!;
  const s = p.sentences[r.sentence]!;
  return { text: p.text, start: s.start, end: s.end };
}

/** The contract's paragraph for a record, and the headline mark when it is one. */
export function citedPlace(r: SentenceRecord): { paragraph: number; headline?: true } {
  return isHeadline(r) ? { paragraph: 1, headline: true } : { paragraph: r.paragraph };
}
