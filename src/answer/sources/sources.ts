// "Which sources back this claim?": candidate sentences from the BM25 stage, each judged with its
// neighbours (support, conflict, or merely on topic), Fuse.js as a fuzzy tie-breaker, then one best passage
// per article, syndicated copies collapsed, and a verdict.
import Fuse from 'fuse.js';
import type { Evidence, SourcesAnswer } from '../../model/contract.js';
import type { Library } from '../../library/library.js';
import type { SentenceIndex, SentenceRecord } from '../../library/sentenceIndex.js';
import type { TermHit } from '../../textIndex/termIndex.js';
import { analyseClaim, type Claim } from './claim.js';
import { judge, overruleRoleBlind, type Conflict, type Judgement } from './judge.js';
import { tokenize, type Token, type WordShape } from './passage.js';
import { collapseSyndicated } from './syndication.js';
import { plainClaim } from './plainClaim.js';
import { citedPlace, headlineJudged, headlineReading, isHeadline, placeOf } from './headline.js';
import { lookalikesLast } from './figures.js';
import {
  eventIdentity, eventNames, eventProfile, nameShare, namesParticipant, otherTime, profileShare, writtenTime,
} from './eventIdentity.js';
import { memoTerms } from '../../textIndex/fastTerms.js';
import { unreadLanguage } from '../../library/evidence.js';
import { round } from '../whoSaid.js';

/** Sentences the BM25 candidate stage hands on: enough for every outlet's copy of a story. */
const CANDIDATES = 300;
/** Of those, at most this many are judged, at most PER_ARTICLE from one article. */
const JUDGED = 50;
const PER_ARTICLE = 2;
/** An article on topic but not carrying the claim is listed when it scores at least this (on our fixtures
 *  other outlets on the same event score 0.22 to 0.67, articles on other events 0.06 to 0.19; longer real
 *  articles score higher on both sides, so the ranking, not this floor, does most of the work). */
export const RELATED_SCORE = 0.2;
/** A sentence must carry this much of the claim before its neighbours are read with it. */
const NEIGHBOUR_GATE = 0.25;
/** Fuse.js weighs this much in a passage's score, over the best FUSE_POOL passages, with the claim's first
 *  FUSE_PATTERN characters (its bitap search grows with both). */
const FUSE_SHARE = 0.15;
const FUSE_POOL = 20;
const FUSE_PATTERN = 64;
/** How much the whole article's coverage of the claim counts in ranking articles. */
const ARTICLE_SHARE = 0.25;
/** Of that, how much the claim's rarer names count (eventNames): what tells an event from its look-alikes. */
const NAME_SHARE = 0.5;

export interface SourceAnswerItem {
  /** 'partly': on topic, some of the claim missing (docs/contract.md §3); never counted as support. */
  stance: 'supports' | 'partly' | 'conflicts';
  evidence: Evidence;
  score: number;
  conflicts: Conflict[];
  /** Other outlets that ran the same text (syndicated copies), counted once. */
  syndicated?: Evidence[];
}

interface Passage {
  records: SentenceRecord[];
  text: string;
  judgement: Judgement;
  score: number;
  articleScore: number;
}

function passageText(records: SentenceRecord[]): string {
  const first = placeOf(records[0]!);
  return first.text.slice(first.start, placeOf(records.at(-1)!).end);
}

/** The text read before a passage: the headline and the two paragraphs before, plus this paragraph up to
 *  the passage (nothing for the headline). Depends on the passage's first record only. */
function contextPieces(r: SentenceRecord): string[] {
  if (isHeadline(r)) return [];
  const before = r.article.paragraphs.slice(Math.max(0, r.paragraph - 3), r.paragraph - 1).map((p) => p.text);
  const own = placeOf(r);
  return [r.article.title, ...before, own.text.slice(0, own.start)];
}

const rank = (j: Judgement) => (j.supports ? 2 : j.conflicts.length ? 1 : 0);

/** Tokens of a passage from its sentences' tokens (each sentence tokenised once per query, with offsets
 *  into its paragraph's text). */
function passageTokens(records: SentenceRecord[], tokensOf: (r: SentenceRecord) => Token[]): Token[] {
  return records.length === 1 ? tokensOf(records[0]!) : tokensOf(records[0]!).concat(...records.slice(1).map(tokensOf));
}

/** How a query reads a record: its tokens, the text they come from (its paragraph, or the headline as read),
 *  the text before a passage starting at it, and terms of any text (that context's, worked out once). */
interface Reader {
  tokensOf: (r: SentenceRecord) => Token[];
  textOf: (r: SentenceRecord) => string;
  contextOf: (r: SentenceRecord) => string;
  termsOf: (text: string) => string[];
}

