// A short "what" for an event: the trigger and the words that follow it to the end of its clause
// ("met with his Azerbaijani counterpart Jeyhun Bayramov"), or, for a happening found only through its
// date, the clause around the date with the date taken out ("the entry of the Soviet army into Baku").

const MAX_WORDS = 12;
const CLAUSE_END = /[,;:—–()"“”]|\s(?:and|but|while|where|who|which|after|before|when)\s/;
const CLAUSE_START = /[,;:—–()"“”]|\b(?:and|but|while|where|who|which|that|when)\b/g;
const LEADING_JUNK = /^(?:on|in|at|by|since|from|until|during|of|the|a|an|and|but|that|to|prior to|before|after|following)\s+/i;

function clip(words: string[]): string {
  // no dangling punctuation or the tail of a possessive ("’s debate") at either end
  return words.slice(0, MAX_WORDS).join(' ').replace(/[\s,.;:]+$/, '').replace(/^(?:['’]s\s+)?[^\p{L}\p{N}$“"]+/u, '');
}

export function describeTrigger(sentence: string, start: number): string {
  const rest = sentence.slice(start, start + 300);
  const cut = CLAUSE_END.exec(rest.slice(1));
  const clause = cut ? rest.slice(0, cut.index + 1) : rest;
  return clip(clause.trim().split(/\s+/));
}

/** The clause holding a date, without the date: before it when the date ends its clause, else after it. */
export function describeAround(sentence: string, start: number, end: number): string {
  const before = sentence.slice(Math.max(0, start - 300), start);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_START)) {
    const i = m.index + m[0].length;
    if (before.slice(i).trim().split(/\s+/).length >= 3) from = i;
  }
  // a date that opens a new clause (", and earlier this month shelling …") is described by what follows
  const opensClause = /(?:[,;]|\b(?:and|but))\s*(?:on|in|at|by|since|from|until|during|of)?\s*$/i.test(before);
  let head = opensClause ? '' : before.slice(from).replace(/\s+(?:on|in|at|by|since|from|until|during|of)\s*$/i, '').trim();
  while (LEADING_JUNK.test(head)) head = head.replace(LEADING_JUNK, '');
  if (head.split(/\s+/).length >= 2) return clip(head.split(/\s+/).slice(-MAX_WORDS));
  const after = sentence.slice(end, end + 300).replace(/^[\s,]+/, '');
  const cut = /[;:—–()"“”]|,\s(?:and|but)\s/.exec(after);
  const tail = (cut ? after.slice(0, cut.index) : after).trim();
  return clip(tail.split(/\s+/)) || sentence.slice(0, 120);
}
