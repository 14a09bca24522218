// The subject that opens a clause, read as a run of noun-phrase words up to a verb of saying when the word lists
// know none of them: shares and counts ("43 said", "Several said", "most of them said", "42% say"), documents and
// bodies ("the affidavit said", "Another ranking says", "the airline said"), described groups ("Iowa biofuels
// advocates say", "Her advisers and allies say"). The run must start where a clause starts (the sentence start,
// punctuation, "but", "that") and hold no word that reads as a verb, so "The mayor met aides and reporters said"
// gives only "reporters".
import { NOT_NAME_WORDS, SUBJECT_PRONOUNS } from '../people/lexicon.js';
import type { Tok } from '../people/wordTokens.js';
import {
  CLAUSE_LINKS, IRREGULAR_PASTS, PLAIN_REPORT_VERBS, QUANTITY_HEADS, QUANTITY_WORDS, SPEECH_VERBS, isNumeral,
} from '../lexicon/lists.js';
import type { SpeakerPhrase } from './cueTypes.js';
import { BE_FORMS, DETS, isAdverb } from './cueWords.js';

/** How many words an opening subject may run ("An earlier report in a local paper"). */
const OPENING_WORDS = 8;
/** Prepositions that may stand inside a subject ("majorities in all five", "proponents of more controls"). */
const INNER_PREPOSITIONS = new Set(['of', 'in', 'out', 'for', 'at', 'on', 'from', 'with', 'inside', 'outside', 'across']);
/** Quantity words that are also in the not-a-name list but belong to a subject: "Both parents", "Most of them". */
const SHARE_WORDS = new Set(['all', 'both', 'each', 'every', 'many', 'most', 'some', 'few', 'several', 'another', 'other', 'one', 'those']);
/** "those surveyed say", "the accused said": a participle in -ed that is the head after these. */
const PARTICIPLE_HEAD_DETS = new Set(['those', 'the']);

/** Verb forms no subject holds (the auxiliaries in -ly's company are read as adverbs). */
const FINITE_WORDS = new Set([...BE_FORMS, 'be', 'being', 'can', 'cannot', 'should', 'must', 'shall', 'not']);

/** Pronouns that are objects, never in a subject ("hearing him say"); "them" heads only "most of them". */
const OBJECT_WORDS = new Set(['him', 'them', 'me', 'us', 'you', 'it', 'himself', 'herself', 'themselves', 'itself']);
/** Words that stand in a subject but never head one ("her aides", "one of them"; not "one adds", "saw her say"). */
const NOT_HEADS = new Set(['her', 'one']);

const isCount = (t: Tok) => /^\d[\d,.]*$/.test(t.text) || isNumeral(t.lower);

/** "Nearly eight in 10", "more than 40", "about half": a word that belongs to a share only before its number. */
function quantityModifier(toks: Tok[], k: number): boolean {
  const next = toks[k + 1];
  if (!next || !QUANTITY_WORDS.has(toks[k]!.lower)) return false;
  return next.lower === 'than' || isCount(next) || QUANTITY_HEADS.has(next.lower);
}