/** Each written word's shapes and terms, kept from query to query (what a word makes depends on the word
 *  alone, and news repeats its words), each up to WORD_MEMO words before it starts afresh. */
const WORD_MEMO = 20_000;
const wordShapes = new Map<string, WordShape[]>();
const wordTerms = new Map<string, string | null>();

/** Lists of terms as one (flatMap's generic path cost more than reading the pieces). */
function concatTerms(lists: string[][]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const t of list) out.push(t);
  return out;
}

/** A reader for one query: each record tokenised once (with offsets into its paragraph's text). The context
 *  before a passage is read in pieces (headline, paragraphs, the start of its own paragraph), each split into
 *  terms once: one article's candidates share most of their context, and splitting it was a tenth of a query.
 *  Terms of pieces joined by line breaks are the pieces' terms in a row. */
function reader(): Reader {
  const tokenCache = new Map<SentenceRecord, Token[]>();
  const readings = new Map<SentenceRecord, string>();
  if (wordShapes.size > WORD_MEMO) wordShapes.clear();
  if (wordTerms.size > WORD_MEMO) wordTerms.clear();
  const words = wordShapes;
  const textOf = (r: SentenceRecord) => {
    if (!isHeadline(r)) return placeOf(r).text;
    let t = readings.get(r);
    if (t === undefined) readings.set(r, (t = headlineReading(r.article)));
    return t;
  };
  const tokensOf = (r: SentenceRecord) => {
    let t = tokenCache.get(r);
    if (!t) tokenCache.set(r, (t = isHeadline(r) ? tokenize(textOf(r), words) : tokenize(r.text, words, placeOf(r).start)));
    return t;
  };
  const plainTerms = memoTerms(wordTerms);
  const pieceTerms = new Map<string, string[]>();
  const termsOfPiece = (text: string) => {
    let t = pieceTerms.get(text);
    if (!t) pieceTerms.set(text, (t = plainTerms(text)));
    return t;
  };
  const contexts = new Map<SentenceRecord, string>();
  const contextTerms = new Map<string, string[] | (() => string[])>();
  const contextOf = (r: SentenceRecord) => {
    let c = contexts.get(r);
    if (c === undefined) {
      const pieces = contextPieces(r);
      contexts.set(r, (c = pieces.join('\n')));
      if (!contextTerms.has(c)) contextTerms.set(c, () => concatTerms(pieces.map(termsOfPiece)));
    }
    return c;
  };
  const termsOf = (text: string) => {
    const t = contextTerms.get(text);
    if (t === undefined) return plainTerms(text);
    if (Array.isArray(t)) return t;
    const made = t();
    contextTerms.set(text, made);
    return made;
  };
  return { tokensOf, textOf, contextOf, termsOf };
}

/** The best passage around one candidate sentence: alone, or with the sentence before or after. */
function bestPassage(
  index: SentenceIndex,
  claim: Claim,
  doc: number,
  { tokensOf, textOf, contextOf, termsOf }: Reader,
): Omit<Passage, 'score' | 'articleScore'> {
  const own = index.records[doc]!;
  const inArticle = (term: string) => index.articleTerms.has(term, own.articleNo);
  const options = [[own]];
  const prev = index.neighbour(doc, -1);
  const next = index.neighbour(doc, 1);
  if (prev) options.push([prev, own]);
  if (next) options.push([own, next]);
  let best: Omit<Passage, 'score' | 'articleScore'> | null = null;
  for (const records of options) {
    const text = passageText(records);
    const paragraph = textOf(records[0]!);
    const judgement = headlineJudged(claim, records[0]!, termsOf,
      judge(claim, paragraph, () => contextOf(records[0]!), passageTokens(records, tokensOf), termsOf, inArticle));
    if (!best || rank(judgement) > rank(best.judgement) ||
      (rank(judgement) === rank(best.judgement) && judgement.coverage > best.judgement.coverage + 0.05)) {
      best = { records, text, judgement };
    }
    // a sentence holding little of the claim is not saved by a neighbour: skip the extra work
    if (judgement.supports || (records.length === 1 && judgement.coverage < NEIGHBOUR_GATE)) break;
  }
  return best!;
}

/** How much each kind of claim part says about which event an article reports: names and places most,
 *  numbers little (outlets report different counts of the same event). */
const EVENT_WEIGHT: Record<string, number> = { name: 2, word: 1, number: 0.25, year: 0.5, month: 0.5, weekday: 0.25 };

/** Weighted share of the claim's parts found anywhere in the article (about the same event?). */
function articleCoverage(index: SentenceIndex, claim: Claim, articleNo: number, variants: [string, number][][]): number {
  let all = 0;
  let got = 0;
  claim.parts.forEach((p, i) => {
    const w = (p.token.kind === 'number' || p.token.kind === 'year' ? 1 : p.weight) * (EVENT_WEIGHT[p.token.kind] ?? 1);
    all += w;
    const v = variants[i]!.find(([t]) => index.articleTerms.has(t, articleNo));
    if (v) got += w * v[1];
  });
  return all ? got / all : 0;
}

