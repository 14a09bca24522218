// A content clause that opens with a word that after a verb of saying usually starts an adverbial or an object
// ("said in Paris", "said much"), when what follows shows it is a clause after all: a condition with its own
// clause ("said if elected he would …"), a share ("said much of the talk was about …", "said about half of the
// rise came from …"), "no matter …", or a time before a clause ("says tonight he is …").
import type { Tok } from '../people/wordTokens.js';
import { isFinite, pronounClauseAt } from '../grammar/finite.js';

/** Words that open a condition or a concession before the clause proper. */
// (not "when" or "while": "said when asked whether he would …", "said while campaigning" tell the occasion)
const CONDITIONS = new Set(['although', 'if', 'once', 'though', 'unless']);
/** Words for a share of something: "much of", "most of", "half of". */
const SHARES = new Set(['all', 'half', 'little', 'many', 'most', 'much', 'none', 'part', 'some']);
/** Words that may stand before a share ("about half of"). */
const APPROXIMATELY = new Set(['about', 'almost', 'around', 'nearly', 'roughly']);
const TIMES = new Set(['now', 'today', 'tonight', 'yesterday']);
/** How far a condition may run before its clause's subject ("if presumptive … nominee Donald Trump picked him …"). */
const CONDITION_REACH = 30;
const SHARE_REACH = 12;

/** The token where a clause opened by toks[k] starts (k itself), or null when it is no clause. */
export function clauseOpenedAt(toks: readonly Tok[], k: number, sentenceEnd: number): number | null {
  const inSentence = (j: number) => j < toks.length && toks[j]!.end <= sentenceEnd;
  const w = toks[k]?.lower ?? '';
  if (CONDITIONS.has(w)) {
    for (let j = k + 2; j - k <= CONDITION_REACH && inSentence(j); j++) if (pronounClauseAt(toks, j)) return k;
    return null;
  }
  const share = APPROXIMATELY.has(w) && SHARES.has(toks[k + 1]?.lower ?? '') ? k + 1 : k;
  if (SHARES.has(toks[share]?.lower ?? '') && toks[share + 1]?.lower === 'of') {
    for (let j = share + 2; j - k <= SHARE_REACH && inSentence(j); j++) if (isFinite(toks[j]!.lower)) return k;
    return null;
  }
  if (w === 'no' && toks[k + 1]?.lower === 'matter') return k;
  if (TIMES.has(w) && inSentence(k + 2) && pronounClauseAt(toks, k + 1)) return k;
  return null;
}
