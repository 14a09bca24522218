// "What did this person say (about X)?": the person found fuzzily, then their quotes, on topic first.
import Fuse from 'fuse.js';
import type { Quote, QuotesAnswer } from '../model/contract.js';
import type { Library } from '../index/library.js';
import { round } from './whoSaid.js';

export function quotesBy(lib: Library, speaker: string, about?: string, limit = 20): QuotesAnswer {
  const query = speaker.trim();
  if (!query) return { query, answers: [], notFound: 'Name a speaker.' };
  const [best] = lib.peopleIndex.find(query, 1);
  if (!best || best.score < 0.5) return { query, answers: [], notFound: `Nobody called '${query}' is named in the loaded articles.` };
  let quotes: Quote[] = lib.quotes.filter((q) => q.speaker.id === best.person.id);
  if (quotes.length === 0) return { query, answers: [], notFound: `${best.person.name} is named, but no quote of theirs was found.` };
  if (about?.trim()) {
    const fuse = new Fuse(quotes, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.5 });
    const hits = fuse.search(about.trim().slice(0, 200));
    if (hits.length === 0) return { query, answers: [], notFound: `No quote of ${best.person.name} is about '${about.trim()}'.` };
    return { query, answers: hits.slice(0, limit).map((h) => ({ ...h.item, score: round(1 - (h.score ?? 1)) })), notFound: null };
  }
  quotes = quotes.slice(0, limit);
  return { query, answers: quotes.map((q) => ({ ...q, score: round(best.score) })), notFound: null };
}
