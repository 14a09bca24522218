// "When did it happen?": events matching participants, kind, place and words.
import type { WhenAnswer } from '../model/contract.js';
import type { Library } from '../index/library.js';

export function when(lib: Library, eventWords: string, limit = 10): WhenAnswer {
  const query = eventWords.trim();
  if (!query) return { query, answers: [], notFound: 'Describe the event.' };
  const hits = lib.eventIndex.search(query, limit).filter((h) => h.score >= 0.3);
  if (hits.length === 0) return { query, answers: [], notFound: 'No event in the loaded articles matches this.' };
  return { query, answers: hits.map((h) => h.event), notFound: null };
}
