// Events by participants, kind, place and words. A BM25 term index narrows the events to a few hundred
// candidates (it also reaches "met" from "meet" and "Lavrov" from "Lavorv"); Fuse.js then scores how well
// the short fields (what, participants, place) match; kind and participants the query names add to that.
import Fuse from 'fuse.js';
import type { Event, EventKind } from '../model/contract.js';
import { TermIndex } from '../search/termIndex.js';
import { fold } from '../text/normalize.js';
import { terms } from '../text/tokens.js';

export interface EventHit { event: Event; score: number }

export interface EventQuery {
  /** The query's words, question words removed. */
  words: string;
  /** Kinds the query's verbs name ("met" → meeting). */
  kinds: EventKind[];
}

const CANDIDATES = 200;
/** Fuse.js reads at most this much of a query; longer queries (a whole sentence) rank on BM25 alone. */
const FUSE_QUERY_CHARS = 80;

function nameTokens(name: string): string[] {
  return fold(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
}

export class EventIndex {
  private readonly terms = new TermIndex();
  /** Folded name word (given name or surname) → events with a participant of that name. */
  private readonly byName = new Map<string, number[]>();

  constructor(readonly events: readonly Event[]) {
    events.forEach((e, k) => {
      // the short fields twice: they say what the event is; the sentence also holds other things
      const short = [e.what, e.participants.join(' '), e.place ?? '', e.kind === 'other' ? '' : e.kind].join(' ');
      this.terms.add(`${short} ${short} ${e.evidence.text}`);
      for (const w of new Set(e.participants.flatMap(nameTokens))) {
        const list = this.byName.get(w);
        if (list) list.push(k);
        else this.byName.set(w, [k]);
      }
    });
  }

  /** Events with a participant named by `word` (exact, or one typo away among participant names). */
  byParticipant(word: string): number[] {
    const w = fold(word);
    const exact = this.byName.get(w);
    if (exact) return exact;
    if (w.length < 4) return [];
    for (const [name, list] of this.byName) if (withinOneEdit(w, name)) return list;
    return [];
  }

  /** Whether a word names some participant. */
  isParticipantWord(word: string): boolean {
    return this.byParticipant(word).length > 0;
  }

  search(q: EventQuery, limit = 10): EventHit[] {
    // how many of the names in the query are participants of each event
    const nameWords = fold(q.words).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && this.isParticipantWord(w));
    const named = new Map<number, number>();
    for (const w of nameWords) for (const k of new Set(this.byParticipant(w))) named.set(k, (named.get(k) ?? 0) + 1 / nameWords.length);
    const hits = this.terms.search(q.words, CANDIDATES);
    const top = hits[0]?.score || 1;
    const bm25 = new Map(hits.map((h) => [h.doc, h.score / top]));
    // events of the people named are candidates too, even where their names are too common to rank
    const withAll = [...named].filter(([, share]) => share > 0.99).slice(0, CANDIDATES).map(([k]) => k);
    const candidates = [...new Set([...bm25.keys(), ...withAll])].map((k) => ({ k, bm25: bm25.get(k) ?? 0 }));
    if (candidates.length === 0) return [];
    const fuzzy = new Map<number, number>();
    if (q.words.length <= FUSE_QUERY_CHARS) {
      const fuse = new Fuse(candidates.map((c) => ({ k: c.k, e: this.events[c.k]! })), {
        keys: [{ name: 'e.what', weight: 2 }, { name: 'e.participants', weight: 2 }, { name: 'e.place', weight: 1 }],
        includeScore: true, ignoreLocation: true, threshold: 0.6, useExtendedSearch: false,
      });
      for (const r of fuse.search(q.words)) fuzzy.set(r.item.k, 1 - (r.score ?? 1));
    }
    // the share of the query's words (weighted by rarity) the event holds: BM25 alone drops common words
    const qterms = [...new Set(terms(q.words))].map((t) => ({ variants: this.terms.variants(t).map(([v]) => v), idf: this.terms.idf(t) }));
    const totalIdf = qterms.reduce((sum, t) => sum + t.idf, 0) || 1;
    const coverage = (k: number): number =>
      qterms.reduce((sum, t) => sum + (t.variants.some((v) => this.terms.has(v, k)) ? t.idf : 0), 0) / totalIdf;
    return candidates
      .map(({ k, bm25 }) => {
        const e = this.events[k]!;
        const score = 0.25 * bm25 + 0.3 * coverage(k) + 0.15 * (fuzzy.get(k) ?? 0) + 0.25 * (named.get(k) ?? 0)
          + (q.kinds.includes(e.kind) ? 0.1 : 0) + (e.date?.start ? 0.05 : 0);
        return { event: e, score };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }
}

/** Levenshtein distance ≤ 1, adjacent swaps included ("Lavorv" and "Lavrov"). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
