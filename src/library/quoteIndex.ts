// Quotes by their words: BM25 term candidates (typo-tolerant), then Fuse.js ranks them. Besides each quote,
// the quotes one speaker gives in one paragraph are also indexed joined, so words recalled across a
// "…,” he said, “…" break still find them. Matching runs on folded text (no case, quote marks or dashes).
import Fuse from 'fuse.js';
import type { Quote } from '../model/contract.js';
import { oneEditApart } from '../text/edits.js';
import { memoTerms } from '../textIndex/fastTerms.js';
import { TermIndex, type TermSegment } from '../textIndex/termIndex.js';
import { fold } from '../text/normalize.js';
import { terms, termsOfWords, words as wordsOf } from '../text/tokens.js';

/** `inOrder`: the share of the query's neighbouring word pairs (function words too) that the matched text
 *  holds side by side, 0 for a query of one word: how closely it holds the words as asked, not just which. */
export interface QuoteHit { quote: Quote; score: number; inOrder: number }

/** A quote (or a run of one speaker's quotes) as indexed. */
interface Doc { raw: string; quote: number }

/** A document's words, then its terms and folded text, worked out when a search first ranks it (a few dozen a
 *  query; terms and text only for the candidates that get that far), not for every quote at build time; the
 *  most recently ranked are kept, not every one ever ranked (over a long uptime that was a second copy of
 *  every quote). */
interface Ranked { words: string[]; terms?: Set<string>; text?: string }
const RANKED_KEPT = 5000;

/** How many term candidates are scored by word coverage, and how many of the best of those Fuse.js ranks
 *  (Fuse.js is the costly step on long quotes). */
const CANDIDATES = 80;
/** A query of few content words ("think that he knows that it will be") ties BM25 across every short quote
 *  holding them, so more candidates are read and the order of all its words picks among them. */
const CANDIDATES_FEW_TERMS = 400;
const FEW_TERMS = 3;
/** How much of a query is read (Fuse.js's cost grows with the pattern). */
const QUERY_CHARS = 200;
const LONGER_THAN_A_WORD = /\S{40,}/gu;
/** Quotes indexed between two pauses of a stepwise build. */
const INDEX_CHUNK = 50;
const FUSE_RANKED = 20;
/** Small preferences between equally good matches: a named speaker, then words in quotation marks. */
const NAMED_BONUS = 0.02;
const DIRECT_BONUS = 0.01;
/** Every query word present counts a little below an exact phrase match. */
const COVERAGE_WEIGHT = 0.9;

/** Words of four letters or more one edit apart count as the same word (a typo). */
const nearWord = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 4 && oneEditApart(a, b));


/** Share of the query's content words that the quote holds (typos of one letter forgiven): recalls
 *  scattered words ("approximately 4000 missing servicemen") that Fuse.js's character matching misses. */
function coverage(queryTerms: readonly string[], have: ReadonlySet<string>): number {
  if (queryTerms.length === 0) return 0;
  let found = 0;
  for (const t of queryTerms) {
    if (have.has(t)) { found++; continue; }
    for (const h of have) if (nearWord(t, h)) { found++; break; }
  }
  return found / queryTerms.length;
}

/** The query's neighbouring word pairs, every word counted: each first word with its followers, each pair
 *  numbered (a document is checked against them without making a string per word pair). */
interface Pairs { next: Map<string, Map<string, number>>; size: number }

function pairsOf(ws: readonly string[]): Pairs {
  const next = new Map<string, Map<string, number>>();
  let size = 0;
  for (let i = 1; i < ws.length; i++) {
    const after = next.get(ws[i - 1]!) ?? new Map<string, number>();
    next.set(ws[i - 1]!, after);
    if (!after.has(ws[i]!)) after.set(ws[i]!, size++);
  }
  return { next, size };
}

/** Share of the query's word pairs that the document holds side by side. */
function inOrder(pairs: Pairs, have: readonly string[]): number {
  if (pairs.size === 0) return 0;
  const seen = new Uint8Array(pairs.size);
  let found = 0;
  for (let i = 1; i < have.length; i++) {
    const k = pairs.next.get(have[i - 1]!)?.get(have[i]!);
    if (k !== undefined && !seen[k]) { seen[k] = 1; found++; }
  }
  return found / pairs.size;
}

