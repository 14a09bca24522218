// The words of a passage a conflict's reason quotes: whole readable phrases, never a clause cut after "and
// held a". A stretch runs on to the end of its clause when that is near; cut short, it ends on a content
// word and says so with an ellipsis.
import type { Token } from './passage.js';

/** Words a quoted stretch may run on past the words it must hold, to reach the end of its clause. */
const REACH = 8;
/** Words it may reach back for the start of a phrase ("running back Jamaal Charles", not "back Jamaal"). */
const BACK = 3;

const boundary = (text: string, a: Token, b: Token) => /[,;:.!?()\u2014"“”]/.test(text.slice(a.end, b.start));

/** The passage from token `from` to token `to` (indices into `tokens`, offsets into `text`), widened to
 *  whole phrases. */
export function phrase(tokens: Token[], from: number, to: number, text: string): string {
  let start = from;
  // back over the words of a name or noun phrase the stretch opens inside of
  while (start > 0 && start > from - BACK && tokens[start - 1]!.kind !== 'stop' && tokens[start]!.kind !== 'stop' &&
    !boundary(text, tokens[start - 1]!, tokens[start]!)) start--;
  let end = to;
  while (end + 1 < tokens.length && end < to + REACH && !boundary(text, tokens[end]!, tokens[end + 1]!)) end++;
  const cut = end + 1 < tokens.length && !boundary(text, tokens[end]!, tokens[end + 1]!);
  if (!cut) return text.slice(tokens[start]!.start, tokens[end]!.end);
  while (end > to && tokens[end]!.kind === 'stop') end--;
  return `${text.slice(tokens[start]!.start, tokens[end]!.end)} …`;
}
