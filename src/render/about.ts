// What is loaded: articles, outlets, people, quotes, events and the last reload, for /about and the console.
import type { Library } from '../index/library.js';

export interface AboutFacts {
  articles: number;
  outlets: string[];
  people: number;
  quotes: number;
  events: number;
  rejected: number;
  loadedAt: string;
}

export function aboutFacts(lib: Library): AboutFacts {
  const outlets = [...new Set(lib.articles.map((a) => a.outlet).filter((o): o is string => !!o))].sort((a, b) => a.localeCompare(b));
  return {
    articles: lib.articles.length,
    outlets,
    people: lib.people.length,
    quotes: lib.quotes.length,
    events: lib.events.length,
    rejected: lib.rejected.length,
    loadedAt: new Date(lib.builtAt).toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function aboutSentence(f: AboutFacts): string {
  return `${plural(f.articles, 'article')} from ${plural(f.outlets.length, 'outlet')}; ${plural(f.people, 'person')
    .replace(/persons$/, 'people')}, ${plural(f.quotes, 'quote')}, ${plural(f.events, 'event')}` +
    `${f.rejected ? `; ${plural(f.rejected, 'file')} rejected` : ''}. Last reload ${f.loadedAt}.`;
}
