// Which way a date expression's clause points: ahead ("will meet on Friday", "talks resume Monday"), back
// ("met on Friday", "said Friday", "died on March 21"), or neither ("the Nov. 8 election"). News resolves a
// bare weekday toward the past unless the clause looks ahead; a bare month-day follows the clause when it
// points somewhere and is otherwise the nearest such day.

export type Tense = 'past' | 'future' | 'unknown';

const FUTURE = /\b(will|would|shall|won't|must|should|could|might|deadline|is to|are to|is due|are due|due to|expected to|scheduled|slated|planned for|plans to|plan to|set to|going to|upcoming|later this|next|tomorrow|begins|starts|opens|resumes|convenes|arrives|departs|heads|travels|expires|kicks off|takes office|takes effect|goes to the polls)\b|'ll\b/i;
/** A past-tense report just before the date: "said Friday", "was released on Tuesday". */
const PAST_JUST_BEFORE = /\b(said|says|told|announced|reported|added|stated|declared|confirmed|was|were|had|did)\s*$|\b\w+ed\s*(?:on\s*)?$/i;
/** Past-tense verbs anywhere in the clause: regular "-ed" forms and the irregular ones news uses most. */
const PAST_IN_CLAUSE = /\b(?!(?:need|feed|seed|speed|proceed|exceed|succeed|breed|bleed|red|bed|shed|wed|hundred|embed|indeed|naked|wicked|sacred|kindred)\b)\w{2,}ed\b|\b(was|were|had|did|met|said|told|took|gave|made|came|went|began|won|lost|held|left|led|fell|rose|sold|paid|spoke|wrote|found|brought|saw|became|ran|died|killed)\b/i;
/** How many characters either side of a date are read. */
const WINDOW = 240;
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

/** The direction of the clause holding the date at `start`..`end` of `sentence`. */
export function tenseAt(sentence: string, start: number, end: number): Tense {
  // a bounded window keeps a run-on sentence with many dates linear
  const before = wordsTail(lastClause(sentence.slice(Math.max(0, start - WINDOW), start)), 8);
  const stripped = before.replace(/\b(on|in|at|by|from|since|until|of|the|this|last|early|late|mid)\s*$/i, '');
  if (PAST_JUST_BEFORE.test(stripped)) return 'past';
  if (FUTURE.test(before)) return 'future';
  const after = wordsHead(sentence.slice(end, end + WINDOW).split(/[;:—–()"“”]/)[0] ?? '', 7);
  // The date opens its clause ("On Monday, the minister will travel"): the verb comes after it.
  if (before.split(/\s+/).filter(Boolean).length <= 2 && FUTURE.test(after)) return 'future';
  if (PAST_IN_CLAUSE.test(before) || PAST_IN_CLAUSE.test(after)) return 'past';
  return FUTURE.test(after) ? 'future' : 'unknown';
}
