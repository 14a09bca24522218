// Words that fill a slot one at a time: kin ("his father" is not "his brother"), a span of time ("a year
// after" is not "a week after"), a fate ("survived a fall" is not "killed in a fall") and opposite acts
// ("raised" is not "cut", "approved" is not "rejected": opposite-words.json). A claim's word of
// such a kind the passage lacks, where the passage has another of the same kind, is another value in that slot.
import { FATAL_WORDS, KIN_NOUNS, OPPOSITE_WORDS, SURVIVAL_WORDS, TIME_UNITS } from '../../extract/lexicon/lists.js';
import type { Token } from './passage.js';
import { verbForms } from './telling.js';

/** Each word of an opposite pair, by base form, with the words opposite it. */
const OPPOSITES = new Map<string, string[]>();
for (const pair of OPPOSITE_WORDS) {
  const [a, b] = pair.split(' ') as [string, string];
  OPPOSITES.set(a, [...(OPPOSITES.get(a) ?? []), b]);
  OPPOSITES.set(b, [...(OPPOSITES.get(b) ?? []), a]);
}

/** A written word's base forms that belong to an opposite pair ("raised": "raise"); empty for most words.
 *  Kept per word: a judged passage asks it of each of its words. */
const PAIRED_MEMO = 20_000;
const pairedMemo = new Map<string, readonly string[]>();
function pairedForms(word: string): readonly string[] {
  let out = pairedMemo.get(word);
  if (!out) {
    if (pairedMemo.size > PAIRED_MEMO) pairedMemo.clear();
    pairedMemo.set(word, (out = verbForms(word).filter((f) => OPPOSITES.has(f))));
  }
  return out;
}

/** The passage's word opposite the claim's ("cut" for "raised"), when the passage lacks the claim's own. */
function opposite(claimToken: Token, tokens: Token[]): Token | null {
  const own = pairedForms(claimToken.word);
  if (own.length === 0) return null;
  const against = new Set(own.flatMap((f) => OPPOSITES.get(f)!));
  // (every word opposite another is itself in a pair, so the passage's paired forms are all that can match)
  if (tokens.some((t) => pairedForms(t.word).some((f) => own.includes(f)))) return null;
  return tokens.find((t) => (t.kind === 'word' || t.kind === 'stop') && pairedForms(t.word).some((f) => against.has(f))) ?? null;
}

/** Words that count a span of time just before its unit ("a week", "two years", "several days"). */
const COUNTED = /(?:^|\s)(?:a|an|one|several|few|some|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+$/i;

const singular = (w: string) => (w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** The kind of slot a token fills (`text` holds it), or null: 'kin' for a kin noun, 'span' for a counted
 *  unit of time, 'fate' for living through a happening or not. */
function slotOf(t: Token, text: string): 'kin' | 'span' | 'fate' | null {
  if (t.kind !== 'word') return null;
  // "is survived by his wife" tells of a death
  if (FATAL_WORDS.has(t.word) || (SURVIVAL_WORDS.has(t.word) && !/^\s+by\b/i.test(text.slice(t.end, t.end + 4)))) return 'fate';
  const w = singular(t.word);
  if (KIN_NOUNS.has(w) || KIN_NOUNS.has(t.word)) return 'kin';
  if (TIME_UNITS.has(w) && COUNTED.test(text.slice(Math.max(0, t.start - 12), t.start))) return 'span';
  return null;
}

/**
 * The passage's word in the slot of the claim's token when the passage lacks the claim's own word but holds
 * another of its kind ("brother" for "father", "a week" for "a year") or its opposite ("cut" for "raised");
 * null otherwise.
 */
export function rivalInSlot(claimToken: Token, claimText: string, tokens: Token[], text: string): Token | null {
  if (claimToken.kind === 'word') {
    const o = opposite(claimToken, tokens);
    if (o) return o;
  }
  const kind = slotOf(claimToken, claimText);
  if (!kind) return null;
  const own = singular(claimToken.word);
  if (tokens.some((t) => t.kind === 'word' && singular(t.word) === own)) return null;
  // "killed" is no rival of "died": only the other side of a fate is
  const other = (t: Token) => kind !== 'fate' || SURVIVAL_WORDS.has(t.word) !== SURVIVAL_WORDS.has(claimToken.word);
  return tokens.find((t) => slotOf(t, text) === kind && singular(t.word) !== own && other(t)) ?? null;
}
