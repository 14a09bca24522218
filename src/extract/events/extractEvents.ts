// Meetings, visits, talks, calls, signings and other happenings, with participants, place and date.
import type { Article } from '../../parse/article.js';
import type { LocalDate, LocalEvent, LocalPerson } from '../types.js';

export function extractEvents(_article: Article, _people: LocalPerson[], _dates: LocalDate[]): LocalEvent[] {
  return [];
}
