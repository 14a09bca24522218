// What is loaded: articles, outlets, people, quotes, events and the last reload, for /about and the console.
import type { Library } from '../library/library.js';
import { languageName, readsLanguage } from '../parse/language.js';

export interface AboutFacts {
  articles: number;
  outlets: string[];
  people: number;
  quotes: number;
  events: number;
  rejected: number;
  loadedAt: string;
  /** Articles per language, most first. */
  languages: { code: string; name: string; articles: number; read: boolean }[];
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
    languages: languagesOf(lib),
    loadedAt: new Date(lib.builtAt).toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

function languagesOf(lib: Library): AboutFacts['languages'] {
  const counts = new Map<string, number>();
  for (const a of lib.articles) counts.set(a.language, (counts.get(a.language) ?? 0) + 1);
  return [...counts].map(([code, articles]) => ({ code, name: languageName(code), articles, read: readsLanguage(code) }))
    .sort((a, b) => b.articles - a.articles || a.code.localeCompare(b.code));
}

/** "in English", or "12 in English, 3 in Russian (quotes and dates not read)". */
export function languagesText(f: AboutFacts): string {
  const unread = (l: AboutFacts['languages'][number]) => (l.read ? '' : ' (quotes and dates not read)');
  if (f.languages.length === 1) return `in ${f.languages[0]!.name}${unread(f.languages[0]!)}`;
  return f.languages.map((l) => `${l.articles} in ${l.name}${unread(l)}`).join(', ');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function aboutSentence(f: AboutFacts): string {
  const languages = f.languages.length ? ` (${languagesText(f)})` : '';
  return `${plural(f.articles, 'article')} from ${plural(f.outlets.length, 'outlet')}${languages}; ${plural(f.people, 'person')
    .replace(/persons$/, 'people')}, ${plural(f.quotes, 'quote')}, ${plural(f.events, 'event')}` +
    `${f.rejected ? `; ${plural(f.rejected, 'file')} rejected` : ''}. Last reload ${f.loadedAt}.`;
}
