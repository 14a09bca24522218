// Whether a date expression sits in a forward-looking clause ("will meet on Friday") or a report of the past
// ("met on Friday", "said Friday"). News resolves a bare weekday or month-day toward the past unless the
// clause around it looks ahead.

const FUTURE = /\b(will|would|shall|won't|must|should|could|might|deadline|is to|are to|is due|are due|due to|expected to|scheduled|slated|planned for|plans to|plan to|set to|going to|upcoming|later this|next|tomorrow)\b|'ll\b/i;
const PAST_VERB = /\b(said|says|told|announced|reported|added|stated|declared|confirmed|was|were|had|did)\s*$|\b\w+ed\s*(?:on\s*)?$/i;
/** Clause edges that end the window looked at before the date. */
const CLAUSE_EDGE = /[;:—–()"“”]|,\s*(?:and|but|while|whereas)\b/g;

function lastClause(text: string): string {
  let cut = 0;
  for (const m of text.matchAll(CLAUSE_EDGE)) cut = m.index + m[0].length;
  return text.slice(cut);
}

function wordsTail(text: string, n: number): string {
  return text.trim().split(/\s+/).slice(-n).join(' ');
}
function wordsHead(text: string, n: number): string {
  return text.trim().split(/\s+/).slice(0, n).join(' ');
}

/** True when the date at `start`..`end` of `sentence` reads as still to come. */
export function looksFuture(sentence: string, start: number, end: number): boolean {
  const before = wordsTail(lastClause(sentence.slice(0, start)), 8);
  const stripped = before.replace(/\b(on|in|at|by|from|since|until|of|the|this|last|early|late|mid)\s*$/i, '');
  if (PAST_VERB.test(stripped)) return false;
  if (FUTURE.test(before)) return true;
  // The date opens its clause ("On Monday, the minister will travel"): the verb comes after it.
  if (before.split(/\s+/).filter(Boolean).length <= 2) return FUTURE.test(wordsHead(sentence.slice(end), 7));
  return false;
}