/** Per article, memoised: its coverage of the claim, and of the claim's rarer names. */
function articleShares(index: SentenceIndex, claim: Claim, variants: [string, number][][]): (articleNo: number) => number {
  const names = eventNames(claim, index.articleTerms, variants);
  const memo = new Map<number, number>();
  return (articleNo) => {
    let v = memo.get(articleNo);
    if (v === undefined) {
      const named = nameShare(names, (i) => variants[i]!.some(([t]) => index.articleTerms.has(t, articleNo)));
      memo.set(articleNo, (v = (1 - NAME_SHARE) * articleCoverage(index, claim, articleNo, variants) + NAME_SHARE * named));
    }
    return v;
  };
}

/** Fuse.js (typos, word order) re-ranks only the best passages: over long text it is the slow part. A
 *  passage's Fuse.js score depends on its text alone, so each text is searched once (syndicated copies and
 *  overlapping passages repeat one). By position in `judged`. */
function fuzzyScores(query: string, judged: Omit<Passage, 'score' | 'articleScore'>[]): Map<number, number> {
  const pool = judged.map((j, k) => ({ k, text: j.text, coverage: j.judgement.coverage }))
    .sort((a, b) => b.coverage - a.coverage).slice(0, FUSE_POOL);
  const texts = [...new Set(pool.map((p) => p.text))].map((text) => ({ text }));
  const fuse = new Fuse(texts, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.8 });
  const byText = new Map(fuse.search(query.slice(0, FUSE_PATTERN)).map((r) => [r.item.text, 1 - (r.score ?? 1)]));
  return new Map(pool.flatMap((p) => {
    const f = byText.get(p.text);
    return f === undefined ? [] : [[p.k, f] as [number, number]];
  }));
}

/** How much an article's share of the best carrier's rarer terms (eventProfile) counts in ranking it, and the
 *  share of the best lead's at which it counts in full: reports of the event keep their order among themselves,
 *  only those sharing far less detail (look-alikes) go down. */
const PROFILE_WEIGHT = 0.3;
const PROFILE_NEAR = 0.5;

/** Weighs each lead's article score by how much of the event's own detail it shares with the article that best
 *  carries the claim, relative to the lead that shares most: other outlets' reports of the event share its
 *  opponent, venue, town and figures; a look-alike shares only the topic. One carrier's text is read. */
function weighByEvent(index: SentenceIndex, carrier: Passage | undefined, leads: Passage[], termsOf: (text: string) => string[]): void {
  if (!carrier) return;
  const a = carrier.records[0]!.article;
  const profile = eventProfile(index.articleTerms, termsOf([a.title, ...a.paragraphs.map((x) => x.text)].join('\n')));
  if (!profile.total) return;
  // articles judged to carry the claim keep their order: the profile ranks those merely on topic
  const others = leads.filter((p) => !p.judgement.supports);
  const shares = others.map((p) => profileShare(profile, index.articleTerms, p.records[0]!.articleNo));
  const top = Math.max(0, ...shares);
  others.forEach((p, k) => {
    p.articleScore = (1 - PROFILE_WEIGHT) * p.articleScore + PROFILE_WEIGHT * (top ? Math.min(1, shares[k]! / (PROFILE_NEAR * top)) : 0);
  });
}

function evidenceOf(p: Passage): Evidence {
  const a = p.records[0]!.article;
  return {
    article: a.id, title: a.title, outlet: a.outlet, published: a.published, ...citedPlace(p.records[0]!), text: p.text, url: a.url,
    ...unreadLanguage(a),
  };
}

