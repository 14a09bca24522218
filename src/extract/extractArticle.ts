// One article through every extractor, in dependency order: people, then quotes (speakers are people),
// dates, then events (participants are people, dates come from the date pass).
import type { Article } from '../parse/article.js';
import { extractDates } from './dates/extractDates.js';
import { extractEvents } from './events/extractEvents.js';
import { extractPeople } from './people/extractPeople.js';
import { extractQuotes } from './quotes/extractQuotes.js';
import type { ArticleExtraction } from './types.js';

export function extractArticle(article: Article): ArticleExtraction {
  const people = extractPeople(article);
  const quotes = extractQuotes(article, people);
  const dates = extractDates(article);
  const events = extractEvents(article, people, dates);
  return { people, quotes, dates, events };
}
