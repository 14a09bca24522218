// Events by participants, kind, place and words. A BM25 term index narrows the events to a few hundred
// candidates (it also reaches "met" from "meet" and "Lavrov" from "Lavorv"); Fuse.js then scores how well
// the short fields (what, participants, place) match; kind and participants the query names add to that.
import Fuse from 'fuse.js';
import type { Event, EventKind } from '../model/contract.js';
import { deletions, oneEditApart } from '../text/edits.js';
import { memoTerms } from '../textIndex/fastTerms.js';
import { TermIndex, type TermSegment } from '../textIndex/termIndex.js';
import { lowerBound } from '../text/lowerBound.js';
import { fold } from '../text/normalize.js';
import { STOPWORDS, terms } from '../text/tokens.js';

export interface EventHit { event: Event; score: number }

export interface EventQuery {
  /** The query's words, question words removed. */
  words: string;
  /** Kinds the query's verbs name ("met" → meeting). */
  kinds: EventKind[];
  /** Sentences the query was pasted from: their articles' events rank first (see answer/pastedSentence.ts). */
  focus?: readonly EventFocus[];
}

/** A sentence of an article, by the article's id, its paragraph and its text. */
export interface EventFocus { article: string; paragraph: number; text: string }

const CANDIDATES = 200;
/** Events indexed between two pauses of a stepwise build. */
const INDEX_CHUNK = 50;
/** How many of the best candidates Fuse.js re-scores. */
const FUSE_CANDIDATES = 20;
/** The least share of the query's (rarity-weighted) words an answer must hold, unless it names its people. */
const MIN_COVERAGE = 0.25;
/** Fuse.js reads at most this much of a query; longer queries (a whole sentence) rank on BM25 alone. */
const FUSE_QUERY_CHARS = 80;
/** What the pasted sentence's own events gain; a dated event of its article gains less the farther it stands. */
const FOCUS_WEIGHT = 1;
const FOCUS_NEAR = 0.6;

function nameTokens(name: string): string[] {
  return fold(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !STOPWORDS.has(w));
}

/** `nameTokens` worked out once per name: the same few thousand names stand in hundreds of thousands of events. */
function memoNameTokens(): (name: string) => string[] {
  const tokens = new Map<string, string[]>();
  return (name) => {
    let t = tokens.get(name);
    if (!t) tokens.set(name, (t = nameTokens(name)));
    return t;
  };
}

/** The words an event is found by: the short fields twice (they say what the event is; the sentence also
 *  holds other things), then its sentence. */
const eventText = (e: Event) => {
  const short = [e.what, e.participants.join(' '), e.place ?? '', e.kind === 'other' ? '' : e.kind].join(' ');
  return `${short} ${short} ${e.evidence.text}`;
};

export class EventIndex {
  private terms = new TermIndex();
  /** Folded name word (given name or surname) → events with a participant of that name. */
  private readonly byName = new Map<string, number[]>();
  /** One-deletion forms of the name words, for typo-tolerant lookup without a scan (as in SymSpell). */
  private readonly nameDeletes = new Map<string, string[]>();
  /** Article id → its events, made when a pasted sentence first asks for them. */
  private articleEvents: Map<string, number[]> | null = null;

  /** With `stepwise`, the index fills only as `fill()` is stepped: a busy thread can pause between chunks. */
  constructor(readonly events: readonly Event[], stepwise = false) {
    if (!stepwise) for (const _ of this.fill()) { /* all at once */ }
  }

  /** Indexes the events, yielding after every `chunk` of them. */
  *fill(chunk = INDEX_CHUNK): Generator<void> {
    const termsOf = memoTerms();
    const memoTokens = memoNameTokens();
    for (let k = 0; k < this.events.length; k++) {
      this.terms.addTerms(termsOf(eventText(this.events[k]!)));
      this.nameEvent(k, memoTokens);
      if ((k + 1) % chunk === 0) yield;
    }
    yield* this.terms.pack();
  }

