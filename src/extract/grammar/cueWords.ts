// Word classes and token tests the cue finder shares: determiners, adverbs, joined tokens, noun-phrase words.
import {
  DEMONYMS, GENERIC_SPEAKERS, MONTH_SURNAMES, NOT_NAME_WORDS, ORG_WORDS, ROLE_MODIFIERS, HONORIFICS, isRoleNoun,
} from '../people/lexicon.js';
import type { Tok } from '../people/wordTokens.js';
import { NAME_SUFFIXES } from '../people/nameForms.js';
import { NOT_ADVERBS, SENTENCE_OPENERS, VERB_AUXILIARIES, isPersonNoun } from '../lexicon/lists.js';
/** "has repeatedly warned", "boldly suggested": an adverb between a subject and its verb. */
export const isAdverb = (t: Tok) => !t.cap && (VERB_AUXILIARIES.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly') && /^\p{Ll}+$/u.test(t.text) && !NOT_ADVERBS.has(t.lower)));
export const DETS = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'your',
  'another',
  'one',
  'two',
  'three',
  'several',
  'many',
  'some',
  'his',
  'her',
  'their',
  'its',
  'other',
  'unnamed',
  'anonymous',
]);
export const PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'during', 'into', 'under', 'through', 'via']);
export const NP_LOWER = new Set([
  'of',
  'for',
  'at',
  'in',
  'and',
  'senior',
  'unnamed',
  'anonymous',
  'familiar',
  'close',
  'top',
  'white',
  'house',
  'local',
  'federal',
  'state',
  'other',
]);


export const FOCUS_WORDS = new Set(['even', 'only', 'also', 'and', 'but', 'so', 'yet', 'meanwhile', 'still', 'now']);

/** Where the text after a token resumes: past its point when it is an honorific, an initial or an abbreviation. */
export function afterTok(t: Tok): number {
  return t.end + (t.dot && (HONORIFICS.has(t.lower) || NAME_SUFFIXES.has(t.lower) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(t.text)) ? 1 : 0);
}

/** True when only white space separates two tokens (an honorific's point or a possessive allowed). */
export function joined(text: string, a: Tok, b: Tok): boolean {
  // an honorific's or an initial's point, or that of a dotted abbreviation ("U.S. senator")
  for (let i = a.end + (a.dot && (HONORIFICS.has(a.lower) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(a.text)) ? 1 : 0); i < b.start; i++) {
    const c = text[i]!;
    if (!/\s/.test(c)) return false;
  }
  return true;
}

export const isNpWord = (t: Tok) =>
  (t.cap && (!NOT_NAME_WORDS.has(t.lower) || MONTH_SURNAMES.has(t.lower) || (t.dot && t.text.length === 1))) ||
  isRoleNoun(t.lower) ||
  ROLE_MODIFIERS.has(t.lower) ||
  GENERIC_SPEAKERS.has(t.lower) ||
  DEMONYMS.has(t.lower) ||
  HONORIFICS.has(t.lower) ||
  ORG_WORDS.has(t.lower) ||
  isPersonNoun(t.lower);
/** "the woman", "one caller", "the editorial board": someone the article does not name. */
export const isSourceNoun = (w: string) => isRoleNoun(w) || GENERIC_SPEAKERS.has(w) || isPersonNoun(w);

export const COORDINATORS = new Set(['and', 'or', 'but']);
export const RELATIVES = new Set(['who', 'which']);
export const BE_FORMS_LIST = ['is', 'are', 'was', 'were', 'been', "'s"];
export const BE_FORMS = new Set(BE_FORMS_LIST);
/** Words in -ing that are prepositions, not participles: "during the clash", "including". */
export const ING_PREPOSITIONS = new Set([
  'during',
  'including',
  'regarding',
  'concerning',
  'following',
  'according',
  'excluding',
  'pending',
  'barring',
  'notwithstanding',
  'considering',
]);


/** A capitalised word that opens a phrase before the subject, not the subject ("Walking to …,", "Moreover,"). */
export const opensWithPhrase = (t: Tok) =>
  SENTENCE_OPENERS.has(t.lower) || (t.lower.endsWith('ing') && t.lower.length > 5) || PREPOSITIONS.has(t.lower);
