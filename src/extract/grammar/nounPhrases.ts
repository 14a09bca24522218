// Noun phrases a cue's subject is read as, walking tokens left or right from a verb of saying: names, roles,
// sources, shares of people ("55 percent of voters"), described names ("said longtime resident Joe Park").
import {
  DEMONYMS, GENERIC_SPEAKERS, NOT_NAME_WORDS, ORG_WORDS, ROLE_MODIFIERS, ROLE_NOUNS, SPEAKER_PRONOUNS, SUBJECT_PRONOUNS,
  HONORIFICS, isRoleNoun,
} from '../people/lexicon.js';
import type { Tok } from '../people/wordTokens.js';
import { QUANTITY_HEADS, QUANTITY_WORDS, SPEECH_VERBS, isNumeral, isPersonNoun } from '../lexicon/lists.js';
import { isAdverb, DETS, NP_LOWER, joined, isNpWord, isSourceNoun, COORDINATORS, ING_PREPOSITIONS } from './cueWords.js';
import type { SpeakerCategory, SpeakerPhrase } from './cueTypes.js';

export function categorise(toks: Tok[], from: number, to: number): SpeakerCategory | null {
  if (from === to && SPEAKER_PRONOUNS.has(toks[from]!.lower)) return 'pronoun';
  const words = toks.slice(from, to + 1);
  const head = words.at(-1)!;
  // "Ms. White", "Mr. Young": a capitalised word after an honorific is a name, whatever else it may mean
  if (words.some((t, i) => i > 0 && t.cap && HONORIFICS.has(words[i - 1]!.lower) && !HONORIFICS.has(t.lower))) return 'name';
  if (
    words.some(
      (t) =>
        t.cap &&
        !NOT_NAME_WORDS.has(t.lower) &&
        !ROLE_NOUNS.has(t.lower) &&
        !ROLE_MODIFIERS.has(t.lower) &&
        !DEMONYMS.has(t.lower) &&
        !HONORIFICS.has(t.lower),
    )
  ) {
    return 'name';
  }
  if (isRoleNoun(head.lower)) return 'role';
  if (GENERIC_SPEAKERS.has(head.lower) || ORG_WORDS.has(head.lower) || isPersonNoun(head.lower) || QUANTITY_HEADS.has(head.lower))
    return 'generic';
  return null;
}

/** "…, labor-policy experts say", "and human rights groups warned": up to two plain lowercase words before a
 *  plural source noun belong to it when a comma, "and" or a determiner (or the sentence start) stands before them. */
export function pluralModifiers(text: string, toks: Tok[], e: number): number {
  let s = e;
  while (s > 0 && e - s < 2) {
    const p = toks[s - 1]!;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(p.text) || NOT_NAME_WORDS.has(p.lower) || isAdverb(p) || SPEECH_VERBS.has(p.lower) || !joined(text, p, toks[s]!)) break;
    s--;
  }
  if (s === e) return e;
  const before = toks[s - 1];
  const boundary = !before || /[,;:(]\s*$/.test(text.slice(before.end, toks[s]!.start)) || before.lower === 'and' || DETS.has(before.lower);
  return boundary ? s : e;
}

