// Every body sentence of every article, for evidence retrieval (sources, search): a BM25 index over
// sentences (the candidate stage), one over whole articles (is this article about the same event?), and
// a fingerprint of each sentence to spot syndicated copies. Boilerplate never gets here: the parser drops it.
import type { Person } from '../model/contract.js';
import type { Article } from '../parse/article.js';
import { AliasIndex } from '../search/aliasIndex.js';
import { TermIndex } from '../search/termIndex.js';
import { memoTerms } from '../search/fastTerms.js';

export interface SentenceRecord {
  article: Article;
  /** Position of the article in the index (0-based), the document number in `articleTerms`. */
  articleNo: number;
  /** 1-based body paragraph, or HEADLINE. */
  paragraph: number;
  /** 0-based position of the sentence in its paragraph. */
  sentence: number;
  text: string;
}

/** A cheap 32-bit hash (FNV-1a) of the text, case and spacing aside: same text, same number. */
function fingerprint(text: string): number {
  const f = text.toLowerCase().replace(/\s+/g, ' ');
  let h = 0x811c9dc5;
  for (let i = 0; i < f.length; i++) h = Math.imul(h ^ f.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The paragraph number of an article's headline record: a claim written as a headline finds its article. */
export const HEADLINE = 0;

/** Articles indexed between two pauses of a stepwise build. */
const INDEX_CHUNK = 5;

export class SentenceIndex {
  readonly records: SentenceRecord[] = [];
  readonly sentenceTerms = new TermIndex();
  readonly articleTerms = new TermIndex();
  readonly aliases: AliasIndex;
  /** Per article, the half-open range of its records. */
  private readonly ranges: [number, number][] = [];
  /** Sentence fingerprints per article, worked out when syndication is first asked about (few articles
   *  ever are): hashing every sentence up front was a tenth of the build. */
  private readonly printsOf = new Map<number, Set<number>>();

  /** With `stepwise`, the index fills only as `fill()` is stepped: a busy thread can pause between chunks. */
  constructor(private readonly articles: readonly Article[], people: readonly Person[] = [], stepwise = false) {
    this.aliases = new AliasIndex(people, true);
    if (!stepwise) for (const _ of this.fill()) { /* all at once */ }
  }

  /** Indexes the articles' sentences, yielding after every `chunk` articles. */
  *fill(chunk = INDEX_CHUNK): Generator<void> {
    yield* this.aliases.fill();
    const termsOf = memoTerms();
    for (let articleNo = 0; articleNo < this.articles.length; articleNo++) {
      const article = this.articles[articleNo]!;
      const start = this.records.length;
      const all: string[] = termsOf(article.title);
      this.records.push({ article, articleNo, paragraph: HEADLINE, sentence: 0, text: article.title });
      this.sentenceTerms.addTerms(all.slice());
      for (const p of article.paragraphs) {
        p.sentences.forEach((s, k) => {
          this.records.push({ article, articleNo, paragraph: p.n, sentence: k, text: s.text });
          const ts = termsOf(s.text);
          this.sentenceTerms.addTerms(ts);
          for (const t of ts) all.push(t);
        });
      }
      this.articleTerms.addTerms(all);
      this.ranges.push([start, this.records.length]);
      if ((articleNo + 1) % chunk === 0) yield;
    }
    yield* this.sentenceTerms.pack();
    yield* this.articleTerms.pack();
  }

  /** The record `k` places away from record `i` in the same paragraph, or null. */
  neighbour(i: number, k: number): SentenceRecord | null {
    const a = this.records[i];
    const b = this.records[i + k];
    return a && b && a.article === b.article && a.paragraph === b.paragraph ? b : null;
  }

  /** The fingerprints of an article's sentences. */
  prints(articleNo: number): Set<number> {
    let set = this.printsOf.get(articleNo);
    if (!set) {
      const [start, end] = this.ranges[articleNo]!;
      set = new Set(this.records.slice(start, end).map((r) => fingerprint(r.text)));
      this.printsOf.set(articleNo, set);
    }
    return set;
  }
}
