// Where an event took place, from its own sentence only: "in Yerevan", "visited Yerevan", "a visit to Baku",
// "Yerevan, where he met", an opening "In Moscow, …", or the place of a coordinated verb with the same subject
// ("visited Baku and held a meeting"). A dateline is where the reporter filed from, not where anything
// happened, so it never supplies a place: with none in the sentence the place is unknown.
import { WEEKDAYS } from '../lexicon/lists.js';
import type { Trigger } from './triggers.js';

export interface Place { name: string; start: number; end: number }

const NAME = String.raw`(?:the\s+)?((?:[A-Z][\p{L}’'.-]+)(?:\s+(?:of\s+|de\s+|al-)?[A-Z][\p{L}’'.-]+){0,3})`;
const capitalised = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
/** Capitalised words that open no place name: months, days, pronouns and titles. */
const NOT_PLACE = new RegExp(String.raw`^(?:January|February|March|April|May|June|July|August|September|October|November|December|`
  + String.raw`${[...WEEKDAYS].map(capitalised).join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|`
  + String.raw`The|This|That|His|Her|Their|He|She|It|They|We|I|President|Prime|Minister|Foreign|Mr|Mrs|Ms|Dr)\b`);
const VISITED = new RegExp(`^\\s+(?:to\\s+|in\\s+)?${NAME}`, 'du');
const IN_OR_AT = new RegExp(`^[^,;]*?\\b(?:in|at)\\s+${NAME}`, 'du');
const WHERE = new RegExp(`${NAME},?\\s+where\\s+[^,;]*$`, 'du');
const OPENING = new RegExp(`^(?:In|At)\\s+${NAME},`, 'du');
/** Between a place and the next trigger: a short phrase ("on Monday") and then only "and" (", and then"),
 *  so the next verb has the same subject; a new subject ("and Bayramov met") or clause breaks the link. */
const AND_THEN = /^([^,;:()]*?),?\s+and\s+(?:then\s+|later\s+|also\s+|afterwards\s+)?$/i;
const NEW_CLAUSE = /\b(?:where|who|whom|which|that|while|when|after|before|because|but|although|as)\b/i;
const LINK_WORDS = 5;

/** The match's captured name at its offset in the sentence, cleaned of trailing punctuation, or null. */
function found(m: RegExpExecArray | null, base: number, avoid: (s: string) => boolean): Place | null {
  const at = m?.indices?.[1];
  if (!m?.[1] || !at) return null;
  const name = m[1].replace(/[.,’']+$/, '').trim();
  if (!name || NOT_PLACE.test(name) || avoid(name)) return null;
  return { name, start: base + at[0], end: base + at[0] + name.length };
}

/** The place the sentence names for a trigger, or null. `avoid` rejects names of people. */
export function placeNear(sentence: string, trigger: Trigger, avoid: (s: string) => boolean): Place | null {
  const after = sentence.slice(trigger.end, trigger.end + 60);
  if (trigger.kind === 'visit') {
    const direct = found(VISITED.exec(after), trigger.end, avoid);
    if (direct) return direct;
  }
  const prep = found(IN_OR_AT.exec(after), trigger.end, avoid);
  if (prep) return prep;
  const where = found(WHERE.exec(sentence.slice(0, trigger.start)), 0, avoid);
  if (where) return where;
  return found(OPENING.exec(sentence), 0, avoid);
}

const IN_PHRASE = new RegExp(`\\b(?:in|into|at)\\s+${NAME}`, 'du');

/** A place a short description names ("the entry of the Soviet army into Baku"), or null. */
export function placeIn(phrase: string, avoid: (s: string) => boolean): Place | null {
  return found(IN_PHRASE.exec(phrase), 0, avoid);
}

/** A trigger with no place of its own takes the place just before it when only "and" joins them. */
export function linkedPlace(sentence: string, trigger: Trigger, earlier: Place | null): Place | null {
  if (!earlier || earlier.end > trigger.start) return null;
  const m = AND_THEN.exec(sentence.slice(earlier.end, trigger.start));
  const phrase = m?.[1]?.trim() ?? '';
  if (!m || NEW_CLAUSE.test(phrase) || phrase.split(/\s+/).length > LINK_WORDS) return null;
  return earlier;
}

/** "the visit", "his trip": a definite reference back to a visit the article has already placed. */
const VISIT_REFERENCE = /\b(?:the|this|that|his|her|their)\s+(?:visit|trip|tour|stay)\b/i;

export function refersToVisit(sentence: string): boolean {
  return VISIT_REFERENCE.test(sentence);
}