/** The noun phrase ending at token `e` (walking left), or null. */
export function phraseEndingAt(text: string, toks: Tok[], e: number): SpeakerPhrase | null {
  const last = toks[e]!;
  if (SPEAKER_PRONOUNS.has(last.lower)) return { start: last.start, end: last.end, text: last.text, category: 'pronoun', from: e, to: e };
  if (!isNpWord(last) || last.lower.endsWith("'s")) return null;
  let s = e;
  while (s > 0 && e - s < 9) {
    const p = toks[s - 1]!;
    if (!joined(text, p, toks[s]!)) break;
    if (DETS.has(p.lower)) {
      // "Mr. Morgan of the Sierra Club": the phrase goes on before "of the"
      const of = toks[s - 2];
      if (p.lower === 'the' && of?.lower === 'of' && s - 3 >= 0 && isNpWord(toks[s - 3]!) && joined(text, of, p)) { s -= 2; continue; }
      s--;
      break;
    }
    if (isNpWord(p) || (p.cap && p.lower.endsWith("'s")) || (NP_LOWER.has(p.lower) && s - 2 >= 0 && isNpWord(toks[s - 2]!))) {
      s--;
      continue;
    }
    // "the Commission on Presidential Debates": "on" inside an organisation's name
    if (p.lower === 'on' && s - 2 >= 0 && toks[s - 2]!.cap && ORG_WORDS.has(toks[s - 2]!.lower)) { s--; continue; }
    // "the tax commissioner", "Connecticut's band leader": one plain noun between the determiner and a role
    const d = toks[s - 2];
    if (s === e && !p.cap && /^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u.test(p.text) && d && (DETS.has(d.lower) || ROLE_MODIFIERS.has(d.lower) || (d.cap && d.lower.endsWith("'s"))) && joined(text, d, p) &&
      (isRoleNoun(last.lower) || GENERIC_SPEAKERS.has(last.lower) || ORG_WORDS.has(last.lower))) { s--; continue; }
    break;
  }
  while (s < e && (toks[s]!.lower === 'of' || toks[s]!.lower === 'and' || toks[s]!.lower === 'for')) s++;
  if (s === e && GENERIC_SPEAKERS.has(last.lower) && last.lower.endsWith('s')) s = pluralModifiers(text, toks, e);
  const category = categorise(toks, s, e);
  if (!category) return null;
  const start = toks[s]!.start;
  return { start, end: last.end, text: text.slice(start, last.end), category, from: s, to: e };
}

/** "Protesters marching through the streets chanted": the subject before a participle phrase, with no
 *  punctuation between. */
export function beforeParticiple(text: string, toks: Tok[], e: number, sentenceStart: number): SpeakerPhrase | null {
  if (COORDINATORS.has(toks[e]!.lower)) return null; // "… police and said": a coordinated verb, not a participle's
  for (let j = e; j > 0 && e - j < 8 && toks[j - 1]!.start >= sentenceStart; j--) {
    if (!joined(text, toks[j - 1]!, toks[j]!) || COORDINATORS.has(toks[j]!.lower)) return null;
    const t = toks[j]!;
    if (t.lower.length > 4 && t.lower.endsWith('ing') && !t.cap && !SPEECH_VERBS.has(t.lower) && !ING_PREPOSITIONS.has(t.lower)) {
      const p = phraseEndingAt(text, toks, j - 1);
      return p &&
        p.category !== 'pronoun' &&
        (p.category !== 'name' || toks[p.from]!.start === sentenceStart || DETS.has(toks[p.from - 1]?.lower ?? ''))
        ? p
        : null;
    }
  }
  return null;
}

/** "all the experts I interviewed said", "officials we spoke to said": a source with a relative clause that has
 *  no "who", the clause kept in the phrase. */
export function withContactClause(text: string, toks: Tok[], e: number): SpeakerPhrase | null {
  let v = e;
  if (v > 0 && CONTACT_PREPOSITIONS.has(toks[v]!.lower)) v--; // "spoke to", "talked with"
  const verb = toks[v];
  const pronoun = toks[v - 1];
  if (!verb || !pronoun || !/^\p{Ll}+ed$|^(?:spoke|met|saw|asked|told|heard)$/u.test(verb.lower) || !SUBJECT_PRONOUNS.has(pronoun.lower) || v < 2) return null;
  const source = phraseEndingAt(text, toks, v - 2);
  const head = toks[v - 2]!.lower;
  if (!source || !(GENERIC_SPEAKERS.has(head) || isRoleNoun(head)) || !joined(text, toks[v - 2]!, pronoun) || !joined(text, pronoun, verb))
    return null;
  return { ...source, end: toks[e]!.end, text: text.slice(source.start, toks[e]!.end), to: e, category: 'generic' };
}
export const CONTACT_PREPOSITIONS = new Set(['to', 'with']);


/** "the 34-year-old mother of three", "a father of two": a role phrase closed by "of" and a number. */
export function roleOfSomething(text: string, toks: Tok[], e: number): SpeakerPhrase | null {
  const n = toks[e]!;
  const of = toks[e - 1];
  if (!of || of.lower !== 'of' || e < 2 || !isNumeral(n.lower) || !joined(text, of, n) || !joined(text, toks[e - 2]!, of)) return null;
  const role = phraseEndingAt(text, toks, e - 2);
  if (!role || role.category !== 'role') return null;
  return { ...role, end: n.end, text: text.slice(role.start, n.end), to: e };
}

