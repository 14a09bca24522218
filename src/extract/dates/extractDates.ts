// Every date expression in the body, resolved against the publication date.
import type { Article } from '../../parse/article.js';
import type { LocalDate } from '../types.js';

export function extractDates(_article: Article): LocalDate[] {
  return [];
}
