// "What did this person say (about X)?": the person found by name, alias or role (fuzzy), then their
// quotes; with a topic, the quotes on it best first (Fuse.js on the words, or most of the topic's words).
import Fuse from 'fuse.js';
import type { Quote, QuotesAnswer } from '../model/contract.js';
import type { Library } from '../library/library.js';
import { terms } from '../text/tokens.js';
import { round } from './whoSaid.js';

/** Below this a name match is a guess, not the person asked for. */
export const SPEAKER_MIN_SCORE = 0.5;
/** People scoring within this of the best are equally good matches; the most quoted of them is meant. */
const TIE = 0.05;
/** How much weaker a match may be and still be preferred for being quoted. */
const QUOTED_TIE = 0.15;
/** A quote is on the topic when Fuse.js scores it at least this, or it holds at least half its words. */
const TOPIC_MIN_SCORE = 0.4;

function topicScore(topicTerms: readonly string[], q: Quote): number {
  if (topicTerms.length === 0) return 0;
  const have = new Set(terms(q.text));
  return topicTerms.filter((t) => have.has(t)).length / topicTerms.length;
}

export function quotesBy(lib: Library, speaker: string, about?: string, limit = 20): QuotesAnswer {
  const query = speaker.trim();
  if (!query) return { query, answers: [], notFound: 'Name a speaker.' };
  const hits = lib.peopleIndex.find(query, 10).filter((h) => h.score >= SPEAKER_MIN_SCORE);
  if (hits.length === 0) return { query, answers: [], notFound: `Nobody called '${query}' is named in the loaded articles.` };
  const top = hits[0]!.score;
  const quoted = (h: { person: { id: string } }) => lib.peopleIndex.quotesOf(h.person.id);
  let best = hits.filter((h) => h.score >= top - TIE).sort((a, b) => quoted(b) - quoted(a))[0]!;
  // a close match who is quoted beats a better match who never speaks ("the Republican nominee")
  if (quoted(best) === 0) best = hits.find((h) => quoted(h) > 0 && h.score >= top - QUOTED_TIE) ?? best;
  const quotes: readonly Quote[] = lib.quoteIndex.bySpeaker(best.person.id);
  if (quotes.length === 0) return { query, answers: [], notFound: `${best.person.name} is named, but no quote of theirs was found.` };
  const topic = about?.trim();
  if (topic) {
    const fuse = new Fuse([...quotes], { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
    const fuzzy = new Map(fuse.search(topic.slice(0, 200)).map((h) => [h.item, 1 - (h.score ?? 1)]));
    const topicTerms = [...new Set(terms(topic))];
    const scored = quotes
      // a Fuse.js look-alike counts only with at least one of the topic's words in the quote
      .map((q) => ({ q, words: topicScore(topicTerms, q) }))
      .map(({ q, words }) => ({ q, s: words > 0 ? Math.max(fuzzy.get(q) ?? 0, words) : 0 }))
      .filter((x) => x.s >= TOPIC_MIN_SCORE)
      .sort((a, b) => b.s - a.s);
    if (scored.length === 0) return { query, answers: [], notFound: `No quote of ${best.person.name} is about '${topic}'.` };
    return { query, answers: scored.slice(0, limit).map((x) => ({ ...x.q, score: round(x.s) })), notFound: null };
  }
  return { query, answers: quotes.slice(0, limit).map((q) => ({ ...q, score: round(best.score) })), notFound: null };
}