export const isNumber = (t: Tok) => /^\d[\d,.]*$/.test(t.text) || isNumeral(t.lower) || (QUANTITY_WORDS.has(t.lower) && /(?:ty|teen|hundred|one)$/.test(t.lower));
/** Words a share may open with that are no part of it once it is cut ("in", "of" of "four in 10"). */
export const QUANTITY_LINKS = new Set(['in', 'of', 'out', 'but', 'than']);

/** "55 percent", "Nearly nine out of 10", "a third", "most": a share of people, walking left from token `e`. */
export function quantityEndingAt(text: string, toks: Tok[], e: number): SpeakerPhrase | null {
  const last = toks[e];
  if (!last) return null;
  // a number ends a share only as "nine out of 10" or "four in 10"
  const outOf =
    isNumber(last) &&
    e >= 2 &&
    ((toks[e - 1]!.lower === 'in' && isNumber(toks[e - 2]!)) || (toks[e - 1]!.lower === 'of' && toks[e - 2]!.lower === 'out'));
  if (!outOf && !QUANTITY_HEADS.has(last.lower)) return null;
  let s = e;
  while (s > 0 && e - s < 6) {
    const p = toks[s - 1]!;
    if (!joined(text, p, toks[s]!) || !(isNumber(p) || QUANTITY_WORDS.has(p.lower) || QUANTITY_HEADS.has(p.lower))) break;
    s--;
  }
  while (s < e && QUANTITY_LINKS.has(toks[s]!.lower)) s++;
  // a bare "most" or "all" is a share only at the start of its clause ("Most say"), never "the most"
  const numbered = toks
    .slice(s, e + 1)
    .some(
      (t) =>
        isNumber(t) ||
        t.lower === 'percent' ||
        t.lower === 'half' ||
        t.lower === 'third' ||
        t.lower === 'quarter' ||
        t.lower.startsWith('majorit'),
    );
  const before = toks[s - 1];
  if (!numbered && before && joined(text, before, toks[s]!) && !COORDINATORS.has(before.lower)) return null;
  const start = toks[s]!.start;
  return { start, end: last.end, text: text.slice(start, last.end), category: 'generic', from: s, to: e };
}

/** "55 percent of all voters", "Almost half of respondents": a share of a group before the group. */
export function shareOf(text: string, toks: Tok[], p: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!p || p.category === 'pronoun' || p.from < 2) return p;
  let k = p.from - 1;
  if ((toks[k]!.lower === 'all' || toks[k]!.lower === 'the' || toks[k]!.lower === 'those') && k > 0) k--;
  if (toks[k]!.lower !== 'of' || !joined(text, toks[k]!, toks[k + 1]!) || !joined(text, toks[k - 1]!, toks[k]!)) return p;
  const q = quantityEndingAt(text, toks, k - 1);
  return q ? { ...p, start: q.start, text: text.slice(q.start, p.end), from: q.from, category: 'generic' } : p;
}