/** A word that may stand inside the subject (not its verb, pronoun or clause link). */
function phraseWord(toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  if (OBJECT_WORDS.has(t.lower)) return false;
  if (DETS.has(t.lower) || SHARE_WORDS.has(t.lower) || QUANTITY_HEADS.has(t.lower) || isCount(t) || quantityModifier(toks, k)) return true;
  if (t.cap) return !NOT_NAME_WORDS.has(t.lower);
  if (!/^\p{Ll}[\p{Ll}\p{N}'-]*$/u.test(t.text) || t.lower.endsWith("n't") || NOT_NAME_WORDS.has(t.lower) || isAdverb(t) || FINITE_WORDS.has(t.lower)) return false;
  if (IRREGULAR_PASTS.has(t.lower) || SPEECH_VERBS.has(t.lower)) return false;
  // a finite verb in -ed is no part of a noun phrase; a hyphenated adjective is ("self-described", "well-known")
  return !t.lower.endsWith('ed') || t.lower.includes('-');
}

/** The word before a verb that may head its subject: a count, a share, a name or a plain noun. */
function headWord(toks: Tok[], e: number): boolean {
  const t = toks[e]!;
  const before = toks[e - 1];
  if ((t.lower === 'them' || t.lower === 'us') && before?.lower === 'of') return true; // "most of them said"
  if (t.lower.endsWith('ed') && before && PARTICIPLE_HEAD_DETS.has(before.lower) && !IRREGULAR_PASTS.has(t.lower)) return true;
  if (NOT_HEADS.has(t.lower) || !phraseWord(toks, e)) return false;
  if (DETS.has(t.lower) && !QUANTITY_HEADS.has(t.lower) && !SHARE_WORDS.has(t.lower)) return false;
  // a noun in -ing only right after its determiner ("Another ranking says", "the filing said")
  return (!t.lower.endsWith('ing') || (before !== undefined && DETS.has(before.lower))) && !t.lower.endsWith("'s");
}

/** True when the text between two tokens is white space, or a percent sign after a number ("42% say"). */
function linked(text: string, a: Tok, b: Tok): boolean {
  return /^%?\s+$/.test(text.slice(a.end, b.start));
}

/** Where the subject ending at token `e` opens, or -1: a run of phrase words from a clause start. */
function openingStart(text: string, toks: Tok[], e: number, sentenceStart: number): number {
  let s = e;
  let afterAnd = -1;
  let blocked = false;
  while (s > 0 && e - s < OPENING_WORDS) {
    const p = toks[s - 1]!;
    if (p.start < sentenceStart || !/^\s+$/.test(text.slice(p.end + (p.dot ? 1 : 0), toks[s]!.start))) break;
    if (p.lower === 'and') {
      if (afterAnd < 0) afterAnd = s;
      s--;
      continue;
    }
    if (CLAUSE_LINKS.has(p.lower)) break;
    // a determiner opens the phrase unless a preposition or "and" puts it inside ("a report in a local paper")
    if (INNER_PREPOSITIONS.has(p.lower) || phraseWord(toks, s - 1)) {
      s--;
      if (DETS.has(p.lower) && !(s > 0 && (INNER_PREPOSITIONS.has(toks[s - 1]!.lower) || toks[s - 1]!.lower === 'and'))) break;
      continue;
    }
    blocked = true;
    break;
  }
  const opens = (k: number) => {
    const before = toks[k - 1];
    if (!before || before.start < sentenceStart) return true;
    if (!/^\s+$/.test(text.slice(before.end, toks[k]!.start))) return /[,;:(\u2014\u2013]\s*$|[\u201d"]\s*$/.test(text.slice(before.end, toks[k]!.start));
    return CLAUSE_LINKS.has(before.lower);
  };
  while (s < e && (INNER_PREPOSITIONS.has(toks[s]!.lower) || toks[s]!.lower === 'and')) s++;
  if (!blocked && opens(s) && !SUBJECT_PRONOUNS.has(toks[s]!.lower)) return s;
  return afterAnd >= 0 && afterAnd <= e && opens(afterAnd) ? afterAnd : -1;
}

/** The clause-opening subject of the verb at `v`, or null. */
export function openingSubject(text: string, toks: Tok[], v: number, sentenceStart: number): SpeakerPhrase | null {
  if (!PLAIN_REPORT_VERBS.has(toks[v]!.lower)) return null;
  let e = v - 1;
  while (e > 0 && isAdverb(toks[e]!) && /^\s+$/.test(text.slice(toks[e]!.end, toks[e + 1]!.start))) e--;
  if (e < 0 || toks[e]!.start < sentenceStart || !linked(text, toks[e]!, toks[e + 1]!) || !headWord(toks, e)) return null;
  const s = openingStart(text, toks, e, sentenceStart);
  if (s < 0) return null;
  const start = toks[s]!.start;
  const end = toks[e]!.end + (text[toks[e]!.end] === '%' ? 1 : 0);
  const head = toks[e]!;
  const category = head.cap && !NOT_NAME_WORDS.has(head.lower) && s === e ? 'name' : 'generic';
  return { start, end, text: text.slice(start, end), category, from: s, to: e };
}
