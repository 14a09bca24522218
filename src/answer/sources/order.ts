// The order of two events: "after X, Y" and "Y after X" put X first, "X before Y" too. A passage that tells
// the claim's two events the other way round ("a day after Y, X") reports another sequence, whatever
// words the two share.
import { sameFamily } from '../../textIndex/termFamily.js';
import { TIME_UNITS } from '../../extract/lexicon/lists.js';
import { phrase } from './phrase.js';
import type { Token } from './passage.js';

/** Two events in order, as the content tokens of each, and where the connective's clause starts and ends. */
interface Sequence { earlier: Token[]; later: Token[]; from: number; to: number }

const CONNECTIVES = new Set(['after', 'before']);
/** Words that may stand before an opening connective ("A day after", "Two weeks before", "Shortly after"). */
const LEADS = new Set(['a', 'an', 'one', 'two', 'three', 'few', 'several', 'shortly', 'just', 'soon', 'only', 'hours', 'days', 'weeks',
  'minutes', 'moments', 'months', 'not', 'long', 'the', 'day', 'week', 'month', 'year', 'hour', 'minute', 'mere', 'ago']);

const stopBetween = (text: string, a: Token, b: Token) => /[,;:.!?()\u2014]/.test(text.slice(a.end, b.start));
const isContent = (t: Token) => (t.kind === 'word' || t.kind === 'name') && !TIME_UNITS.has(t.word.replace(/s$/, ''));

/** The sentence holding token `i`: indices from the first token to the last. */
function sentenceOf(tokens: Token[], i: number, text: string): [number, number] {
  let s = i;
  while (s > 0 && !/[.!?]\s/.test(text.slice(tokens[s - 1]!.end, tokens[s]!.start) + ' ')) s--;
  let e = i;
  while (e + 1 < tokens.length && !/[.!?]\s/.test(text.slice(tokens[e]!.end, tokens[e + 1]!.start) + ' ')) e++;
  return [s, e];
}

/** The two events an "after" or "before" at token `c` orders, or null when it orders no two clauses. */
function sequenceAt(tokens: Token[], c: number, text: string): Sequence | null {
  const [s, e] = sentenceOf(tokens, c, text);
  let end = c + 1;
  while (end <= e && !stopBetween(text, tokens[end - 1]!, tokens[end]!)) end++;
  const clause = tokens.slice(c + 1, end);
  // opening the sentence ("A day after X, Y"): the other event follows the comma; else it comes before
  const opens = tokens.slice(s, c).every((t) => LEADS.has(t.word) || t.kind === 'number');
  const rest = opens ? tokens.slice(end, e + 1) : tokens.slice(s, c);
  const inner = clause.filter(isContent);
  const outer = rest.filter(isContent);
  if (inner.length === 0 || outer.length === 0) return null;
  const after = tokens[c]!.word === 'after';
  return { earlier: after ? inner : outer, later: after ? outer : inner, from: c, to: end - 1 };
}

/** Every ordering of two events in the tokens. */
export function sequencesIn(tokens: Token[], text: string): Sequence[] {
  return tokens.flatMap((t, i) => (CONNECTIVES.has(t.word) ? [sequenceAt(tokens, i, text)] : [])).filter((x): x is Sequence => x !== null);
}

/** A name counts more than a plain word: the people and places of an event say which one it is, where its
 *  verbs and nouns are often retold the other way ("placing Ivory on IR" ~ "Ivory was lost for the season"). */
const NAME_WEIGHT = 3;
const shared = (a: Token[], b: Token[]) =>
  a.filter((x) => b.some((y) => sameFamily(x.key, y.key))).reduce((s, x) => s + (x.kind === 'name' ? NAME_WEIGHT : 1), 0);

/** The passage's words when it tells the claim's two events in the other order ("after Ivory was lost" for
 *  "after putting Thomas on IR, … lost Ivory"): each of the claim's events shares more with the other one
 *  of the passage than with its own. Null otherwise. */
export function orderSwapped(claimTokens: Token[], claimText: string, tokens: Token[], text: string): string | null {
  const mine = sequencesIn(claimTokens, claimText);
  if (mine.length === 0) return null;
  for (const theirs of sequencesIn(tokens, text)) {
    for (const m of mine) {
      const earlierMoved = shared(m.earlier, theirs.later) > shared(m.earlier, theirs.earlier);
      const laterMoved = shared(m.later, theirs.earlier) > shared(m.later, theirs.later);
      if (earlierMoved && laterMoved) return phrase(tokens, theirs.from, theirs.to, text);
    }
  }
  return null;
}
