// The headline is indexed as a sentence of its own (paragraph HEADLINE), so a claim written as a headline
// finds its article. Where a body sentence stands in its paragraph, a headline stands alone; cited, it keeps
// the contract's 1-based paragraph (the first body paragraph, under it) and says it is the headline.
import { HEADLINE, type SentenceRecord } from '../../library/sentenceIndex.js';
import type { Claim } from './claim.js';
import { STOPWORDS } from '../../text/tokens.js';
import { known } from '../../text/wordnet.js';

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

/** Share of a headline's words written capitalised beyond which it is in title case. */
const TITLE_CASE = 0.6;

/** The headline as the judge should read it: in title case ("Lohan Checks Into Rehab") every word looks like
 *  a name, so a word keeps its capital only where the body writes it so more often than not. Same length as
 *  the headline, so offsets still point into it. */
export function headlineReading(article: { title: string; paragraphs: readonly { text: string }[] }): string {
  const title = article.title;
  const words = title.match(/\p{L}+/gu) ?? [];
  if (words.length < 3 || words.filter((w) => /^\p{Lu}/u.test(w)).length < TITLE_CASE * words.length) return title;
  // one pass over the body, counting only the headline's words as written and in lower case
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, 0).set(w.toLowerCase(), 0);
  for (const p of article.paragraphs) {
    for (const w of p.text.match(/\p{L}+/gu) ?? []) {
      const n = counts.get(w);
      if (n !== undefined) counts.set(w, n + 1);
    }
  }
  const count = (w: string) => counts.get(w) ?? 0;
  return title.replace(/\p{Lu}\p{Ll}+/gu, (w) => {
    const lower = w.toLowerCase();
    const [upper, plain] = [count(w), count(lower)];
    // a word the body never writes: a name if no dictionary holds it as a common word ("Mara", not "Checks")
    if (upper === 0 && plain === 0) return STOPWORDS.has(lower) || known(lower) ? lower : w;
    return upper > plain ? w : lower;
  });
}

/** A headline is terse: it backs a claim only when it gives every name the claim does itself ("Valley Lohan" is
 *  not backed by a headline on Lindsay Lohan, whatever valley the body mentions); else it is on topic. */
export function headlineJudged<J extends { supports: boolean }>(
  claim: Claim, record: SentenceRecord, headlineTerms: (text: string) => string[], judgement: J,
): J {
  if (!judgement.supports || !isHeadline(record)) return judgement;
  const own = new Set(headlineTerms(record.text));
  return claim.parts.every((p) => p.token.kind !== 'name' || own.has(p.token.term)) ? judgement : { ...judgement, supports: false };
}
