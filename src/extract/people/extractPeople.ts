// People and organisations an article names, with aliases, roles and gender.
import type { Article } from '../../parse/article.js';
import type { LocalPerson } from '../types.js';

export function extractPeople(_article: Article): LocalPerson[] {
  return [];
}
