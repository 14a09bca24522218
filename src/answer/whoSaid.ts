// "Who said these words?": the quotes whose words match best, with their speakers; none when no quote holds
// the words asked for ("nothing like this" finds Fuse.js look-alikes in any large set of quotes).
import type { Quote, QuotesAnswer } from '../model/contract.js';
import type { Library } from '../library/library.js';
import type { QuoteHit } from '../library/quoteIndex.js';
import type { Article } from '../parse/article.js';
import { oneEditApart } from '../text/edits.js';
import { terms, words } from '../text/tokens.js';

/** Below this Fuse.js-derived score a match is too weak to name a speaker. */
export const WHO_SAID_MIN_SCORE = 0.45;
/** Share of the query's content words the quote (with its paragraph and the one before) must hold. Measured
 *  on polnear-dev: eight words from the middle of a real quote hold 1.0 (149 of 149); invented sentences'
 *  best matches hold 0 to 0.75, except ones of one or two common words, which PHRASE_BELOW handles. On
 *  polnear-train (840 articles), with FEW_TERMS_IN_ORDER, it answers 2933 of 2952 real eight-word queries and
 *  refuses 200 of 200 strings of random words, 188 of 200 words drawn from different quotes, 28 of 30 invented
 *  sentences and "nothing like this" and 10,000-character queries; a real fragment's words shuffled are still
 *  answered (scattered recall is meant to be). */
export const WHO_SAID_MIN_WORDS = 0.8;
/** With fewer content words than this ("thank you very much", "it was the best of times") the quote must
 *  hold them all as written, close together (within the query's length and PHRASE_SLACK words). */
const PHRASE_BELOW = 3;
const PHRASE_SLACK = 2;
/** Such a query of three words or more ("nothing like this", "why you did what you did") is known by its
 *  wording: the quote must also hold this share of its neighbouring word pairs side by side. */
const FEW_TERMS_IN_ORDER = 0.34;
/** The index ranks more candidates than are shown: the filters below drop look-alikes that share a few common
 *  words, and the quote that holds the words asked for may rank below ten of them. */
const CANDIDATES_PER_ANSWER = 5;
/** Share of the query's neighbouring word pairs a quote holds side by side to hold the words as asked, and
 *  the share with which a named speaker's quote still comes before a quote of unknown speaker. */
const AS_ASKED = 0.75;
const NAMED_CLOSE = 0.5;

const NO_MATCH = 'No quote in the loaded articles matches these words.';

const near = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 4 && oneEditApart(a, b));

const articlesOf = new WeakMap<Library, Map<string, Article>>();

/** The quote's paragraph and the one before: a query may run across a "…,” he said, “…" break. */
function around(lib: Library, q: Quote): string {
  let byId = articlesOf.get(lib);
  if (!byId) articlesOf.set(lib, (byId = new Map(lib.articles.map((a) => [a.id, a]))));
  const a = byId.get(q.evidence.article);
  const p = q.evidence.paragraph;
  return a ? a.paragraphs.slice(Math.max(0, p - 2), p + 1).map((x) => x.text).join(' ') : q.text;
}

/** Whether the quote holds the query's words: most of them, or all in order for a short query. */
export function holdsWords(query: string, text: string): boolean {
  return holdsTerms([...new Set(terms(query))], text);
}

function holdsTerms(want: string[], text: string): boolean {
  if (want.length === 0) return false;
  const have = terms(text);
  if (want.length < PHRASE_BELOW) {
    // every word, close together (counted in content words, read by the same tokenizer as the query, so
    // "don’t" and "can’t" compare as written)
    const span = want.length + PHRASE_SLACK;
    return have.some((h, i) => {
      if (!near(want[0]!, h)) return false;
      const closeBy = have.slice(Math.max(0, i - span), i + span + 1);
      return want.every((w) => closeBy.some((x) => near(w, x)));
    });
  }
  const found = want.filter((t) => have.some((h) => near(t, h))).length;
  return found / want.length >= WHO_SAID_MIN_WORDS;
}

export function whoSaid(lib: Library, asked: string, limit = 10): QuotesAnswer {
  const query = asked.trim();
  if (!query) return { query, answers: [], notFound: 'Give some words of the quote.' };
  const want = [...new Set(terms(query))];
  const byWording = want.length < PHRASE_BELOW && words(query).length >= 3;
  const hits = lib.quoteIndex.search(query, limit * CANDIDATES_PER_ANSWER)
    .filter((h) => h.score >= WHO_SAID_MIN_SCORE && (!byWording || h.inOrder >= FEW_TERMS_IN_ORDER))
    .filter((h) => holdsTerms(want, around(lib, h.quote)));
  if (hits.length === 0) return { query, answers: [], notFound: NO_MATCH };
  // a named speaker's quote holding at least half the words side by side answers the question first (the same
  // words quoted elsewhere, or reported: "bullied people gotta get over it and fight back"); then a quote that
  // holds them as asked, whoever said it; a looser look-alike never outranks those (stable otherwise)
  const named = (h: QuoteHit) => h.quote.speaker.id !== 'unknown';
  const rank = (h: QuoteHit) => (named(h) && h.inOrder >= NAMED_CLOSE ? 3 : h.inOrder >= AS_ASKED ? 2 : named(h) ? 1 : 0);
  const ranked = [...hits].sort((a, b) => rank(b) - rank(a)).slice(0, limit);
  return { query, answers: ranked.map((h) => ({ ...h.quote, score: round(h.score) })), notFound: null };
}

export const round = (x: number) => Math.round(x * 1000) / 1000;
