// One article's extraction in the contract's shape: local person keys become registry people, places in
// the article become Evidence.
import type { Event, ExtractedArticle, Person, Quote } from '../model/contract.js';
import type { Article } from '../parse/article.js';
import type { Registry } from '../extract/people/registry.js';
import type { ArticleExtraction } from '../extract/types.js';
import { evidenceFor } from './evidence.js';

export const UNKNOWN_SPEAKER = { id: 'unknown', name: 'unknown' } as const;

/** The registry people an article names, once each, in the article's order. */
export function articlePeople(article: Article, x: ArticleExtraction, registry: Registry): Person[] {
  const people = new Map<string, Person>();
  for (const p of x.people) {
    const person = registry.resolve(article.id, p.key);
    if (person) people.set(person.id, person);
  }
  return [...people.values()];
}

export function assembleArticle(article: Article, x: ArticleExtraction, registry: Registry): ExtractedArticle {
  const evidenceOf = evidenceFor(article);
  const quotes: Quote[] = x.quotes.map((q) => {
    const person = q.speaker ? registry.resolve(article.id, q.speaker) : undefined;
    return {
      speaker: person ? { id: person.id, name: person.name } : { ...UNKNOWN_SPEAKER },
      text: q.text,
      kind: q.kind,
      evidence: evidenceOf(q.cite),
      ...(q.cue ? { cue: q.cue } : {}),
    };
  });
  const events: Event[] = x.events.map((e) => ({
    kind: e.kind,
    what: e.what,
    participants: e.participants.map((k) => registry.resolve(article.id, k)?.name).filter((n): n is string => !!n),
    place: e.place,
    date: e.date,
    evidence: evidenceOf(e.cite),
  }));
  return {
    article: article.id,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    language: article.language,
    url: article.url,
    paragraphs: article.paragraphs.length,
    people: articlePeople(article, x, registry),
    quotes,
    events,
    dates: x.dates.map(({ cite, ...d }) => ({ ...d, evidence: evidenceOf(cite) })),
  };
}