export function sources(lib: Library, claimText: string, limit = 10): SourcesAnswer & { answers: SourceAnswerItem[] } {
  const query = claimText.trim();
  const none = { query, verdict: 'not-found' as const, answers: [], outlets: [] };
  const index = lib.sentenceIndex;
  const claim = analyseClaim(plainClaim(query).slice(0, 1000), index.sentenceTerms, index.aliases);
  if (claim.parts.length === 0) return none;

  const hits = index.sentenceTerms.searchTerms(claim.parts.map((p) => p.token.term), CANDIDATES, true);
  if (hits.length === 0) return none;
  const read = reader();
  // judge the best few sentences of each article, not every candidate: it is the costly step
  const perArticle = new Map<number, number>();
  const chosen: TermHit[] = [];
  for (const h of hits) {
    if (chosen.length === JUDGED) break;
    const r = index.records[h.doc]!;
    // a headline is judged besides the article's best body sentences, never instead of one
    const n = isHeadline(r) ? 0 : perArticle.get(r.articleNo) ?? 0;
    if (!isHeadline(r)) perArticle.set(r.articleNo, n + 1);
    if (n < PER_ARTICLE) chosen.push(h);
  }
  const judged = chosen.map((h) => bestPassage(index, claim, h.doc, read));
  overruleRoleBlind(judged.map((j) => j.judgement));
  const fuzzy = fuzzyScores(query, judged);
  const variants = claim.parts.map((p) => index.articleTerms.variants(p.token.term));
  const articleCov = articleShares(index, claim, variants);

  // one best passage per article; the others kept for a second round
  const byArticle = new Map<number, Passage[]>();
  judged.forEach((j, k) => {
    const articleNo = j.records[0]!.articleNo;
    const score = (1 - FUSE_SHARE) * j.judgement.coverage + FUSE_SHARE * (fuzzy.get(k) ?? 0);
    const articleScore = (1 - ARTICLE_SHARE) * score + ARTICLE_SHARE * articleCov(articleNo);
    const list = byArticle.get(articleNo) ?? [];
    if (!list.some((q) => q.text === j.text)) list.push({ ...j, score, articleScore });
    byArticle.set(articleNo, list);
  });
  const order = (a: Passage, b: Passage) => rank(b.judgement) - rank(a.judgement) || b.articleScore - a.articleScore;
  for (const list of byArticle.values()) list.sort(order);

  const identity = eventIdentity(claim, index.articleTerms, variants);
  const holds = (p: Passage) => (i: number) => variants[i]!.some(([t]) => index.articleTerms.has(t, p.records[0]!.articleNo));
  const leads = [...byArticle.values()].map((l) => l[0]!);
  // the profile orders the articles on topic; which of them are on topic is decided before it
  const onTopic = new Set(leads.filter((p) => p.articleScore >= RELATED_SCORE));
  weighByEvent(index, leads.filter((p) => p.judgement.supports).sort(order)[0], leads, read.termsOf);
  const times = new Map<Passage, ReturnType<typeof writtenTime>>();
  const written = (p: Passage) => {
    let t = times.get(p);
    const r = p.records[0]!;
    if (t === undefined) times.set(p, (t = writtenTime(r.article.published, lib.extracted[r.articleNo]?.dates ?? [])));
    return t;
  };
  const carriers = leads.filter((p) => p.judgement.supports).map(written);
  const sameTime = (p: Passage) => !otherTime(written(p), carriers);
  // an article far in time from those carrying the claim reports a look-alike, even when its figures differ
  const firsts = leads.filter((p) => p.judgement.supports ||
    (sameTime(p) && (p.judgement.conflicts.length > 0 || (onTopic.has(p) && namesParticipant(identity, holds(p))))));
  firsts.sort(lookalikesLast(query, order));
  const verdict = firsts.some((p) => p.judgement.supports) ? 'supported'
    : firsts.some((p) => p.judgement.conflicts.length) ? 'conflicting' : 'not-found';
  // on-topic coverage of the event is listed under every verdict ('partly'): a claim nothing backs still
  // shows what the outlets did report
  if (firsts.length === 0) return none;

  const groups = collapseSyndicated(index, firsts);
  const shown = new Set(groups.flatMap((g) => [g.lead, ...g.copies]).flatMap((p) => p.records));
  const seconds: Passage[] = [];
  for (const p of [...byArticle.values()].flatMap((l) => l.slice(1)).filter((q) => rank(q.judgement) > 0).sort(order)) {
    // a passage overlapping one already listed says nothing new
    if (p.records.some((r) => shown.has(r))) continue;
    for (const r of p.records) shown.add(r);
    seconds.push(p);
  }
  const item = (p: Passage, copies: Passage[] = []): SourceAnswerItem => {
    const out: SourceAnswerItem = {
      stance: p.judgement.supports ? 'supports' : p.judgement.conflicts.length ? 'conflicts' : 'partly',
      evidence: evidenceOf(p),
      score: round(p.score),
      conflicts: p.judgement.supports ? [] : p.judgement.conflicts.map(({ claim: c, source, reason }) => ({ claim: c, source, reason })),
    };
    if (copies.length) out.syndicated = copies.map(evidenceOf);
    return out;
  };
  const answers = [...groups.map((g) => item(g.lead, g.copies)), ...seconds.map((p) => item(p))].slice(0, limit);
  const outlets = new Set<string>();
  for (const a of answers) {
    if (a.stance !== 'supports') continue;
    for (const e of [a.evidence, ...(a.syndicated ?? [])]) if (e.outlet) outlets.add(e.outlet);
  }
  return { query, verdict, answers, outlets: [...outlets] };
}
