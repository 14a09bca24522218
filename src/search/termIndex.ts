// The candidate stage: an inverted index of stemmed terms with BM25 scoring. Fuse.js is accurate but scans
// every record; this narrows 100,000 records to a few hundred in a millisecond, and Fuse.js then ranks
// those. Typos are kept: a query term missing from the vocabulary is expanded to vocabulary terms one edit
// away (a deletion index, as in SymSpell), so "Lavorv" still reaches "lavrov".
import { terms } from '../text/tokens.js';

export interface TermHit { doc: number; score: number }

const K1 = 1.2;
const B = 0.75;

/** All strings made by deleting one character (and the word itself). */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export class TermIndex {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly lengths: number[] = [];
  private readonly deletes = new Map<string, string[]>();
  private totalLength = 0;

  /** Adds a document; returns its number (0, 1, 2, … in order of adding). */
  add(text: string): number {
    const doc = this.lengths.length;
    const ts = terms(text);
    this.lengths.push(ts.length);
    this.totalLength += ts.length;
    for (const t of ts) {
      let p = this.postings.get(t);
      if (!p) {
        p = new Map();
        this.postings.set(t, p);
        if (t.length >= 4 && !/^\d+$/.test(t)) {
          for (const d of deletions(t)) {
            const list = this.deletes.get(d);
            if (list) list.push(t);
            else this.deletes.set(d, [t]);
          }
        }
      }
      p.set(doc, (p.get(doc) ?? 0) + 1);
    }
    return doc;
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Vocabulary terms within one edit of `term` (insert, delete, substitute, or an adjacent swap). */
  private near(term: string): string[] {
    if (term.length < 4 || /^\d+$/.test(term)) return [];
    const found = new Set<string>();
    for (const d of deletions(term)) for (const t of this.deletes.get(d) ?? []) found.add(t);
    found.delete(term);
    return [...found];
  }

  /** Document frequency of a term (0 when unknown). */
  df(term: string): number {
    return this.postings.get(term)?.size ?? 0;
  }

  /** BM25 over the query's terms, typo-expanded; best first, at most `limit`. */
  search(query: string, limit = 200): TermHit[] {
    const n = this.lengths.length;
    if (n === 0) return [];
    const avg = this.totalLength / n || 1;
    const scores = new Map<number, number>();
    const qterms = [...new Set(terms(query))];
    for (const qt of qterms) {
      const variants: [string, number][] = this.postings.has(qt) ? [[qt, 1]] : this.near(qt).map((t) => [t, 0.7]);
      for (const [t, weight] of variants) {
        const p = this.postings.get(t)!;
        const idf = Math.log(1 + (n - p.size + 0.5) / (p.size + 0.5));
        for (const [doc, tf] of p) {
          const len = this.lengths[doc]!;
          const s = weight * idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * len) / avg)));
          scores.set(doc, (scores.get(doc) ?? 0) + s);
        }
      }
    }
    const hits: TermHit[] = [];
    for (const [doc, score] of scores) hits.push({ doc, score });
    hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return hits.slice(0, limit);
  }
}
