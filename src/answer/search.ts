// A plain search over body sentences, for questions that are none of the others: BM25 candidates, Fuse.js
// ranks them, and each article's best sentence comes before any article's second.
import type { SearchAnswer } from '../model/contract.js';
import type { Library } from '../index/library.js';
import type { SentenceHit } from '../index/sentenceIndex.js';
import { evidenceOf } from '../index/evidence.js';
import { round } from './whoSaid.js';

/** Below this Fuse.js-derived score a sentence is noise, not an answer. */
export const SEARCH_MIN_SCORE = 0.3;

export function search(lib: Library, text: string, limit = 10): SearchAnswer {
  const query = text.trim();
  if (!query) return { query, answers: [], notFound: 'Ask something.' };
  const hits = lib.sentenceIndex.search(query, limit * 5).filter((h) => h.score >= SEARCH_MIN_SCORE);
  if (hits.length === 0) return { query, answers: [], notFound: 'Nothing in the loaded articles matches this.' };
  const firsts: SentenceHit[] = [];
  const rest: SentenceHit[] = [];
  const seen = new Set<string>();
  for (const h of hits) {
    (seen.has(h.record.article.id) ? rest : firsts).push(h);
    seen.add(h.record.article.id);
  }
  return {
    query,
    answers: [...firsts, ...rest].slice(0, limit).map((h) => ({
      evidence: evidenceOf(h.record.article, { paragraph: h.record.paragraph, text: h.record.text }),
      score: round(h.score),
    })),
    notFound: null,
  };
}
