// Whether words show a clause has its verb: the test reported speech uses to tell a content clause ("said he
// met the candidate", "says she agrees") from an object or an adverbial ("said so", "said in Paris").
import { SUBJECT_PRONOUNS } from '../people/lexicon.js';
import type { Tok } from '../people/wordTokens.js';
import { IRREGULAR_PASTS } from '../lexicon/lists.js';

/** Auxiliaries, modals, past forms and contractions. */
const FINITE_FORM = /^(?:is|are|was|were|be|been|would|will|could|should|can|may|might|must|had|has|have|did|does|do|\p{L}+ed|\p{L}+n['\u2019]t|\p{L}+['\u2019](?:d|ll|re|ve))$/u;

/** A finite verb form (irregular pasts too: "said he met the candidate", "told reporters she felt fine"). */
export const isFinite = (w: string): boolean => FINITE_FORM.test(w) || IRREGULAR_PASTS.has(w);

const ADVERBS = /^(?:also|still|never|always|only|just|now|then|already|even|\p{Ll}{3,}ly)$/u;

/** A subject pronoun with a verb of its own right after it: "he agrees", "she would", "they met". */
export function pronounClauseAt(toks: readonly Tok[], j: number): boolean {
  const word = toks[j]?.lower ?? '';
  // ("he also agrees", "she never said": one adverb between)
  const skip = ADVERBS.test(toks[j + 1]?.lower ?? '') ? 1 : 0;
  const verb = toks[j + 1 + skip]?.lower ?? '';
  // ("he's", "they're": the verb inside the word)
  if (/^(?:he|she|it|they|we|i|you)'(?:s|re|ll|d|ve|m)$/.test(word)) return true;
  if (!SUBJECT_PRONOUNS.has(word)) return false;
  return isFinite(verb) || (/^\p{Ll}+[^s]s$/u.test(verb) && verb !== 'his' && verb !== 'this');
}
