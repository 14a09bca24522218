// The content of a report trimmed of its edge punctuation, or null when too short to report speech.
import { SUBJECT_PRONOUNS } from '../people/lexicon.js';
import { isFinite } from './finite.js';

export interface Reported { start: number; end: number }

/** Fewer content words than this is not a report of speech ("he said so"), unless it is a clause with its own
 *  subject ("says he voted “uncommitted”", "say they feel that way"): that may be as short as SHORT_CLAUSE_WORDS. */
const MIN_WORDS = 4;
const SHORT_CLAUSE_WORDS = 3;

/** The content between two offsets without its edge punctuation; null when too short. */
export function trimContent(text: string, start: number, end: number): Reported | null {
  let s = start;
  let e = end;
  while (s < e && /[\s,:;\u2014\u2013-]/.test(text[s]!)) s++;
  while (e > s && /[\s,.;:!?\u2014\u2013-]/.test(text[e - 1]!)) e--;
  const ws = text.slice(s, e).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (ws.length >= MIN_WORDS) return { start: s, end: e };
  const clause = ws.length >= SHORT_CLAUSE_WORDS && SUBJECT_PRONOUNS.has(ws[0]!.toLowerCase()) && ws.slice(1).some((w) => isFinite(w.toLowerCase()) || /s$/.test(w));
  return clause ? { start: s, end: e } : null;
}

