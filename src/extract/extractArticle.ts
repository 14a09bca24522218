// One article through every extractor, in dependency order: people, then quotes (speakers are people),
// dates, then events (participants are people, dates come from the date pass).
import type { Article } from '../parse/article.js';
import { readsLanguage } from '../parse/language.js';
import { extractDates } from './dates/extractDates.js';
import { articleGrammar } from './grammar/articleGrammar.js';
import { extractEvents } from './events/extractEvents.js';
import { extractPeople } from './people/extractPeople.js';
import { extractQuotes } from './quotes/extractQuotes.js';
import type { ArticleExtraction, LocalPerson, LocalQuote } from './types.js';

/** "the California congressman said" resolved to Adam Schiff: the article gave him that role too. */
function withDescribedRoles(people: LocalPerson[], quotes: readonly LocalQuote[]): LocalPerson[] {
  const added = new Map<string, Set<string>>();
  for (const q of quotes) {
    if (!q.speaker || !q.speakerAs) continue;
    const role = q.speakerAs.replace(/^(?:the|a|an)\s+/i, '');
    added.set(q.speaker, (added.get(q.speaker) ?? new Set()).add(role));
  }
  if (added.size === 0) return people;
  return people.map((p) => {
    const roles = [...(added.get(p.key) ?? [])].filter(
      (r) => p.kind === 'person' && !p.roles.some((x) => x.toLowerCase() === r.toLowerCase()),
    );
    return roles.length ? { ...p, roles: [...p.roles, ...roles] } : p;
  });
}

export function extractArticle(article: Article): ArticleExtraction {
  // rules written for English would misread any other language: such articles serve search and sources only
  if (!readsLanguage(article.language)) return { people: [], quotes: [], dates: [], events: [] };
  // words and attribution cues once, for both people and quotes
  const grammar = articleGrammar(article);
  const found = extractPeople(article, grammar);
  const quotes = extractQuotes(article, found, grammar);
  const people = withDescribedRoles(found, quotes);
  const dates = extractDates(article);
  const events = extractEvents(article, people, dates);
  return { people, quotes, dates, events };
}
