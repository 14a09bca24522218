// A plain search over body sentences, for questions that are none of the others.
import type { SearchAnswer } from '../model/contract.js';
import type { Library } from '../index/library.js';
import { evidenceOf } from '../index/evidence.js';
import { round } from './whoSaid.js';

export function search(lib: Library, text: string, limit = 10): SearchAnswer {
  const query = text.trim();
  if (!query) return { query, answers: [], notFound: 'Ask something.' };
  const hits = lib.sentenceIndex.search(query, limit).filter((h) => h.score >= 0.3);
  if (hits.length === 0) return { query, answers: [], notFound: 'Nothing in the loaded articles matches this.' };
  return {
    query,
    answers: hits.map((h) => ({ evidence: evidenceOf(h.record.article, { paragraph: h.record.paragraph, text: h.record.text }), score: round(h.score) })),
    notFound: null,
  };
}