  /**
   * The index of `events` made from this one's: the articles in `kept` (whose events are this index's own
   * objects, in the same order) keep their indexed words, only the others' events are read. The same index
   * as one built over `events`; this one is left as it is.
   */
  *updated(events: readonly Event[], kept: ReadonlySet<string>, chunk = INDEX_CHUNK): Generator<void, EventIndex> {
    const next = new EventIndex(events, true);
    const old = new Map<string, number>();
    for (let k = 0; k < this.events.length; k++) {
      const article = this.events[k]!.evidence.article;
      if (!old.has(article)) old.set(article, k);
      if ((k + 1) % (chunk * 100) === 0) yield;
    }
    let runs = 0;
    const termsOf = memoTerms();
    const segments: TermSegment[] = [];
    let fresh: string[][] = [];
    for (let k = 0; k < events.length; ) {
      const article = events[k]!.evidence.article;
      let end = k;
      while (end < events.length && events[end]!.evidence.article === article) end++;
      const from = old.get(article);
      if (from !== undefined && kept.has(article)) {
        if (fresh.length) { segments.push({ docs: fresh }); fresh = []; }
        segments.push({ from, to: from + end - k });
      } else {
        for (let j = k; j < end; j++) fresh.push(termsOf(eventText(events[j]!)));
      }
      k = end;
      if (++runs % chunk === 0) yield;
    }
    if (fresh.length) segments.push({ docs: fresh });
    next.terms = yield* this.terms.rebuiltSteps(segments);
    const memoTokens = memoNameTokens();
    for (let k = 0; k < events.length; k++) {
      next.nameEvent(k, memoTokens);
      if ((k + 1) % (chunk * 20) === 0) yield;
    }
    return next;
  }

  /** The index of `events` around term postings saved from one built over them (librarySnapshot.ts): only
   *  the name lookups are made again. */
  static restored(events: readonly Event[], terms: TermIndex): EventIndex {
    if (events.length !== terms.size) throw new Error('the saved event index does not match the events');
    const out = new EventIndex(events, true);
    out.terms = terms;
    const memoTokens = memoNameTokens();
    for (let k = 0; k < events.length; k++) out.nameEvent(k, memoTokens);
    return out;
  }

  /** The term postings, for a snapshot. */
  get termIndex(): TermIndex {
    return this.terms;
  }

  /** Files event `k` under the name words of its participants. */
  private nameEvent(k: number, tokensOf: (name: string) => string[]): void {
    for (const w of new Set(this.events[k]!.participants.flatMap(tokensOf))) {
      const list = this.byName.get(w);
      if (list) list.push(k);
      else {
        this.byName.set(w, [k]);
        for (const d of deletions(w)) {
          const names = this.nameDeletes.get(d);
          if (names) names.push(w); else this.nameDeletes.set(d, [w]);
        }
      }
    }
  }

  /** Events with a participant named by `word` (exact, or one typo away among participant names). */
  byParticipant(word: string): number[] {
    const w = fold(word);
    const exact = this.byName.get(w);
    if (exact) return exact;
    if (w.length < 4) return [];
    for (const d of deletions(w)) {
      for (const name of this.nameDeletes.get(d) ?? []) if (oneEditApart(w, name)) return this.byName.get(name)!;
    }
    return [];
  }

  /** Whether a word names some participant. */
  isParticipantWord(word: string): boolean {
    return this.byParticipant(word).length > 0;
  }

  /** The events of an article (their numbers in `events`, in the article's order). */
  eventsOfArticle(article: string): readonly number[] {
    if (!this.articleEvents) {
      this.articleEvents = new Map();
      this.events.forEach((e, k) => {
        const list = this.articleEvents!.get(e.evidence.article);
        if (list) list.push(k); else this.articleEvents!.set(e.evidence.article, [k]);
      });
    }
    return this.articleEvents.get(article) ?? [];
  }

  /** How close event `k` stands to the sentences the query was pasted from: 1 for the sentence's own events,
   *  less for a dated event the farther its paragraph is, 0 outside their articles. */
  private closeness(k: number, focus: readonly EventFocus[]): number {
    const e = this.events[k]!;
    let best = 0;
    for (const f of focus) {
      if (f.article !== e.evidence.article) continue;
      if (f.text === e.evidence.text) return 1;
      // an undated event of another sentence tells nothing about when the pasted one happened
      if (e.date?.start) best = Math.max(best, FOCUS_NEAR / (1 + 0.5 * Math.abs(f.paragraph - e.evidence.paragraph)));
    }
    return best;
  }

