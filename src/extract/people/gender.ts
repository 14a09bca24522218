// A person's gender from the pronoun that first follows a mention of them ("Lavrov said he…", "Clinton…
// her campaign"). Votes are summed over all mentions, so one stray pronoun does not decide.
import type { Tok } from './wordTokens.js';

const MALE = new Set(['he', 'his', 'him', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
/** How far after a mention a pronoun still most likely refers to it. */
const WINDOW = 14;

export function pronounGender(text: string, toks: Tok[], after: number): 'male' | 'female' | null {
  for (let k = after + 1; k < toks.length && k - after <= WINDOW; k++) {
    const t = toks[k]!;
    if (MALE.has(t.lower)) return 'male';
    if (FEMALE.has(t.lower)) return 'female';
    // another name (a capitalised word inside a sentence) intervenes: the pronoun may be theirs
    if (t.cap && !/[.!?]["'\u201d\u2019]?\s*$/.test(text.slice(toks[k - 1]!.end, t.start))) return null;
  }
  return null;
}
