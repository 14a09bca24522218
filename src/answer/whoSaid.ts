// "Who said these words?": the quotes whose words match best, with their speakers.
import type { QuotesAnswer } from '../model/contract.js';
import type { Library } from '../index/library.js';

/** Below this Fuse.js-derived score a match is too weak to name a speaker. */
export const WHO_SAID_MIN_SCORE = 0.45;

export function whoSaid(lib: Library, words: string, limit = 10): QuotesAnswer {
  const query = words.trim();
  if (!query) return { query, answers: [], notFound: 'Give some words of the quote.' };
  const hits = lib.quoteIndex.search(query, limit).filter((h) => h.score >= WHO_SAID_MIN_SCORE);
  if (hits.length === 0) return { query, answers: [], notFound: 'No quote in the loaded articles matches these words.' };
  return { query, answers: hits.map((h) => ({ ...h.quote, score: round(h.score) })), notFound: null };
}

export const round = (x: number) => Math.round(x * 1000) / 1000;
