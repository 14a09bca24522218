// A plain search over body sentences, for questions that are none of the others: BM25 candidates, each
// scored by how much of the query it holds (word families, numbers, names by alias) and by Fuse.js (typos,
// near spellings), and each article's best sentence before any article's second.
import Fuse from 'fuse.js';
import type { SearchAnswer } from '../model/contract.js';
import type { Library } from '../library/library.js';
import type { SentenceRecord } from '../library/sentenceIndex.js';
import { evidenceOf } from '../library/evidence.js';
import { analyseClaim } from './sources/claim.js';
import { judge } from './sources/judge.js';
import { citedPlace } from './sources/headline.js';
import { tokenize, type WordShape } from './sources/passage.js';
import { round } from './whoSaid.js';

/** Below this a sentence is noise, not an answer (it holds under about half of the query's weight). */
export const SEARCH_MIN_SCORE = 0.4;
const CANDIDATES = 100;
const FUSE_SHARE = 0.3;
/** Fuse.js threshold and the longest query it reads (its bitap search grows with the pattern). */
const FUSE_THRESHOLD = 0.6;
const FUSE_PATTERN = 300;

export function search(lib: Library, text: string, limit = 10): SearchAnswer {
  const query = text.trim();
  if (!query) return { query, answers: [], notFound: 'Ask something.' };
  const index = lib.sentenceIndex;
  const claim = analyseClaim(query.slice(0, 1000), index.sentenceTerms, index.aliases);
  const candidates = index.sentenceTerms.searchTerms(claim.parts.map((p) => p.token.term), CANDIDATES).map((h) => index.records[h.doc]!);
  // Fuse.js reads only the sentences that will be scored: over long sentences it is the slow part
  const fuse = new Fuse(candidates, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: FUSE_THRESHOLD });
  const fuzzy = new Map(fuse.search(query.slice(0, FUSE_PATTERN)).map((r) => [r.item, 1 - (r.score ?? 1)]));
  const scored: { record: SentenceRecord; score: number }[] = [];
  const words = new Map<string, WordShape[]>();
  for (const record of candidates) {
    const coverage = judge(claim, record.text, () => '', tokenize(record.text, words)).coverage;
    scored.push({ record, score: (1 - FUSE_SHARE) * coverage + FUSE_SHARE * (fuzzy.get(record) ?? 0) });
  }
  const hits = scored.filter((h) => h.score >= SEARCH_MIN_SCORE).sort((a, b) => b.score - a.score);
  if (hits.length === 0) return { query, answers: [], notFound: 'Nothing in the loaded articles matches this.' };
  const firsts: typeof hits = [];
  const rest: typeof hits = [];
  const seen = new Set<string>();
  for (const h of hits) {
    (seen.has(h.record.article.id) ? rest : firsts).push(h);
    seen.add(h.record.article.id);
  }
  return {
    query,
    answers: [...firsts, ...rest].slice(0, limit).map((h) => ({
      evidence: { ...evidenceOf(h.record.article, { ...citedPlace(h.record), text: h.record.text }), ...citedPlace(h.record) },
      score: round(h.score),
    })),
    notFound: null,
  };
}
