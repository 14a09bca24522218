// Every body sentence of every article, for evidence retrieval (sources, search).
import Fuse from 'fuse.js';
import type { Article } from '../parse/article.js';
import { TermIndex } from '../search/termIndex.js';

export interface SentenceRecord { article: Article; paragraph: number; sentence: number; text: string }
export interface SentenceHit { record: SentenceRecord; score: number }

export class SentenceIndex {
  readonly records: SentenceRecord[] = [];
  private readonly terms = new TermIndex();
  constructor(articles: readonly Article[]) {
    for (const article of articles) {
      for (const p of article.paragraphs) {
        p.sentences.forEach((s, k) => {
          this.records.push({ article, paragraph: p.n, sentence: k, text: s.text });
          this.terms.add(s.text);
        });
      }
    }
  }

  search(text: string, limit = 20): SentenceHit[] {
    const candidates = this.terms.search(text, 300).map((h) => this.records[h.doc]!);
    if (candidates.length === 0) return [];
    const fuse = new Fuse(candidates, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
    return fuse.search(text.slice(0, 300), { limit }).map((r) => ({ record: r.item, score: 1 - (r.score ?? 1) }));
  }
}
