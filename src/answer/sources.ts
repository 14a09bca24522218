// "Which sources back this claim?": matching sentences, a verdict, and the outlets that support it.
import type { SourcesAnswer } from '../model/contract.js';
import type { Library } from '../index/library.js';
import { evidenceOf } from '../index/evidence.js';
import { round } from './whoSaid.js';

export function sources(lib: Library, claim: string, limit = 10): SourcesAnswer {
  const query = claim.trim();
  const hits = query ? lib.sentenceIndex.search(query, limit).filter((h) => h.score >= 0.5) : [];
  if (hits.length === 0) return { query, verdict: 'not-found', answers: [], outlets: [] };
  const answers = hits.map((h) => ({
    stance: 'supports' as const,
    evidence: evidenceOf(h.record.article, { paragraph: h.record.paragraph, text: h.record.text }),
    score: round(h.score),
    conflicts: [],
  }));
  const outlets = [...new Set(answers.map((a) => a.evidence.outlet).filter((o): o is string => !!o))];
  return { query, verdict: 'supported', answers, outlets };
}
