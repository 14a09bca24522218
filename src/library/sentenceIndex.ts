// Every body sentence of every article, for evidence retrieval (sources, search): a BM25 index over
// sentences (the candidate stage), one over whole articles (is this article about the same event?), and
// a fingerprint of each sentence to spot syndicated copies. Boilerplate never gets here: the parser drops it.
import type { Person } from '../model/contract.js';
import type { Article } from '../parse/article.js';
import { AliasIndex } from '../textIndex/aliasIndex.js';
import { TermIndex, type TermSegment } from '../textIndex/termIndex.js';
import { memoTerms } from '../textIndex/fastTerms.js';

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
  private sentenceIndex = new TermIndex();
  private articleIndex = new TermIndex();
  readonly aliases: AliasIndex;
  /** Per article, the half-open range of its records. */
  private readonly ranges: [number, number][] = [];
  /** Sentence fingerprints per article, worked out when syndication is first asked about (few articles
   *  ever are): hashing every sentence up front was a tenth of the build. */
  private readonly printsOf = new Map<number, Set<number>>();

  /** Every sentence, as a document numbered as its record. */
  get sentenceTerms(): TermIndex { return this.sentenceIndex; }
  /** Every article (title and body), as a document numbered as the article. */
  get articleTerms(): TermIndex { return this.articleIndex; }

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
      const { sentences, all } = this.addArticle(articleNo, termsOf);
      for (const ts of sentences) this.sentenceTerms.addTerms(ts);
      this.articleTerms.addTerms(all);
      if ((articleNo + 1) % chunk === 0) yield;
    }
    yield* this.sentenceTerms.pack();
    yield* this.articleTerms.pack();
  }

  /**
   * The index of `articles` made from this one's: an article this index holds (the same object) keeps its
   * indexed sentences, only the others are read; the people's names are indexed again. The same index as
   * one built over `articles`; this one is left as it is. Yields between the stages of the work.
   */
  *updated(articles: readonly Article[], people: readonly Person[]): Generator<void, SentenceIndex> {
    const next = new SentenceIndex(articles, people, true);
    yield* next.aliases.fill();
    const old = new Map<Article, number>();
    this.articles.forEach((a, k) => old.set(a, k));
    const termsOf = memoTerms();
    const sentenceSegments: TermSegment[] = [];
    const articleSegments: TermSegment[] = [];
    for (let articleNo = 0; articleNo < articles.length; articleNo++) {
      const was = old.get(articles[articleNo]!);
      if (was === undefined) {
        const { sentences, all } = next.addArticle(articleNo, termsOf);
        sentenceSegments.push({ docs: sentences });
        articleSegments.push({ docs: [all] });
        if ((articleNo + 1) % INDEX_CHUNK === 0) yield;
        continue;
      }
      const [start, end] = this.ranges[was]!;
      const from = next.records.length;
      // a record whose article keeps its place is shared with this index (records are never changed)
      for (let k = start; k < end; k++) {
        const r = this.records[k]!;
        next.records.push(r.articleNo === articleNo ? r : { ...r, articleNo });
      }
      next.ranges.push([from, next.records.length]);
      sentenceSegments.push({ from: start, to: end });
      articleSegments.push({ from: was, to: was + 1 });
      if ((articleNo + 1) % (INDEX_CHUNK * 10) === 0) yield;
    }
    next.sentenceIndex = yield* this.sentenceTerms.rebuiltSteps(sentenceSegments);
    next.articleIndex = yield* this.articleTerms.rebuiltSteps(articleSegments);
    return next;
  }

  /** Records an article's sentences; gives their terms, and the article's (title and body) as one document. */
  private addArticle(articleNo: number, termsOf: (text: string) => string[]): { sentences: string[][]; all: string[] } {
    const [start, end] = this.addRecords(articleNo);
    const all: string[] = termsOf(this.records[start]!.text);
    const sentences: string[][] = [all.slice()];
    for (let k = start + 1; k < end; k++) {
      const ts = termsOf(this.records[k]!.text);
      sentences.push(ts);
      for (const t of ts) all.push(t);
    }
    return { sentences, all };
  }

  /** Records an article's headline and sentences; gives the range of its records. */
  private addRecords(articleNo: number): [number, number] {
    const article = this.articles[articleNo]!;
    const start = this.records.length;
    this.records.push({ article, articleNo, paragraph: HEADLINE, sentence: 0, text: article.title });
    for (const p of article.paragraphs) {
      p.sentences.forEach((s, k) => this.records.push({ article, articleNo, paragraph: p.n, sentence: k, text: s.text }));
    }
    const range: [number, number] = [start, this.records.length];
    this.ranges.push(range);
    return range;
  }

  /** The index of `articles` around term postings saved from one built over them (librarySnapshot.ts): the
   *  records and names are made again, no sentence is split into terms. */
  static restored(articles: readonly Article[], people: readonly Person[], sentenceTerms: TermIndex, articleTerms: TermIndex):
      SentenceIndex {
    const out = new SentenceIndex(articles, people, true);
    for (const _ of out.aliases.fill()) { /* all at once */ }
    for (let articleNo = 0; articleNo < articles.length; articleNo++) out.addRecords(articleNo);
    if (out.records.length !== sentenceTerms.size || articles.length !== articleTerms.size) {
      throw new Error('the saved sentence index does not match the articles');
    }
    out.sentenceIndex = sentenceTerms;
    out.articleIndex = articleTerms;
    return out;
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
