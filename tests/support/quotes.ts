// What the quote tests read an article's quotes with: an article from text, its quotes as [speaker name,
// kind, text], and the quote (or its speaker) that holds some words.
import { parseArticle } from '../../src/parse/parseArticle.js';
import type { Article } from '../../src/parse/article.js';
import { extractPeople } from '../../src/extract/people/extractPeople.js';
import { extractQuotes } from '../../src/extract/quotes/extractQuotes.js';

export type QuoteRow = [speaker: string, kind: string, text: string];

export function article(text: string, id = 'a.txt'): Article {
  const r = parseArticle(id, text);
  if (!r.ok) throw new Error(r.error);
  return r.article;
}

/** An article of these paragraphs under a plain headline and outlet. */
export const body = (...paragraphs: string[]) => article(`Headline of the story\n\nThe Daily Test\n\n${paragraphs.join('\n\n')}\n`);

/** The quotes of an article as [speaker name, kind, text]. */
export function quotesOf(a: Article): QuoteRow[] {
  const people = extractPeople(a);
  return extractQuotes(a, people).map((q) => [people.find((p) => p.key === q.speaker)?.name ?? 'unknown', q.kind, q.text]);
}

export const quoteWith = (qs: QuoteRow[], words: string) => qs.find((q) => q[2].includes(words));
export const speakerOf = (qs: QuoteRow[], words: string) => quoteWith(qs, words)?.[0];