  search(q: EventQuery, limit = 10): EventHit[] {
    // how many of the names in the query are participants of each event
    const nameLists = fold(q.words).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !STOPWORDS.has(w))
      .map((w) => this.byParticipant(w)).filter((list) => list.length > 0);
    // a common first name has thousands of events: the share is looked up for candidates only
    const shares = new Map<number, number>();
    const named = { get: (k: number): number => {
      let share = shares.get(k);
      if (share === undefined) {
        share = nameLists.reduce((sum, list) => sum + (holds(list, k) ? 1 / nameLists.length : 0), 0);
        shares.set(k, share);
      }
      return share;
    } };
    const hits = this.terms.search(q.words, CANDIDATES);
    const top = hits[0]?.score || 1;
    const bm25 = new Map(hits.map((h) => [h.doc, h.score / top]));
    // events of the people named are candidates too, even where their names are too common to rank
    const withAll = intersect(nameLists, CANDIDATES);
    const focus = q.focus ?? [];
    const focused = [...new Set(focus.map((f) => f.article))].flatMap((a) => this.eventsOfArticle(a));
    const candidates = [...new Set([...bm25.keys(), ...withAll, ...focused])].map((k) => ({ k, bm25: bm25.get(k) ?? 0 }));
    if (candidates.length === 0) return [];
    // the share of the query's words (weighted by rarity) the event holds: BM25 alone drops common words
    const qterms = [...new Set(terms(q.words))].map((t) => ({ variants: this.terms.variants(t).map(([v]) => v), idf: this.terms.idf(t) }));
    const totalIdf = qterms.reduce((sum, t) => sum + t.idf, 0) || 1;
    const coverage = (k: number): number =>
      qterms.reduce((sum, t) => sum + (t.variants.some((v) => this.terms.has(v, k)) ? t.idf : 0), 0) / totalIdf;
    const ranked = candidates
      .map(({ k, bm25 }) => ({ k, bm25, covered: coverage(k), near: focus.length ? this.closeness(k, focus) : 0 }))
      // an event that holds too little of the query and none of its people (nor stands in its article) is no answer
      .filter(({ k, covered, near }) => covered >= MIN_COVERAGE || named.get(k) >= 0.5 || near > 0)
      .map(({ k, bm25, covered, near }) => {
        const e = this.events[k]!;
        const score = 0.25 * bm25 + 0.3 * covered + 0.25 * named.get(k) + FOCUS_WEIGHT * near
          + (q.kinds.includes(e.kind) ? 0.1 : 0) + (e.date?.start ? 0.05 : 0);
        return { k, event: e, score };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, FUSE_CANDIDATES);
    // Fuse.js refines the best few on the short fields, where a loose spelling still counts
    if (q.words.length <= FUSE_QUERY_CHARS) {
      const fuse = new Fuse(ranked, {
        keys: [{ name: 'event.what', weight: 2 }, { name: 'event.participants', weight: 2 }, { name: 'event.place', weight: 1 }],
        includeScore: true, ignoreLocation: true, threshold: 0.6,
      });
      for (const r of fuse.search(q.words)) r.item.score += 0.15 * (1 - (r.score ?? 1));
    }
    return distinct(ranked.sort((a, b) => b.score - a.score)).slice(0, limit).map(({ event, score }) => ({ event, score }));
  }
}

/** Whether an ascending list holds `k`. */
function holds(list: readonly number[], k: number): boolean {
  const at = lowerBound(list, k);
  return at < list.length && list[at] === k;
}

/** The first `limit` numbers every ascending list holds, walking the shortest list. */
function intersect(lists: readonly (readonly number[])[], limit: number): number[] {
  if (lists.length === 0) return [];
  const [shortest, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  const out: number[] = [];
  for (const k of shortest!) {
    if (rest.every((list) => holds(list, k))) out.push(k);
    if (out.length === limit) break;
  }
  return out;
}

/** One answer per sentence and date: "met again to finish their discussion" is a meeting and talks, both of
 *  one sentence's Wednesday, and saying it twice only pushes the next date out of sight. */
function distinct<T extends { event: Event }>(ranked: T[]): T[] {
  const seen = new Set<string>();
  return ranked.filter(({ event: e }) => {
    const key = `${e.evidence.article}|${e.evidence.paragraph}|${e.evidence.text}|${e.date?.start ?? ''}|${e.date?.relation ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

