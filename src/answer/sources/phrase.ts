// The words of a passage a conflict's reason quotes: whole readable phrases, never a clause cut after "and
// held a". A stretch that stops on a function word, or inside a run of words, runs on to the end of that
// run ("held a long meeting"), within its clause.
import { PREPOSITIONS, type Token } from './passage.js';

/** Words a quoted stretch may run on past the words it must hold. */
const REACH = 6;
/** Words it may reach back for the start of a phrase ("running back Jamaal Charles", not "back Jamaal"). */
const BACK = 3;
/** Words a quoted object does not run on over. */
const ENDS = new Set([...PREPOSITIONS, 'and', 'but', 'or', 'as', 'while', 'because', 'when', 'if', 'that', 'which', 'who']);

const boundary = (text: string, a: Token, b: Token) => /[,;:.!?()\u2014"“”]/.test(text.slice(a.end, b.start));

/** The passage from token `from` to token `to` (indices into `tokens`, offsets into `text`), widened to
 *  whole phrases. */
export function phrase(tokens: Token[], from: number, to: number, text: string): string {
  const joined = (j: number) => j + 1 < tokens.length && !boundary(text, tokens[j]!, tokens[j + 1]!);
  const content = (j: number) => tokens[j]!.kind !== 'stop';
  let start = from;
  // back over the words of a name or noun phrase the stretch opens inside of
  while (start > 0 && start > from - BACK && content(start - 1) && content(start) && joined(start - 1)) start--;
  let end = to;
  // to the end of the run of words it stops in, then on over an article or determiner to the object it
  // opens ("did not sign the border treaty", "held a long meeting"), never over a preposition or "and"
  while (joined(end) && end < to + REACH && content(end) && content(end + 1)) end++;
  let k = end;
  while (joined(k) && k < to + REACH && !content(k + 1) && !ENDS.has(tokens[k + 1]!.word)) k++;
  if (k > end || !content(end)) {
    if (joined(k) && content(k + 1)) for (k++; joined(k) && k < to + REACH && content(k + 1);) k++;
    if (content(k)) end = k;
  }
  while (end > to && !content(end)) end--;
  return text.slice(tokens[start]!.start, tokens[end]!.end);
}