const forMatch = (s: string) => fold(s).replace(/["'`]+/g, ' ').replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();

/** The half-open ranges of quotes of one article each, in order (an article's quotes are contiguous). */
function* articleRuns(quotes: readonly Quote[]): Generator<[number, number]> {
  let from = 0;
  for (let k = 1; k <= quotes.length; k++) {
    if (k === quotes.length || quotes[k]!.evidence.article !== quotes[from]!.evidence.article) {
      if (k > from) yield [from, k];
      from = k;
    }
  }
}

/** The documents of one article's quotes: each quote, and each run of one speaker's direct quotes in
 *  neighbouring paragraphs joined (after the quote that ends the run). */
function docsOf(quotes: readonly Quote[], from: number, to: number): Doc[] {
  const out: Doc[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length > 1) out.push({ raw: run.map((k) => quotes[k]!.text).join(' '), quote: run[0]! });
    run = [];
  };
  for (let k = from; k < to; k++) {
    const q = quotes[k]!;
    out.push({ raw: q.text, quote: k });
    const prev = run.length ? quotes[run.at(-1)!]! : undefined;
    const same = prev && q.kind === 'direct' && prev.speaker.id === q.speaker.id && q.evidence.paragraph - prev.evidence.paragraph <= 1;
    if (!same) flush();
    if (q.kind === 'direct') run.push(k);
  }
  flush();
  return out;
}

export class QuoteIndex {
  private terms = new TermIndex();
  private docs: Doc[] = [];
  private readonly speakers = new Map<string, Quote[]>();
  private readonly ranked = new Map<number, Ranked>();

  /** With `stepwise`, the index fills only as `fill()` is stepped: a busy thread can pause between chunks. */
  constructor(readonly quotes: readonly Quote[], stepwise = false) {
    if (!stepwise) for (const _ of this.fill()) { /* all at once */ }
  }

  /** Indexes the quotes, yielding after every `chunk` of them. */
  *fill(chunk = INDEX_CHUNK): Generator<void> {
    const termsOf = memoTerms();
    let done = 0;
    for (const [from, to] of articleRuns(this.quotes)) {
      for (const d of docsOf(this.quotes, from, to)) {
        this.docs.push(d);
        this.terms.addTerms(termsOf(d.raw));
      }
      if (Math.floor(done / chunk) !== Math.floor((done + to - from) / chunk)) yield;
      done += to - from;
    }
    this.indexSpeakers();
    yield* this.terms.pack();
  }

  /**
   * The index of `quotes` made from this one's: the articles in `kept` (whose quotes are this index's own
   * objects, in the same order) keep their indexed documents, only the others' quotes are read. The same
   * index as one built over `quotes`; this one is left as it is.
   */
  *updated(quotes: readonly Quote[], kept: ReadonlySet<string>, chunk = INDEX_CHUNK): Generator<void, QuoteIndex> {
    const next = new QuoteIndex(quotes, true);
    const oldDocs = new Map<string, [number, number, number]>();
    let d = 0;
    let runs = 0;
    for (const [from, to] of articleRuns(this.quotes)) {
      const start = d;
      while (d < this.docs.length && this.docs[d]!.quote < to) d++;
      oldDocs.set(this.quotes[from]!.evidence.article, [start, d, from]);
      if (++runs % (chunk * 10) === 0) yield;
    }
    const termsOf = memoTerms();
    const segments: TermSegment[] = [];
    for (const [from, to] of articleRuns(quotes)) {
      const old = oldDocs.get(quotes[from]!.evidence.article);
      if (old && kept.has(quotes[from]!.evidence.article)) {
        const [start, end, oldFrom] = old;
        for (let k = start; k < end; k++) next.docs.push({ raw: this.docs[k]!.raw, quote: this.docs[k]!.quote - oldFrom + from });
        segments.push({ from: start, to: end });
      } else {
        const docs = docsOf(quotes, from, to);
        for (const doc of docs) next.docs.push(doc);
        segments.push({ docs: docs.map((doc) => termsOf(doc.raw)) });
      }
      if (++runs % chunk === 0) yield;
    }
    next.terms = yield* this.terms.rebuiltSteps(segments);
    yield;
    next.indexSpeakers();
    return next;
  }

  /** The index of `quotes` around term postings saved from one built over them (librarySnapshot.ts): the
   *  documents and speakers are made again, no quote is split into terms. */
  static restored(quotes: readonly Quote[], terms: TermIndex): QuoteIndex {
    const out = new QuoteIndex(quotes, true);
    for (const [from, to] of articleRuns(quotes)) for (const d of docsOf(quotes, from, to)) out.docs.push(d);
    if (out.docs.length !== terms.size) throw new Error('the saved quote index does not match the quotes');
    out.terms = terms;
    out.indexSpeakers();
    return out;
  }

  /** The term postings, for a snapshot. */
  get termIndex(): TermIndex {
    return this.terms;
  }

  private indexSpeakers(): void {
    for (const q of this.quotes) {
      const list = this.speakers.get(q.speaker.id);
      if (list) list.push(q); else this.speakers.set(q.speaker.id, [q]);
    }
  }

  /** A document's words (terms and text are filled in as asked for), from the kept ones (least recently used
   *  dropped first). */
  private rankedOf(doc: number): Ranked {
    let r = this.ranked.get(doc);
    if (r) this.ranked.delete(doc);
    else {
      r = { words: wordsOf(this.docs[doc]!.raw) };
      if (this.ranked.size >= RANKED_KEPT) this.ranked.delete(this.ranked.keys().next().value!);
    }
    this.ranked.set(doc, r);
    return r;
  }

  /** A speaker's quotes in article order (no scan of every quote). */
  bySpeaker(id: string): readonly Quote[] {
    return this.speakers.get(id) ?? [];
  }

  /** The quote a document's match is shown as: the quote itself, or of a joined run the quote that holds most of
   *  the query (the words asked for, in order), not always the run's first, which may hold none of them. */
  private holderOf(doc: Doc, pairs: Pairs, queryTerms: readonly string[]): number {
    if (doc.raw === this.quotes[doc.quote]!.text) return doc.quote;
    let bestAt = doc.quote;
    let bestFit = -1;
    for (let k = doc.quote, len = -1; k < this.quotes.length && len < doc.raw.length; k++) {
      const text = this.quotes[k]!.text;
      len += text.length + 1;
      const ws = wordsOf(text);
      const fit = inOrder(pairs, ws) + coverage(queryTerms, new Set(termsOfWords(ws)));
      if (fit > bestFit) [bestAt, bestFit] = [k, fit];
    }
    return bestAt;
  }

  /** Best first, one hit per quote; score in 0..1, 1 a perfect match (every word, or every word pair in order). */
  search(words: string, limit = 10): QuoteHit[] {
    // only the query's start is read, and no run of letters longer than a word: a pasted page costs no more than
    // a sentence (one 10,000-letter "word" was half a minute of typo variants)
    const asked = words.slice(0, QUERY_CHARS).replace(LONGER_THAN_A_WORD, ' ');
    const query = forMatch(asked);
    if (!query) return [];
    const queryTerms = [...new Set(terms(asked))];
    const pairs = pairsOf(wordsOf(asked));
    const top = this.candidates(asked, queryTerms, pairs);
    if (top.length === 0) return [];
    const seen = new Map(top.map((x) => [x.doc, x]));
    const fuse = new Fuse(top.map((x) => x.doc), { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 1 });
    const best = new Map<number, { score: number; inOrder: number }>();
    for (const r of fuse.search(query)) {
      const k = this.holderOf(r.item, pairs, queryTerms);
      const q = this.quotes[k]!;
      const { cover = 0, order = 0 } = seen.get(r.item) ?? {};
      const match = Math.max(1 - (r.score ?? 1), cover * COVERAGE_WEIGHT, order);
      const score = match + (q.speaker.id !== 'unknown' ? NAMED_BONUS : 0) + (q.kind === 'direct' ? DIRECT_BONUS : 0);
      const had = best.get(k);
      if (!had || score > had.score) best.set(k, { score, inOrder: Math.max(order, had?.inOrder ?? 0) });
      else had.inOrder = Math.max(had.inOrder, order);
    }
    return [...best.entries()]
      .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
      .slice(0, limit)
      .map(([k, h]) => ({ quote: this.quotes[k]!, score: Math.min(1, h.score), inOrder: h.inOrder }));
  }

  /** The documents Fuse.js ranks: BM25's best, by how many of the query's words they hold and how many of its
   *  word pairs side by side. A query of few content words reads more of BM25's list, by word pairs first. */
  private candidates(asked: string, queryTerms: readonly string[], pairs: Pairs) {
    const few = queryTerms.length < FEW_TERMS && pairs.size >= FEW_TERMS;
    let read = this.terms.search(asked, few ? CANDIDATES_FEW_TERMS : CANDIDATES).map((h) => {
      const r = this.rankedOf(h.doc);
      return { at: h.doc, r, order: inOrder(pairs, r.words) };
    });
    if (few) read = read.sort((a, b) => b.order - a.order).slice(0, CANDIDATES);
    const scored = read.map(({ at, r, order }) => {
      r.terms ??= new Set(termsOfWords(r.words));
      return { at, r, order, cover: coverage(queryTerms, r.terms) };
    });
    return scored.sort((a, b) => b.cover + b.order - (a.cover + a.order)).slice(0, FUSE_RANKED).map(({ at, r, order, cover }) => {
      r.text ??= forMatch(this.docs[at]!.raw);
      return { doc: { ...this.docs[at]!, text: r.text }, order, cover };
    });
  }
}
