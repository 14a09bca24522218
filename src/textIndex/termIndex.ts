// The candidate stage: an inverted index of stemmed terms with BM25 scoring. Fuse.js is accurate but scans
// every record; this narrows 100,000 records to a few hundred in a millisecond, and Fuse.js then ranks
// those. A query term reaches more than its exact stem: its word family ("normalize" -> "normalization",
// through a sorted vocabulary), its irregular forms ("meet" -> "met") and, when it is not in the vocabulary
// at all, vocabulary terms one edit away (every edit of the query term looked up, as in Norvig's corrector),
// so "Lavorv" still reaches "lavrov". Documents are added as a stream of term ids, then packed (`pack()`)
// into three typed arrays for the whole index, postings in document order, one slice per term: a tenth of
// the memory of two JS arrays per term, and as fast to walk at 300,000 sentences.
import { lowerBound } from '../text/lowerBound.js';
import { terms } from '../text/tokens.js';
import { FAMILY_PREFIX, irregularForms, sameFamily } from './termFamily.js';
import { oneEditVariants } from '../text/edits.js';

export interface TermHit { doc: number; score: number }

const K1 = 1.2;
const B = 0.75;
/** Weights of the ways a query term reaches an indexed term. */
const FAMILY_WEIGHT = 0.8;
const TYPO_WEIGHT = 0.7;
/** With focus, terms in more than this share of documents are left out when FOCUS_MIN_TERMS rarer ones
 *  remain… */
const FOCUS_SHARE = 0.005;
/** …but a term in fewer than this many documents is always walked: cheap, and in a corpus of a thousand
 *  articles it may be the event's own word. */
const FOCUS_FLOOR = 2000;
const FOCUS_MIN_TERMS = 3;
/** Most word-family relatives a query term reaches. */
const MAX_FAMILY = 8;
/** Terms in more than this share of documents carry almost no BM25 weight but cost the most time. */
const COMMON_SHARE = 0.25;

interface Posting { docs: number[]; tfs: number[] }

/** A query's work arrays, one slot per document (see `scratch`). */
interface Scratch { total: Float64Array; best: Float64Array; norm: Float64Array; touched: Int32Array; termTouched: Int32Array }

/** A run of a new index's documents: this index's documents from..to (exclusive), or new documents as terms. */
export type TermSegment = { from: number; to: number } | { docs: readonly (readonly string[])[] };

/** A packed index's contents, flat (see `parts`). */
export interface TermIndexParts { vocabulary: string[]; lengths: Uint32Array; off: Uint32Array; docs: Uint32Array; tfs: Uint16Array }

/** Every term's postings in one place: term `id`'s are docs[off[id]..off[id + 1]] with their counts in tfs. */
interface Packed { off: Uint32Array; docs: Uint32Array; tfs: Uint16Array }

/** Terms copied by a rebuild between two pauses of a stepwise build. */
const PACK_CHUNK = 20_000;
/** Term occurrences read by a pack between two pauses (each pass is a few ms per 200,000). */
const PACK_OCCURRENCES = 200_000;
/** Term ids a new index has room for before its stream first grows. */
const STREAM_START = 1024;

export class TermIndex {
  /** Term to its id: the order it was first met in while building, its slice once packed. */
  private readonly ids = new Map<string, number>();
  /** While building: every document's term ids one after another (document `d`'s from docAt[d]), packed
   *  into postings by two counting passes. Per-term JS arrays grown one posting at a time were most of a
   *  build's garbage (at 100,000 articles, gigabytes before the pack). */
  private stream: Uint32Array | null = new Uint32Array(STREAM_START);
  private streamLength = 0;
  private docAt: number[] = [];
  private packed: Packed | null = null;
  private readonly lengths: number[] = [];
  private sortedVocabulary: string[] | null = null;
  private totalLength = 0;

  /** Adds a document; returns its number (0, 1, 2, … in order of adding). */
  add(text: string): number {
    return this.addTerms(terms(text));
  }

