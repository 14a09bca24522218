// The content of a report trimmed of its edge punctuation, or null when too short to report speech.
import { SUBJECT_PRONOUNS } from '../people/lexicon.js';
import { isFinite } from '../grammar/finite.js';
import { WEEKDAYS } from '../lexicon/lists.js';

export interface Reported { start: number; end: number }

/** Fewer content words than this is not a report of speech ("he said so"), unless it is a clause with its own
 *  subject ("says he voted “uncommitted”", "say they feel that way"): that may be as short as SHORT_CLAUSE_WORDS. */
const MIN_WORDS = 4;
const SHORT_CLAUSE_WORDS = 3;

const WEEKDAY = `(?:${[...WEEKDAYS].join('|')})(?:\\s+(?:night|morning|afternoon|evening))?`;
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/** How it was said, closing the content: "denied the charges through his lawyer", "called the plan “rigged” in a
 *  tweet" (with the day after it: "in a tweet Sunday"). Not what was said. */
const SAID_HOW = new RegExp(
  `\\s+(?:through\\s+(?:a|an|his|her|their|its)\\s+(?:[\\p{L}-]+\\s+)?` +
    `(?:lawyer|lawyers|attorney|attorneys|spokesman|spokeswoman|spokesperson|representative|publicist|aide)|` +
    `(?:in|on|via)\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+)?` +
    `(?:statement|tweet|interview|post|email|e-mail|letter|speech|video|briefing|release)|` +
    `on\\s+(?:twitter|facebook|instagram))(?:\\s+(?:on\\s+)?${WEEKDAY})?$`,
  'iu',
);
/** When it was said, closing a noun phrase: "announced his candidacy in June 2015", "denied the report on Friday"
 *  (a clause keeps its times: "the quay will reopen in May" is what was said). */
const SAID_WHEN = new RegExp(
  `\\s+(?:(?:on\\s+)?${WEEKDAY}|in\\s+${MONTH}(?:\\s+\\d{4})?|in\\s+\\d{4}|(?:last|this|earlier\\s+this)\\s+(?:week|month|year))$`,
  'iu',
);

/** The end of a content before the adverbials of how (and, for a noun phrase, when) that close it, one after
 *  another. */
export function beforeSaidHowOrWhen(text: string, start: number, end: number, nounPhrase = false): number {
  let e = end;
  for (;;) {
    const rest = text.slice(start, e);
    const m = SAID_HOW.exec(rest) ?? (nounPhrase ? SAID_WHEN.exec(rest) : null);
    if (!m || m.index === 0) return e;
    e = start + m.index;
    while (e > start && /[\s,;]/.test(text[e - 1]!)) e--;
  }
}

/** The content between two offsets without its edge punctuation; null when too short. */
export function trimContent(text: string, start: number, end: number): Reported | null {
  let s = start;
  let e = end;
  while (s < e && /[\s,:;\u2014\u2013-]/.test(text[s]!)) s++;
  while (e > s && /[\s,.;:!?\u2014\u2013-]/.test(text[e - 1]!)) e--;
  const ws = text.slice(s, e).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  // (counted with its closing how or when: "called the count “rigged” in a tweet" reports speech)
  const clause = ws.length >= SHORT_CLAUSE_WORDS && SUBJECT_PRONOUNS.has(ws[0]!.toLowerCase()) && ws.slice(1).some((w) => isFinite(w.toLowerCase()) || /s$/.test(w));
  return ws.length >= MIN_WORDS || clause ? { start: s, end: beforeSaidHowOrWhen(text, s, e) } : null;
}

