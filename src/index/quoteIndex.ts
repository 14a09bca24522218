// Quotes by their words: term candidates, then Fuse.js ranks them (typos, partial recall).
import Fuse from 'fuse.js';
import type { Quote } from '../model/contract.js';
import { TermIndex } from '../search/termIndex.js';

export interface QuoteHit { quote: Quote; score: number }

export class QuoteIndex {
  private readonly terms = new TermIndex();
  constructor(readonly quotes: readonly Quote[]) {
    for (const q of quotes) this.terms.add(q.text);
  }

  /** Best first; score in 0..1, 1 a perfect match. */
  search(words: string, limit = 10): QuoteHit[] {
    const candidates = this.terms.search(words, 300).map((h) => this.quotes[h.doc]!);
    if (candidates.length === 0) return [];
    const fuse = new Fuse(candidates, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
    return fuse.search(words.slice(0, 200), { limit }).map((r) => ({ quote: r.item, score: 1 - (r.score ?? 1) }));
  }
}