  /** Adds a document already split into terms. */
  addTerms(ts: readonly string[]): number {
    if (!this.stream) this.unpack();
    const doc = this.lengths.length;
    this.lengths.push(ts.length);
    this.totalLength += ts.length;
    this.docAt.push(this.streamLength);
    let stream = this.stream!;
    if (this.streamLength + ts.length > stream.length) {
      const grown = new Uint32Array(Math.max(stream.length * 2, this.streamLength + ts.length));
      grown.set(stream.subarray(0, this.streamLength));
      this.stream = stream = grown;
    }
    for (const t of ts) {
      let id = this.ids.get(t);
      if (id === undefined) {
        this.ids.set(t, (id = this.ids.size));
        this.sortedVocabulary = null;
      }
      stream[this.streamLength++] = id;
    }
    return doc;
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Packs the postings into typed arrays, yielding after about every `chunk` term occurrences read;
   *  searches work throughout (they pack at once what is left). */
  *pack(chunk = PACK_OCCURRENCES): Generator<void> {
    const stream = this.stream;
    if (!stream) return;
    const n = this.lengths.length;
    const len = this.streamLength;
    const vocab = this.ids.size;
    const docAt = this.docAt;
    const end = (doc: number) => (doc + 1 < n ? docAt[doc + 1]! : len);
    // pass 1: each term's document count; pass 2: postings in document order, counting repeats
    const last = new Int32Array(vocab).fill(-1);
    const off = new Uint32Array(vocab + 1);
    let mark = 0;
    for (let doc = 0; doc < n; doc++) {
      for (let at = docAt[doc]!, to = end(doc); at < to; at++) {
        const id = stream[at]!;
        if (last[id] !== doc) { last[id] = doc; off[id + 1]!++; }
      }
      if (end(doc) - mark >= chunk) { mark = end(doc); yield; }
    }
    for (let id = 0; id < vocab; id++) off[id + 1] = off[id + 1]! + off[id]!;
    const docs = new Uint32Array(off[vocab]!);
    const tfs = new Uint16Array(off[vocab]!);
    const next = off.slice(0, vocab);
    last.fill(-1);
    mark = 0;
    for (let doc = 0; doc < n; doc++) {
      for (let at = docAt[doc]!, to = end(doc); at < to; at++) {
        const id = stream[at]!;
        if (last[id] !== doc) { last[id] = doc; docs[next[id]!] = doc; tfs[next[id]!++] = 1; }
        else if (tfs[next[id]! - 1]! < 0xffff) tfs[next[id]! - 1]!++;
      }
      if (end(doc) - mark >= chunk) { mark = end(doc); yield; }
    }
    // a document added between two steps would be missing from the packed copy: pack again
    if (this.stream !== stream || this.streamLength !== len || this.lengths.length !== n) { yield* this.pack(chunk); return; }
    this.packed = { off, docs, tfs };
    this.stream = null;
    this.docAt = [];
  }

  /** The packed index as flat parts, for a snapshot on disk: the vocabulary in id order,
   *  each document's length and the three posting arrays. */
  parts(): TermIndexParts {
    const { off, docs, tfs } = this.packNow();
    const vocabulary: string[] = new Array<string>(this.ids.size);
    for (const [term, id] of this.ids) vocabulary[id] = term;
    return { vocabulary, lengths: Uint32Array.from(this.lengths), off, docs, tfs };
  }

  /** An index back from `parts()`: the same index, without reading a document again. */
  static fromParts(p: TermIndexParts): TermIndex {
    const out = new TermIndex();
    p.vocabulary.forEach((term, id) => out.ids.set(term, id));
    for (let d = 0; d < p.lengths.length; d++) {
      out.lengths.push(p.lengths[d]!);
      out.totalLength += p.lengths[d]!;
    }
    out.packed = { off: p.off, docs: p.docs, tfs: p.tfs };
    out.stream = null;
    return out;
  }

  /** Packs now whatever is still being built. */
  private packNow(): Packed {
    if (this.stream) for (const _ of this.pack()) { /* all at once */ }
    return this.packed!;
  }

  /**
   * A new packed index of the segments' documents in their order, as adding them one by one would build it,
   * without re-reading the documents this one holds: a reload that changed a few articles costs a copy of the
   * postings, not the terms of every sentence. Runs of this index's documents must come in their own order.
   * This index is left as it is (it may still be serving).
   */
  rebuilt(segments: readonly TermSegment[]): TermIndex {
    const steps = this.rebuiltSteps(segments);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** `rebuilt`, yielding after every `chunk` terms copied: a busy thread can pause between chunks. */
  *rebuiltSteps(segments: readonly TermSegment[], chunk = PACK_CHUNK): Generator<void, TermIndex> {
    const { off, docs, tfs } = this.packNow();
    const out = new TermIndex();
    const docMap = new Int32Array(this.lengths.length).fill(-1);
    const fresh = new Map<string, Posting>();
    /** Documents renumbered or read since the last pause. */
    let work = 0;
    for (const s of segments) {
      if (work >= chunk) { work = 0; yield; }
      if ('from' in s) {
        work += s.to - s.from;
        for (let d = s.from; d < s.to; d++) {
          docMap[d] = out.lengths.length;
          out.lengths.push(this.lengths[d]!);
          out.totalLength += this.lengths[d]!;
        }
        continue;
      }
      for (const ts of s.docs) {
        work += ts.length;
        const doc = out.lengths.length;
        out.lengths.push(ts.length);
        out.totalLength += ts.length;
        for (const t of ts) {
          let p = fresh.get(t);
          if (!p) fresh.set(t, (p = { docs: [], tfs: [] }));
          const last = p.docs.length - 1;
          if (p.docs[last] === doc) p.tfs[last]!++;
          else { p.docs.push(doc); p.tfs.push(1); }
        }
      }
    }
    let cap = docs.length;
    for (const p of fresh.values()) cap += p.docs.length;
    const nd = new Uint32Array(cap);
    const nt = new Uint16Array(cap);
    const starts: number[] = [];
    let at = 0;
    // a term's kept postings (renumbered) merged with the new documents' in document order
    const emit = (term: string, id: number | undefined, f: Posting | undefined) => {
      const start = at;
      let i = id === undefined ? 0 : off[id]!;
      const end = id === undefined ? 0 : off[id + 1]!;
      let j = 0;
      const fn = f ? f.docs.length : 0;
      for (;;) {
        while (i < end && docMap[docs[i]!]! < 0) i++;
        const a = i < end ? docMap[docs[i]!]! : Infinity;
        const b = j < fn ? f!.docs[j]! : Infinity;
        if (a === Infinity && b === Infinity) break;
        if (a < b) { nd[at] = a; nt[at++] = tfs[i++]!; } else { nd[at] = b; nt[at++] = Math.min(0xffff, f!.tfs[j++]!); }
      }
      if (at > start) { out.ids.set(term, starts.length); starts.push(start); }
    };
    yield;
    // a pause after `chunk` postings copied (a common term has many) or `chunk` terms
    let mark = at;
    let n = 0;
    for (const [term, id] of this.ids) {
      emit(term, id, fresh.get(term));
      if (++n % chunk === 0 || at - mark >= chunk * 10) { mark = at; yield; }
    }
    for (const [term, f] of fresh) if (!this.ids.has(term)) emit(term, undefined, f);
    starts.push(at);
    yield;
    const tight = at < cap * 0.9;
    out.packed = { off: Uint32Array.from(starts), docs: tight ? nd.slice(0, at) : nd, tfs: tight ? nt.slice(0, at) : nt };
    out.stream = null;
    out.docAt = [];
    yield;
    // the sorted vocabulary carried over (sorting it again would cost the first typo query after a reload)
    if (this.sortedVocabulary) {
      const added = [...fresh.keys()].filter((t) => !this.ids.has(t)).sort();
      const kept = this.sortedVocabulary.filter((t) => out.ids.has(t));
      out.sortedVocabulary = mergeSorted(kept, added);
    }
    return out;
  }

  /** Back to a stream of term ids, for a document added after packing. */
  private unpack(): void {
    const { off, docs, tfs } = this.packed!;
    const n = this.lengths.length;
    const at = new Uint32Array(n + 1);
    for (let k = 0; k < docs.length; k++) at[docs[k]! + 1] = at[docs[k]! + 1]! + tfs[k]!;
    for (let d = 0; d < n; d++) at[d + 1] = at[d + 1]! + at[d]!;
    const stream = new Uint32Array(Math.max(STREAM_START, at[n]! * 2));
    const next = at.slice(0, n);
    for (let id = 0; id + 1 < off.length; id++) {
      for (let k = off[id]!; k < off[id + 1]!; k++) for (let r = tfs[k]!; r > 0; r--) stream[next[docs[k]!]!++] = id;
    }
    this.stream = stream;
    this.streamLength = at[n]!;
    this.docAt = Array.from(at.subarray(0, n));
    this.packed = null;
  }

  /** A term's postings: arrays and the range of them that is the term's. */
  private postingsOf(id: number): { docs: ArrayLike<number>; tfs: ArrayLike<number>; start: number; end: number } {
    const { off, docs, tfs } = this.packNow();
    return { docs, tfs, start: off[id]!, end: off[id + 1]! };
  }

  /** Vocabulary terms within one edit of `term` (insert, delete, substitute, or an adjacent swap). */
  private near(term: string): string[] {
    if (term.length < 4 || /^\d+$/.test(term)) return [];
    const found = new Set<string>();
    for (const e of oneEditVariants(term)) if (e.length >= 4 && e !== term && this.ids.has(e)) found.add(e);
    return [...found];
  }

  /** Vocabulary terms of the same word family (shared long prefix), found by binary search. */
  private family(term: string): string[] {
    if (term.length < FAMILY_PREFIX || /\d/.test(term)) return [];
    this.sortedVocabulary ??= [...this.ids.keys()].sort();
    const vocab = this.sortedVocabulary;
    const prefix = term.slice(0, FAMILY_PREFIX);
    const out: string[] = [];
    for (let i = lowerBound(vocab, prefix); i < vocab.length && vocab[i]!.startsWith(prefix); i++) {
      if (vocab[i] !== term && sameFamily(term, vocab[i]!)) out.push(vocab[i]!);
    }
    // a short stem can have hundreds of relatives: the closest in length are the likeliest forms
    return out.sort((a, b) => Math.abs(a.length - term.length) - Math.abs(b.length - term.length)).slice(0, MAX_FAMILY);
  }

  /** The indexed terms a query term reaches, each with how much a match through it counts. */
  variants(term: string): [string, number][] {
    const out = new Map<string, number>();
    if (this.ids.has(term)) out.set(term, 1);
    for (const t of irregularForms(term)) if (this.ids.has(t)) out.set(t, 1);
    for (const t of this.family(term)) if (!out.has(t)) out.set(t, FAMILY_WEIGHT);
    if (out.size === 0) for (const t of this.near(term)) out.set(t, TYPO_WEIGHT);
    return [...out];
  }

  /** Document frequency of a term (0 when unknown). */
  df(term: string): number {
    const id = this.ids.get(term);
    if (id === undefined) return 0;
    const { start, end } = this.postingsOf(id);
    return end - start;
  }

  /** Inverse document frequency (BM25's form; an unknown term gets the rarest weight). */
  idf(term: string): number {
    const n = this.lengths.length;
    const df = this.df(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Whether a document holds this exact term. */
  has(term: string, doc: number): boolean {
    const id = this.ids.get(term);
    if (id === undefined) return false;
    const { docs, start, end } = this.postingsOf(id);
    const k = lowerBound(docs, doc, start, end);
    return k < end && docs[k] === doc;
  }

  /** BM25 over the query's terms and their variants; best first, at most `limit`. */
  search(query: string, limit = 200): TermHit[] {
    return this.searchTerms(terms(query), limit);
  }

  /** BM25 over terms already made; best first, at most `limit`. With `focus`, a query walks only its rarer
   *  terms' postings when it has enough of them, else its three rarest: the common ones barely move BM25
   *  but cost the most time (at 300,000 sentences, most of a query's time). */
  searchTerms(queryTerms: readonly string[], limit = 200, focus = false): TermHit[] {
    const n = this.lengths.length;
    if (n === 0) return [];
    const qterms = [...new Set(queryTerms)];
    let expanded = qterms.map((qt) => this.variants(qt));
    const rare = expanded.filter((vs) => vs.some(([t]) => this.df(t) <= COMMON_SHARE * n)).length;
    if (focus) {
      // each query term's largest document frequency worked out once, not again in every comparison
      const byRarity = expanded.filter((vs) => vs.length > 0).map((vs) => ({ vs, df: Math.max(0, ...vs.map(([t]) => this.df(t))) }))
        .sort((a, b) => a.df - b.df);
      const rarer = byRarity.filter((x) => x.df <= Math.max(FOCUS_SHARE * n, FOCUS_FLOOR)).map((x) => x.vs);
      expanded = rarer.length >= FOCUS_MIN_TERMS ? rarer : byRarity.slice(0, FOCUS_MIN_TERMS).map((x) => x.vs);
    }
    const { total, best, norm, touched, termTouched } = this.scratch();
    let touchedCount = 0;
    for (const variants of expanded) {
      const walked = variants.flatMap(([t, weight]) => {
        const { docs, tfs, start, end } = this.postingsOf(this.ids.get(t)!);
        const df = end - start;
        if (rare > 0 && df > COMMON_SHARE * n) return [];
        return [{ docs, tfs, start, end, w: weight * Math.log(1 + (n - df + 0.5) / (df + 0.5)) * (K1 + 1) }];
      });
      // a term reached one way (most are) adds its score straight to the total: no best-of-variants to keep
      if (walked.length === 1) {
        const { docs, tfs, start, end, w } = walked[0]!;
        for (let k = start; k < end; k++) {
          const doc = docs[k]!;
          const tf = tfs[k]!;
          const t = total[doc]!;
          if (t === 0) touched[touchedCount++] = doc;
          total[doc] = t + (w * tf) / (tf + norm[doc]!);
        }
        continue;
      }
      // a document counts each query term once, through its best variant
      let termCount = 0;
      for (const { docs, tfs, start, end, w } of walked) {
        for (let k = start; k < end; k++) {
          const doc = docs[k]!;
          const tf = tfs[k]!;
          const s = (w * tf) / (tf + norm[doc]!);
          const b = best[doc]!;
          if (b === 0) termTouched[termCount++] = doc;
          if (s > b) best[doc] = s;
        }
      }
      for (let k = 0; k < termCount; k++) {
        const doc = termTouched[k]!;
        if (total[doc] === 0) touched[touchedCount++] = doc;
        total[doc] = total[doc]! + best[doc]!;
        best[doc] = 0;
      }
    }
    const hits = topHits(touched.subarray(0, touchedCount), total, limit);
    for (let k = 0; k < touchedCount; k++) total[touched[k]!] = 0;
    return hits;
  }

  /** Per-query work arrays, one slot per document, kept zeroed between queries (allocating and clearing
   *  them per query would cost more than the scoring at 300,000 sentences), and each document's BM25
   *  length term, fixed until a document is added. The documents a query touches are listed in typed arrays
   *  too: grown as JS arrays they were most of what a /sources query allocated. */
  private work: Scratch | null = null;

  private scratch(): Scratch {
    const n = this.lengths.length;
    if (this.work?.norm.length !== n) {
      const avg = this.totalLength / n || 1;
      const norm = new Float64Array(n);
      for (let d = 0; d < n; d++) norm[d] = K1 * (1 - B + (B * this.lengths[d]!) / avg);
      const touched = new Int32Array(n);
      this.work = { total: new Float64Array(n), best: new Float64Array(n), norm, touched, termTouched: new Int32Array(n) };
    }
    return this.work;
  }
}

/** Two ascending string lists as one. */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!);
  return out;
}

/** The `limit` best of many scores, without sorting them all: a bounded min-heap held in two typed arrays
 *  (a hit object for every document that entered the heap was most of what a query allocated here). */
function topHits(docs: Int32Array, scores: Float64Array, limit: number): TermHit[] {
  if (limit <= 0) return [];
  const hd = new Int32Array(limit);
  const hs = new Float64Array(limit);
  let size = 0;
  // heap slot a ranks above slot b: the worse hit sits at the top
  const better = (a: number, b: number) => hs[a]! > hs[b]! || (hs[a] === hs[b] && hd[a]! < hd[b]!);
  const swap = (a: number, b: number) => {
    const d = hd[a]!; hd[a] = hd[b]!; hd[b] = d;
    const s = hs[a]!; hs[a] = hs[b]!; hs[b] = s;
  };
  for (const doc of docs) {
    const score = scores[doc]!;
    if (size < limit) {
      hd[size] = doc;
      hs[size] = score;
      for (let i = size++; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!better(parent, i)) break;
        swap(i, parent);
        i = parent;
      }
      continue;
    }
    if (score < hs[0]! || (score === hs[0] && doc > hd[0]!)) continue;
    hd[0] = doc;
    hs[0] = score;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && better(m, l)) m = l;
      if (r < size && better(m, r)) m = r;
      if (m === i) break;
      swap(i, m);
      i = m;
    }
  }
  const out: TermHit[] = [];
  for (let k = 0; k < size; k++) out.push({ doc: hd[k]!, score: hs[k]! });
  return out.sort((a, b) => b.score - a.score || a.doc - b.doc);
}
