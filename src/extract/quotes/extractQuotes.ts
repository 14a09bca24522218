// Direct and reported speech with their speakers.
import type { Article } from '../../parse/article.js';
import type { LocalPerson, LocalQuote } from '../types.js';

export function extractQuotes(_article: Article, _people: LocalPerson[]): LocalQuote[] {
  return [];
}