/** The noun phrase starting at token `s` (walking right), or null. */
export function phraseStartingAt(text: string, toks: Tok[], s: number): SpeakerPhrase | null {
  const first = toks[s];
  if (!first) return null;
  if (SPEAKER_PRONOUNS.has(first.lower))
    return { start: first.start, end: first.end, text: first.text, category: 'pronoun', from: s, to: s };
  let e = s;
  let adjectives = 0;
  if (DETS.has(first.lower)) {
    if (!toks[s + 1] || !joined(text, first, toks[s + 1]!)) return null;
    e = s + 1;
    // "the second official", "one unaligned Florida Republican strategist": plain words between the determiner
    // and the phrase (its head must then be a source noun)
    while (adjectives < 2 && isPlainModifier(toks[e]!) && toks[e + 1] && joined(text, toks[e]!, toks[e + 1]!)) { e++; adjectives++; }
  }
  if (!isNpWord(toks[e]!)) return null;
  while (e + 1 < toks.length && e - s < 9) {
    const n = toks[e + 1]!;
    if (!joined(text, toks[e]!, n) || toks[e]!.lower.endsWith("'s") && !isNpWord(n)) break;
    if (isNpWord(n)) { e++; continue; }
    // "a former senior law enforcement official": plain nouns before a source noun, inside a determiner's phrase
    // (not past a head already complete: "the Vermont senator emailed supporters")
    if (DETS.has(first.lower) && /^\p{Ll}[\p{Ll}-]*$/u.test(n.text) && !NOT_NAME_WORDS.has(n.lower) && !SPEECH_VERBS.has(n.lower) &&
      !(isSourceNoun(toks[e]!.lower) && !toks[e]!.cap)) {
      const h = [e + 2, e + 3].find(
        (j) =>
          toks[j] &&
          isSourceNoun(toks[j]!.lower) &&
          toks.slice(e + 1, j + 1).every((t, i, a) => i === 0 || joined(text, a[i - 1]!, t)) &&
          toks
            .slice(e + 2, j)
            .every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !NOT_NAME_WORDS.has(t.lower) && !SPEECH_VERBS.has(t.lower)),
      );
      if (h !== undefined) { e = h; continue; }
    }
    const orgOn = n.lower === 'on' && toks[e]!.cap && ORG_WORDS.has(toks[e]!.lower); // "the Commission on Safety said"
    if ((n.lower === 'of' || n.lower === 'for' || orgOn) && toks[e + 2] && joined(text, n, toks[e + 2]!) &&
      (isNpWord(toks[e + 2]!) || DETS.has(toks[e + 2]!.lower))) {
      e += DETS.has(toks[e + 2]!.lower) ? 2 : 1;
      continue;
    }
    break;
  }
  const category = categorise(toks, s, e);
  if (!category || (adjectives > 0 && (toks[e]!.cap || !isSourceNoun(toks[e]!.lower)))) return null;
  return { start: first.start, end: toks[e]!.end, text: text.slice(first.start, toks[e]!.end), category, from: s, to: e };
}

/** A plain lowercase word that may qualify a noun ("second", "unaligned"), not a verb of saying or a function word. */
const isPlainModifier = (t: Tok) =>
  /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !NOT_NAME_WORDS.has(t.lower) && !SPEECH_VERBS.has(t.lower) && !DETS.has(t.lower) && !isNpWord(t) &&
  !NOT_DESCRIPTOR.has(t.lower);

/** Words that end a descriptor before a name: a clause or a preposition follows, not a description. */
export const NOT_DESCRIPTOR = new Set([
  'that',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'as',
  'it',
  'this',
  'there',
  'and',
  'or',
  'but',
  'if',
  'when',
  'while',
  'after',
  'before',
  'not',
]);

/** "said 9/11 widow Ann Brody", "says longtime resident Joe Park": up to three lowercase or numeric descriptor
 *  words, then a name that ends the sentence or clause. The phrase keeps the descriptor, the name is its head. */
export function describedNameAfter(text: string, toks: Tok[], s: number): SpeakerPhrase | null {
  let k = s;
  while (k < toks.length && k - s < 3) {
    const w = toks[k]!;
    if (w.cap || NOT_DESCRIPTOR.has(w.lower) || DETS.has(w.lower) || !/^(?:\p{Ll}+|\p{N}+)$/u.test(w.text)) break;
    if (k > s && !/^[\s/-]*$/.test(text.slice(toks[k - 1]!.end, w.start))) return null;
    k++;
  }
  if (k === s || k >= toks.length || !toks[k]!.cap || !/^\s+$/.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) return null;
  const name = phraseStartingAt(text, toks, k);
  if (!name || name.category !== 'name') return null;
  if (!/^\s*(?:[,.!?;]|$)/.test(text.slice(name.end))) return null;
  const start = toks[s]!.start;
  return { start, end: name.end, text: text.slice(start, name.end), category: 'name', from: s, to: name.to };
}


/** "according to the port authority,": everything up to the punctuation, when short. */
/** How many words an "according to" source may run ("according to early results of exit polls conducted for
 *  The Associated Press and television networks by Edison Research, …"). */
export const SOURCE_WORDS = 24;

export function phraseToPunctuation(text: string, toks: Tok[], s: number): SpeakerPhrase | null {
  const first = toks[s];
  if (!first) return null;
  let e = s;
  while (e + 1 < toks.length && e - s < SOURCE_WORDS && /^\s+$/.test(text.slice(toks[e]!.end, toks[e + 1]!.start))) e++;
  if (e - s >= SOURCE_WORDS || !/^\s*[,.;]/.test(text.slice(toks[e]!.end, toks[e]!.end + 2))) return null;
  return { start: first.start, end: toks[e]!.end, text: text.slice(first.start, toks[e]!.end), category: 'generic', from: s, to: e };
}

