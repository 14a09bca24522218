// Attribution cues in a paragraph: a verb of saying with its subject ("Lavrov stressed", "said Sanders",
// "the Russian foreign minister said", "sources said", "according to the ministry"). The subject is read as
// a short noun phrase next to the verb, walking tokens, never with a backtracking pattern.
import {
  DEMONYMS,
  GENERIC_SPEAKERS,
  MONTH_SURNAMES,
  NOT_NAME_WORDS,
  ORG_WORDS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SPEAKER_PRONOUNS,
  SUBJECT_PRONOUNS,
  HONORIFICS,
  isRoleNoun,
} from '../people/lexicon.js';
import type { Tok } from '../people/wordTokens.js';
import {
  ASIDE_OPENERS,
  EVENT_NOUNS,
  IRREGULAR_PASTS,
  ISSUED_DOCUMENTS,
  NOT_ADVERBS,
  QUANTITY_HEADS,
  QUANTITY_WORDS,
  SENTENCE_OPENERS,
  SPEECH_VERBS,
  TIME_UNITS,
  VERB_AUXILIARIES,
  WEAK_SPEECH_VERBS,
  WEEKDAYS,
  isNumeral,
  isPersonNoun,
} from '../lexicon/lists.js';

/** "has repeatedly warned", "boldly suggested": an adverb between a subject and its verb. */
const isAdverb = (t: Tok) => !t.cap && (VERB_AUXILIARIES.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly') && /^\p{Ll}+$/u.test(t.text) && !NOT_ADVERBS.has(t.lower)));
const DETS = new Set([
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
const PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'during', 'into', 'under', 'through', 'via']);
const NP_LOWER = new Set([
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

export type SpeakerCategory = 'pronoun' | 'name' | 'role' | 'generic';

export interface SpeakerPhrase {
  start: number;
  end: number;
  text: string;
  category: SpeakerCategory;
  /** Token range [from, to] of the phrase. */
  from: number;
  to: number;
}

export interface Cue {
  /** The cue word(s) as written: "said", "according to". */
  verb: string;
  /** Index of the verb token (of "according" for "according to"). */
  verbTok: number;
  subject: SpeakerPhrase;
  /** Where the cue (subject and verb) starts and ends in the paragraph. */
  start: number;
  end: number;
  /** Subject after the verb ("said Sanders") or the "according to" form. */
  inverted: boolean;
  /** The verb reports speech only with a clause after it. */
  weak: boolean;
  /** "according to X". */
  according: boolean;
}

const FOCUS_WORDS = new Set(['even', 'only', 'also', 'and', 'but', 'so', 'yet', 'meanwhile', 'still', 'now']);

/** Where the text after a token resumes: past its point when it is an honorific, an initial or an abbreviation. */
function afterTok(t: Tok): number {
  return t.end + (t.dot && (HONORIFICS.has(t.lower) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(t.text)) ? 1 : 0);
}

/** True when only white space separates two tokens (an honorific's point or a possessive allowed). */
function joined(text: string, a: Tok, b: Tok): boolean {
  // an honorific's or an initial's point, or that of a dotted abbreviation ("U.S. senator")
  for (let i = a.end + (a.dot && (HONORIFICS.has(a.lower) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(a.text)) ? 1 : 0); i < b.start; i++) {
    const c = text[i]!;
    if (!/\s/.test(c)) return false;
  }
  return true;
}

const isNpWord = (t: Tok) =>
  (t.cap && (!NOT_NAME_WORDS.has(t.lower) || MONTH_SURNAMES.has(t.lower) || (t.dot && t.text.length === 1))) ||
  isRoleNoun(t.lower) ||
  ROLE_MODIFIERS.has(t.lower) ||
  GENERIC_SPEAKERS.has(t.lower) ||
  DEMONYMS.has(t.lower) ||
  HONORIFICS.has(t.lower) ||
  ORG_WORDS.has(t.lower) ||
  isPersonNoun(t.lower);
/** "the woman", "one caller", "the editorial board": someone the article does not name. */
const isSourceNoun = (w: string) => isRoleNoun(w) || GENERIC_SPEAKERS.has(w) || isPersonNoun(w);

function categorise(toks: Tok[], from: number, to: number): SpeakerCategory | null {
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
function pluralModifiers(text: string, toks: Tok[], e: number): number {
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
function phraseEndingAt(text: string, toks: Tok[], e: number): SpeakerPhrase | null {
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
function beforeParticiple(text: string, toks: Tok[], e: number, sentenceStart: number): SpeakerPhrase | null {
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
function withContactClause(text: string, toks: Tok[], e: number): SpeakerPhrase | null {
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
const CONTACT_PREPOSITIONS = new Set(['to', 'with']);

const COORDINATORS = new Set(['and', 'or', 'but']);
const RELATIVES = new Set(['who', 'which']);
const BE_FORMS_LIST = ['is', 'are', 'was', 'were', 'been', "'s"];
const BE_FORMS = new Set(BE_FORMS_LIST);
/** Words in -ing that are prepositions, not participles: "during the clash", "including". */
const ING_PREPOSITIONS = new Set([
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

/** "the 34-year-old mother of three", "a father of two": a role phrase closed by "of" and a number. */
function roleOfSomething(text: string, toks: Tok[], e: number): SpeakerPhrase | null {
  const n = toks[e]!;
  const of = toks[e - 1];
  if (!of || of.lower !== 'of' || e < 2 || !isNumeral(n.lower) || !joined(text, of, n) || !joined(text, toks[e - 2]!, of)) return null;
  const role = phraseEndingAt(text, toks, e - 2);
  if (!role || role.category !== 'role') return null;
  return { ...role, end: n.end, text: text.slice(role.start, n.end), to: e };
}

const isNumber = (t: Tok) => /^\d[\d,.]*$/.test(t.text) || isNumeral(t.lower) || (QUANTITY_WORDS.has(t.lower) && /(?:ty|teen|hundred|one)$/.test(t.lower));
/** Words a share may open with that are no part of it once it is cut ("in", "of" of "four in 10"). */
const QUANTITY_LINKS = new Set(['in', 'of', 'out', 'but', 'than']);

/** "55 percent", "Nearly nine out of 10", "a third", "most": a share of people, walking left from token `e`. */
function quantityEndingAt(text: string, toks: Tok[], e: number): SpeakerPhrase | null {
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
function shareOf(text: string, toks: Tok[], p: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!p || p.category === 'pronoun' || p.from < 2) return p;
  let k = p.from - 1;
  if ((toks[k]!.lower === 'all' || toks[k]!.lower === 'the' || toks[k]!.lower === 'those') && k > 0) k--;
  if (toks[k]!.lower !== 'of' || !joined(text, toks[k]!, toks[k + 1]!) || !joined(text, toks[k - 1]!, toks[k]!)) return p;
  const q = quantityEndingAt(text, toks, k - 1);
  return q ? { ...p, start: q.start, text: text.slice(q.start, p.end), from: q.from, category: 'generic' } : p;
}

/** The noun phrase starting at token `s` (walking right), or null. */
function phraseStartingAt(text: string, toks: Tok[], s: number): SpeakerPhrase | null {
  const first = toks[s];
  if (!first) return null;
  if (SPEAKER_PRONOUNS.has(first.lower))
    return { start: first.start, end: first.end, text: first.text, category: 'pronoun', from: s, to: s };
  let e = s;
  if (DETS.has(first.lower)) {
    if (!toks[s + 1] || !joined(text, first, toks[s + 1]!)) return null;
    e = s + 1;
  }
  if (!isNpWord(toks[e]!)) return null;
  while (e + 1 < toks.length && e - s < 9) {
    const n = toks[e + 1]!;
    if (!joined(text, toks[e]!, n) || toks[e]!.lower.endsWith("'s") && !isNpWord(n)) break;
    if (isNpWord(n)) { e++; continue; }
    // "a former senior law enforcement official": plain nouns before a source noun, inside a determiner's phrase
    if (DETS.has(first.lower) && /^\p{Ll}[\p{Ll}-]*$/u.test(n.text) && !NOT_NAME_WORDS.has(n.lower) && !SPEECH_VERBS.has(n.lower)) {
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
  if (!category) return null;
  return { start: first.start, end: toks[e]!.end, text: text.slice(first.start, toks[e]!.end), category, from: s, to: e };
}

/** Words that end a descriptor before a name: a clause or a preposition follows, not a description. */
const NOT_DESCRIPTOR = new Set([
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
function describedNameAfter(text: string, toks: Tok[], s: number): SpeakerPhrase | null {
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

/** The noun phrase that opens the clause starting at token `s`, when it ends at a comma or the verb
 *  ("Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said"). */
function clauseSubject(text: string, toks: Tok[], s: number, v: number): SpeakerPhrase | null {
  // "Even China, Pyongyang's only ally, said": a focus word before the subject
  if (FOCUS_WORDS.has(toks[s]!.lower) && s + 1 < v && joined(text, toks[s]!, toks[s + 1]!)) s++;
  // "Moreover, Jeffrey D. Sachs, director of …, noted": an opening adverb is no subject; the appositive is read instead
  if (opensWithPhrase(toks[s]!) && /^\s*,/.test(text.slice(toks[s]!.end, toks[s]!.end + 2))) return null;
  const p = phraseStartingAt(text, toks, s);
  if (!p || p.to >= v) return null;
  const after = text.slice(p.end, toks[p.to + 1]!.start);
  return /^\s*[,(]\s*$/.test(after) || p.to + 1 === v ? p : null;
}

/** The first token of the clause holding token `v`: after the sentence start, a closing quote and comma,
 *  a semicolon or a dash. */
function clauseStart(text: string, toks: Tok[], v: number, sentenceStart: number): number {
  let k = v;
  while (k > 0 && toks[k - 1]!.start >= sentenceStart && v - k < 40) {
    const sep = text.slice(toks[k - 1]!.end, toks[k]!.start);
    if (/[;\u201d"]|[,.!?]['\u2019]/.test(sep) || /\s[\u2014\u2013-]{1,2}\s/.test(sep)) break;
    k--;
  }
  return k;
}

/** "according to the port authority,": everything up to the punctuation, when short. */
/** How many words an "according to" source may run ("according to early results of exit polls conducted for
 *  The Associated Press and television networks by Edison Research, …"). */
const SOURCE_WORDS = 24;

function phraseToPunctuation(text: string, toks: Tok[], s: number): SpeakerPhrase | null {
  const first = toks[s];
  if (!first) return null;
  let e = s;
  while (e + 1 < toks.length && e - s < SOURCE_WORDS && /^\s+$/.test(text.slice(toks[e]!.end, toks[e + 1]!.start))) e++;
  if (e - s >= SOURCE_WORDS || !/^\s*[,.;]/.test(text.slice(toks[e]!.end, toks[e]!.end + 2))) return null;
  return { start: first.start, end: toks[e]!.end, text: text.slice(first.start, toks[e]!.end), category: 'generic', from: s, to: e };
}

/** A dash that opens or closes an aside ("--", an em or en dash, set off by spaces). */
const DASH_PAIR = /^\s*(?:--|\u2014|\u2013)\s*$/;
/** How many words an aside between dashes may run. */
const DASH_ASIDE_WORDS = 30;

/** Parts of a day after a weekday ("on Thursday evening"). */
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Words before a unit of time that make it a time ("last week", "this month", "earlier this year"). */
const TIME_DETS = new Set(['last', 'this', 'next', 'that']);

/** "The IMF on Tuesday said", "Spicer on Thursday evening said", "Feinstein last week said": the token before a
 *  time that ends at token `k`, or `k` when no time ends there. */
function timeBefore(text: string, toks: Tok[], k: number): number {
  let j = k;
  if (DAY_PARTS.has(toks[j]!.lower) && j > 0 && WEEKDAYS.has(toks[j - 1]!.lower)) j--;
  if (WEEKDAYS.has(toks[j]!.lower)) {
    const on = toks[j - 1];
    return on && on.lower === 'on' && joined(text, on, toks[j]!) ? j - 2 : k === j ? k : j - 1;
  }
  const det = toks[k - 1];
  if ((TIME_UNITS.has(toks[k]!.lower) || toks[k]!.lower === 'weekend') && det && TIME_DETS.has(det.lower) && joined(text, det, toks[k]!)) {
    const before = toks[k - 2];
    return before && (before.lower === 'earlier' || before.lower === 'late') ? k - 3 : k - 2;
  }
  return k;
}

/** The subject before the verb at `v`: skips adverbs, a parenthesis ("(D-Mo.)") and appositives
 *  (", a Clinton surrogate,"). */
function subjectBefore(text: string, toks: Tok[], v: number, sentenceStart: number, sepOverride?: string): SpeakerPhrase | null {
  let k = v - 1;
  // a capitalised auxiliary is a name ("Theresa May said"); "on Tuesday" may stand before the verb ("The IMF on Tuesday said")
  const skipAux = () => { while (k >= 0 && isAdverb(toks[k]!) && joined(text, toks[k]!, toks[k + 1]!)) k--; };
  skipAux();
  // "Kasich is telling …": a form of "be" before a participle in -ing (never a passive: "Pence was asked")
  if (k >= 0 && BE_FORMS.has(toks[k]!.lower) && toks[v]!.lower.endsWith('ing') && joined(text, toks[k]!, toks[k + 1]!)) { k--; skipAux(); }
  // "Barkley, who said …", "people who say …": the relative pronoun speaks for the phrase it follows
  const rel = toks[k];
  if (rel && k >= 1 && RELATIVES.has(rel.lower) && rel.start >= sentenceStart && joined(text, rel, toks[k + 1]!)) {
    const sep = text.slice(toks[k - 1]!.end + (toks[k - 1]!.dot ? 1 : 0), rel.start);
    if (/^\s*,\s*$/.test(sep)) return subjectBefore(text, toks, k, sentenceStart);
    // (with no comma only a source, never a name: "a professor at American University who predicted" is the professor's)
    if (/^\s+$/.test(sep)) { const p = phraseEndingAt(text, toks, k - 1); return p && (p.category === 'generic' || p.category === 'role') ? p : null; }
    return null;
  }
  const time = k >= 1 && joined(text, toks[k]!, toks[k + 1]!) ? timeBefore(text, toks, k) : k;
  if (time !== k) {
    k = time;
    skipAux();
  }
  if (k < 0 || toks[k]!.start < sentenceStart) return null;
  let between = sepOverride ?? text.slice(toks[k]!.end + (toks[k]!.dot ? 1 : 0), toks[k + 1]!.start);
  if (sepOverride === undefined && DASH_PAIR.test(between)) {
    // "John Dickey, the chief executive of Ora Media -- the company that … -- told me": step over the aside
    for (let j = k; j > 0 && k - j < DASH_ASIDE_WORDS && toks[j - 1]!.start >= sentenceStart; j--) {
      const sep = text.slice(afterTok(toks[j - 1]!), toks[j]!.start);
      if (/[.!?;:"\u201c\u201d]/.test(sep)) return null;
      if (DASH_PAIR.test(sep)) return subjectBefore(text, toks, j, sentenceStart, ',') ?? subjectBefore(text, toks, j, sentenceStart, ' ');
    }
    return null;
  }
  if (/^\s*\.?\)\s*,?\s*$/.test(between)) {
    // "Sen. Claire McCaskill (D-Mo.) said", "Gov. John Kasich (R-OH), said": step over the parenthesis
    let j = k;
    while (j > 0 && k - j < 6 && !text.slice(toks[j - 1]!.end, toks[j]!.start).includes('(')) j--;
    if (j === 0 || k - j >= 6) return null;
    k = j - 1;
    between = text.slice(toks[k]!.end + (toks[k]!.dot ? 1 : 0), toks[k + 1]!.start).replace('(', '');
  }
  if (/^\s*$/.test(between)) {
    const p = shareOf(text, toks, phraseEndingAt(text, toks, k)) ?? quantityEndingAt(text, toks, k) ?? roleOfSomething(text, toks, k) ??
      beforeParticiple(text, toks, k, sentenceStart) ?? withContactClause(text, toks, k);
    // "In a statement announcing …": a phrase right after a preposition is its object, not the subject
    const prep = p && p.from > 0 ? toks[p.from - 1]! : undefined;
    // ("Commission on Presidential Debates" is one name: a capitalised word before the preposition)
    const owner = p && p.from > 1 ? toks[p.from - 2]! : undefined;
    const inName = owner !== undefined && owner.cap && prep !== undefined && owner.start >= sentenceStart && joined(text, owner, prep);
    if (p && prep && PREPOSITIONS.has(prep.lower) && prep.start >= sentenceStart && joined(text, prep, toks[p.from]!) && !inName)
      return null;
    return p;
  }
  if (!/^\s*,\s*$/.test(between)) return null;
  const aside = commaAside(text, toks, k, sentenceStart);
  if (aside !== null) return subjectBefore(text, toks, aside, sentenceStart, ' ');
  const opening = clauseSubject(text, toks, clauseStart(text, toks, v, sentenceStart), v);
  if (opening) return opening;
  // an appositive closes right before the verb: find where it opens
  for (let j = k; j > 0 && k - j < 20; j--) {
    const sep = text.slice(afterTok(toks[j - 1]!), toks[j]!.start);
    if (/[.!?;:"\u201c\u201d]/.test(sep)) return null;
    if (/^\s*,\s*$/.test(sep) || /^\s*\(\s*$/.test(sep)) {
      const appositive = toks[j]!;
      // "The state's campaign chairman, Phil Lovas, said": the name set off by commas is the speaker
      const named = phraseStartingAt(text, toks, j);
      if (named && named.to === k && named.category === 'name' && !DETS.has(appositive.lower)) return named;
      // (", Pyongyang's only ally," is a description too)
      if (DETS.has(appositive.lower) || ROLE_NOUNS.has(appositive.lower) || ROLE_MODIFIERS.has(appositive.lower) || appositive.lower === 'who' || /^\d+$/.test(appositive.text) ||
        (appositive.cap && appositive.lower.endsWith("'s"))) {
        return phraseEndingAt(text, toks, j - 1);
      }
      return null;
    }
  }
  return null;
}

/** Words that open what follows a subject's head and belongs to it: "people familiar with the talks", "officials
 *  briefed on the plan", "advocates for reform", "voters who backed him", "several people I spoke with". */
const POST_MODIFIER_OPENERS = new Set([
  'familiar', 'close', 'briefed', 'privy', 'knowledgeable', 'involved', 'with', 'for', 'at', 'in', 'of', 'from',
  'on', 'inside', 'outside', 'within', 'across', 'among', 'around', 'throughout', 'near', 'who', 'that', 'i', 'we',
  "i've", "we've",
]);
/** Words after which a verb of saying is a noun or an infinitive: "of questions", "to project", "the thought". */
const NOT_VERB_BEFORE = new Set([
  ...DETS, ...PREPOSITIONS, ...BE_FORMS_LIST, 'be', 'being', 'of', 'to', 'for', 'with', 'by', 'about', 'this', 'these', 'those',
]);
/** Words that open a relative or contact clause, which has a verb of its own ("people who have seen him say"). */
const CLAUSE_OPENERS = new Set(['who', 'that', 'i', 'we', "i've", "we've"]);
const FINITE_AUXILIARIES = new Set([
  ...BE_FORMS_LIST, 'be', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'did', 'does', 'do',
]);
/** How many words a subject's trailing phrase may run before its verb. */
const POST_MODIFIER_WORDS = 14;

/** "A person familiar with the planning says", "Some delegates at the convention in Philadelphia said": the
 *  head of a subject that opens its clause, a phrase after it running to the verb with no punctuation between. */
function postModified(text: string, toks: Tok[], v: number, sentenceStart: number): SpeakerPhrase | null {
  let j = v;
  while (j > 0 && v - j < POST_MODIFIER_WORDS && toks[j - 1]!.start >= sentenceStart && joined(text, toks[j - 1]!, toks[j]!)) j--;
  if (j === v || v - j >= POST_MODIFIER_WORDS) return null;
  while (j < v && FOCUS_WORDS.has(toks[j]!.lower)) j++;
  const p = phraseStartingAt(text, toks, j) ?? determinedNoun(text, toks, j);
  if (!p || p.category === 'pronoun' || p.to + 2 > v) return null;
  const opener = toks[p.to + 1]!;
  if (!POST_MODIFIER_OPENERS.has(opener.lower)) return null;
  // the phrase must stay a modifier: no other verb of saying, no coordinated verb before ours; and the verb is one,
  // not a noun ("handling of questions", "the thought") or an infinitive ("to project")
  const rest = toks.slice(p.to + 1, v);
  const last = rest.at(-1)!;
  if (rest.some((t) => SPEECH_VERBS.has(t.lower) && !t.lower.endsWith('ed')) || COORDINATORS.has(last.lower) || DETS.has(last.lower) ||
    (NOT_VERB_BEFORE.has(last.lower) && !CLAUSE_OPENERS.has(opener.lower)) ||
    last.lower.endsWith("'s") || isNumeral(last.lower) || toks[v]!.cap) return null;
  // a phrase of place or topic holds no verb of its own ("Hundreds of parents are suffering … stress"); a clause does
  if (!CLAUSE_OPENERS.has(opener.lower) && rest.some((t) => FINITE_AUXILIARIES.has(t.lower))) return null;
  // ("People briefed on …": a source noun capitalised only because it opens the sentence)
  return p.category === 'name' && p.from === p.to && isSourceNoun(toks[p.from]!.lower) ? { ...p, category: 'generic' } : p;
}

/** Objects after which an infinitive is the object's to do ("urged him to say"), not the subject's. */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it']);

/** "Cook declined to say whether …", "Bolton distanced himself from it by saying …", "Cruz pivoted to arguing":
 *  a verb of saying as an infinitive or after "by", whose speaker is the subject of the verb before it. */
function catenativeSubject(text: string, toks: Tok[], v: number, sentenceStart: number): SpeakerPhrase | null {
  const link = toks[v - 1];
  const verb = toks[v]!;
  if (!link || !joined(text, link, verb)) return null;
  if (!(link.lower === 'to' && !/(?:ed|[^s]s)$/.test(verb.lower)) && !(link.lower === 'by' && verb.lower.endsWith('ing'))) return null;
  let j = v - 1;
  while (j > 0 && v - j < POST_MODIFIER_WORDS && toks[j - 1]!.start >= sentenceStart && joined(text, toks[j - 1]!, toks[j]!)) j--;
  if (v - j >= POST_MODIFIER_WORDS) return null;
  while (j < v && FOCUS_WORDS.has(toks[j]!.lower)) j++;
  const p = phraseStartingAt(text, toks, j);
  // ("It is too soon to say": an empty subject; "to claim the nomination": taking, not saying)
  if (!p || p.to + 2 >= v || toks[p.from]!.lower === 'it' || (link.lower === 'to' && verb.lower === 'claim')) return null;
  let m = p.to + 1;
  while (m < v - 1 && isAdverb(toks[m]!)) m++;
  const main = toks[m]!;
  const finite = /^\p{Ll}+(?:ed|[^s]s)$/u.test(main.text) || IRREGULAR_PASTS.has(main.lower) || FINITE_AUXILIARIES.has(main.lower);
  const between = toks.slice(m + 1, v - 1);
  if (!finite || SPEECH_VERBS.has(main.lower) || between.some((t) => OBJECT_PRONOUNS.has(t.lower) || SPEECH_VERBS.has(t.lower)))
    return null;
  return p.category === 'name' && p.from === p.to && isSourceNoun(toks[p.from]!.lower) ? { ...p, category: 'generic' } : p;
}

/** "Some advocates", "the airline": a determiner and one plain lowercase noun, a source the lists do not know. */
function determinedNoun(text: string, toks: Tok[], s: number): SpeakerPhrase | null {
  const det = toks[s];
  const noun = toks[s + 1];
  if (!det || !noun || !DETS.has(det.lower) || !/^\p{Ll}[\p{Ll}-]+$/u.test(noun.text) || !joined(text, det, noun)) return null;
  if (NOT_NAME_WORDS.has(noun.lower) || isAdverb(noun) || SPEECH_VERBS.has(noun.lower) || DETS.has(noun.lower)) return null;
  // (a group of people is mostly plural; an unknown singular is mostly a thing: "the dynamic", "a look")
  if (!/[^s]s$/.test(noun.lower)) return null;
  return { start: det.start, end: noun.end, text: text.slice(det.start, noun.end), category: 'generic', from: s, to: s + 1 };
}

/** How many words an aside between commas may run ("Mike Huckabee, for his part, is labeling"). */
const COMMA_ASIDE_WORDS = 4;

/** "X, for his part, said", "X, meanwhile, warned": where a short aside between commas that ends at token `k`
 *  opens, when it opens with a preposition or an adverb; else null. */
function commaAside(text: string, toks: Tok[], k: number, sentenceStart: number): number | null {
  for (let j = k; j > 0 && k - j < COMMA_ASIDE_WORDS && toks[j - 1]!.start >= sentenceStart; j--) {
    const t = toks[j]!;
    if (t.cap || !/^\p{Ll}+$/u.test(t.text)) return null;
    const sep = text.slice(toks[j - 1]!.end, t.start);
    if (/^\s*,\s*$/.test(sep)) return ASIDE_OPENERS.has(t.lower) || (j === k && isAdverb(t)) ? j : null;
    if (!/^\s+$/.test(sep)) return null;
  }
  return null;
}


const ISSUING = new Set([
  'issued',
  'released',
  'sent',
  'published',
  'posted',
  'put',
  'circulated',
  'distributed',
  'filed',
  'wrote',
  'signed',
]);

/** "the Security Council issued a statement calling …": the issuer, when the subject is a document just issued. */
function issuerOf(text: string, toks: Tok[], subject: SpeakerPhrase | null, sentenceStart: number): SpeakerPhrase | null {
  if (
    !subject ||
    subject.to - subject.from !== 1 ||
    !INDEFINITE_ARTICLES.has(toks[subject.from]!.lower) ||
    !ISSUED_DOCUMENTS.has(toks[subject.to]!.lower)
  )
    return subject;
  let k = subject.from - 1;
  if (k >= 0 && toks[k]!.lower === 'out') k--; // "put out a statement"
  if (k < 0 || !ISSUING.has(toks[k]!.lower) || toks[k]!.start < sentenceStart) return subject;
  return subjectBefore(text, toks, k, sentenceStart) ?? subject;
}
const INDEFINITE_ARTICLES = new Set(['a', 'an']);

/** "according to a speech Mrs. Clinton delivered", "according to an interview Lavrov gave": the one who gave it. */
function authorOfDocument(text: string, toks: Tok[], s: number): SpeakerPhrase | null {
  const det = toks[s];
  if (!det || !(INDEFINITE_ARTICLES.has(det.lower) || det.lower === 'the')) return null;
  // "a court document filed by state attorney Dave Aronberg": up to two words before the document, then who issued it
  const d = [s + 1, s + 2, s + 3].find((j) => toks[j] && (ISSUED_DOCUMENTS.has(toks[j]!.lower) || SPOKEN.has(toks[j]!.lower)));
  if (d === undefined) return null;
  const by = toks[d + 2];
  if (by?.lower === 'by' && (ISSUING.has(toks[d + 1]!.lower) || /^\p{Ll}+ed$/u.test(toks[d + 1]!.text))) {
    const issuer = phraseStartingAt(text, toks, d + 3) ?? describedNameAfter(text, toks, d + 3);
    if (issuer && issuer.category !== 'pronoun') return issuer;
  }
  if (d !== s + 1) return null;
  const name = phraseStartingAt(text, toks, s + 2);
  const verb = name ? toks[name.to + 1] : undefined;
  if (!name || name.category !== 'name' || !verb || verb.cap || !/^\s+$/.test(text.slice(toks[name.to]!.end, verb.start))) return null;
  return /(?:ed|ave|ote|ade)$/.test(verb.lower) ? name : null;
}
const SPOKEN = new Set([
  'speech',
  'interview',
  'address',
  'remarks',
  'testimony',
  'lecture',
  'sermon',
  'briefing',
  'op-ed',
  'book',
  'article',
  'column',
]);

/** "PARIS, Aug 31 (Reuters) - ", "WASHINGTON — ", "Washington (AFP) – ": where a dateline ends, else `start`. */
const DATELINE = /^\s*(?:\p{Lu}[\p{Lu}.' ]{2,}(?:,[^,\n()\u2014\u2013]{1,24}){0,2}(?:\s*\([^()\n]{1,40}\))?|\p{Lu}[\p{L}.' ]{1,30}(?:,[^,\n()]{1,24}){0,2}\s*\([^()\n]{1,40}\))\s*(?:--|[\u2014\u2013\u2015-])\s+/u;
function afterDateline(text: string, start: number): number {
  const m = DATELINE.exec(text.slice(start, start + 80));
  return m ? start + m[0].length : start;
}

/** A capitalised word that opens a phrase before the subject, not the subject ("Walking to …,", "Moreover,"). */
const opensWithPhrase = (t: Tok) =>
  SENTENCE_OPENERS.has(t.lower) || (t.lower.endsWith('ing') && t.lower.length > 5) || PREPOSITIONS.has(t.lower);

/** Past participles that pass a speaker's words on: "was quoted as saying", "was heard saying". */
const PASSING_ON = new Set(['quoted', 'heard', 'overheard', 'recorded', 'filmed', 'caught']);
const GO_FORMS = new Set(['go', 'goes', 'went', 'going', 'gone']);
const QUESTION_OPENERS = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'which', 'who']);

/** Reports a plain subject-verb reading misses: "the mayor was quoted as saying …" (the mayor speaks), "the email
 *  goes on to say …" and "Ortiz was asked by a reporter whether …" (the reporter speaks: the question is the content). */
function passiveCue(text: string, toks: Tok[], v: number, sentenceStart: number): Cue | null {
  const t = toks[v]!;
  const inSentence = (j: number) => j >= 0 && toks[j]!.start >= sentenceStart;
  if (t.lower === 'saying' && v >= 3 && inSentence(v - 3)) {
    const as = toks[v - 1]!.lower === 'as' ? 1 : 0;
    const be = toks[v - 2 - as]!;
    if (!PASSING_ON.has(toks[v - 1 - as]!.lower) || !BE_FORMS.has(be.lower)) return null;
    const subject = subjectBefore(text, toks, v - 2 - as, sentenceStart);
    return subject
      ? { verb: t.text, verbTok: v, subject, start: subject.start, end: t.end, inverted: false, weak: false, according: false }
      : null;
  }
  // "The email goes on to say: …", "Varga went on to warn that …": the subject of "go on"
  if (
    v >= 3 &&
    toks[v - 1]!.lower === 'to' &&
    toks[v - 2]!.lower === 'on' &&
    GO_FORMS.has(toks[v - 3]!.lower) &&
    SPEECH_VERBS.has(t.lower) &&
    inSentence(v - 3)
  ) {
    const subject = subjectBefore(text, toks, v - 3, sentenceStart);
    const weak = WEAK_SPEECH_VERBS.has(t.lower);
    return subject
      ? { verb: t.text, verbTok: v, subject, start: subject.start, end: t.end, inverted: false, weak, according: false }
      : null;
  }
  if (!/^(?:asked|questioned)$/.test(t.lower) || !inSentence(v - 1) || !BE_FORMS.has(toks[v - 1]!.lower) || toks[v + 1]?.lower !== 'by') return null;
  const subject = phraseStartingAt(text, toks, v + 2);
  const next = subject ? toks[subject.to + 1] : undefined;
  if (!subject || subject.category === 'pronoun' || !next || !QUESTION_OPENERS.has(next.lower) || !/^\s+$/.test(text.slice(toks[subject.to]!.end, next.start))) return null;
  return { verb: t.text, verbTok: v, subject, start: toks[v - 1]!.start, end: subject.end, inverted: false, weak: false, according: false };
}

/** "… and said", "… and then said", "… but also added", "…, then says": a verb coordinated with one before it. */
function coordinated(text: string, toks: Tok[], v: number): boolean {
  const thenAfterComma = (q: number) => toks[q]!.lower === 'then' && q > 0 && /,\s*$/.test(text.slice(toks[q - 1]!.end, toks[q]!.start));
  let q = v - 1;
  while (q > 0 && v - q <= 2 && isAdverb(toks[q]!) && !thenAfterComma(q) && joined(text, toks[q]!, toks[q + 1]!)) q--;
  const link = toks[q];
  if (!link || !joined(text, link, toks[q + 1]!)) return false;
  return link.lower === 'and' || link.lower === 'but' || thenAfterComma(q);
}

/** Cues of a paragraph; `sentences` are its sentence ranges (a subject never crosses a sentence). */
export function findCues(text: string, toks: Tok[], sentences: readonly { start: number; end: number }[]): Cue[] {
  const out: Cue[] = [];
  let sentence = 0;
  for (let v = 0; v < toks.length; v++) {
    const t = toks[v]!;
    while (sentence + 1 < sentences.length && sentences[sentence]!.end <= t.start) sentence++;
    // a dateline ("PARIS, Aug 31 (Reuters) -") opens the paragraph's first sentence but is never its subject
    const sentenceStart = sentence === 0 ? afterDateline(text, sentences[0]?.start ?? 0) : sentences[sentence]!.start;
    if (t.lower === 'according' && toks[v + 1]?.lower === 'to') {
      const subject = authorOfDocument(text, toks, v + 2) ?? phraseStartingAt(text, toks, v + 2) ?? phraseToPunctuation(text, toks, v + 2);
      if (subject && subject.category !== 'pronoun') {
        const verb = text.slice(t.start, toks[v + 1]!.end);
        out.push({ verb, verbTok: v, subject, start: t.start, end: subject.end, inverted: true, weak: false, according: true });
      }
      continue;
    }
    const passive = passiveCue(text, toks, v, sentenceStart);
    if (passive) { out.push(passive); continue; }
    const opensSentence = t.start === sentenceStart;
    if (!SPEECH_VERBS.has(t.lower) || (t.cap && v > 0 && !opensSentence)) continue;
    // "as X put it": "put" says something only with "it"; "continues to lead" is going on, not speaking
    if ((t.lower === 'put' && toks[v + 1]?.lower !== 'it') || (t.lower.startsWith('continu') && toks[v + 1]?.lower === 'to')) continue;
    // "the IMF report stated": a word before another verb of saying is a noun ("report", "comment", "call")
    const nextTok = toks[v + 1];
    if (nextTok && SPEECH_VERBS.has(nextTok.lower) && !nextTok.lower.endsWith('ing') && /^\s+$/.test(text.slice(t.end, nextTok.start))) continue;
    const weak = WEAK_SPEECH_VERBS.has(t.lower);
    // "…, arguing that": a participle after a comma has the sentence's subject, never the noun before the comma
    const participle = t.lower.endsWith('ing') && v > 0 && /,\s*$/.test(text.slice(toks[v - 1]!.end, t.start));
    const found = participle ? null : issuerOf(text, toks, subjectBefore(text, toks, v, sentenceStart), sentenceStart);
    // "she said at a news conference announcing …": an event does not speak; the sentence's speaker does
    const before = (found && t.lower.endsWith('ing') && EVENT_NOUNS.has(toks[found.to]!.lower) ? null : found) ??
      (participle ? null : postModified(text, toks, v, sentenceStart) ?? catenativeSubject(text, toks, v, sentenceStart));
    if (before) {
      out.push({ verb: t.text, verbTok: v, subject: before, start: before.start, end: t.end, inverted: false, weak, according: false });
      continue;
    }
    // "…, saying …" / "… and vowed …": the subject that opens the sentence
    const prevTok = toks[v - 1];
    if (prevTok && prevTok.start >= sentenceStart && (t.lower.endsWith('ing') && /,\s*$/.test(text.slice(prevTok.end, t.start)) || coordinated(text, toks, v))) {
      const earlier = out.at(-1);
      if (earlier && earlier.end >= sentenceStart) {
        // "“…,” Trump said, adding …": the same speaker
        const { subject } = earlier;
        out.push({ verb: t.text, verbTok: v, subject, start: t.start, end: t.end, inverted: false, weak, according: false });
        continue;
      }
      let s = v;
      while (s > 0 && toks[s - 1]!.start >= sentenceStart) s--;
      let opening = opensWithPhrase(toks[s]!) ? null : phraseStartingAt(text, toks, s);
      if (!opening || (NOT_NAME_WORDS.has(toks[s]!.lower) && !HONORIFICS.has(toks[s]!.lower) && !DETS.has(toks[s]!.lower))) {
        // "During the speech, Trump attacked …, saying", "At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie
        // Sanders endorsed …, saying": the first phrase after an opening phrase's comma that a verb follows
        opening = null;
        for (let c = s; c < v - 1 && !opening; c++) {
          if (!/,\s*$/.test(text.slice(toks[c]!.end, toks[c + 1]!.start))) continue;
          const p = phraseStartingAt(text, toks, c + 1);
          const next = p ? toks[p.to + 1] : undefined;
          if (p && next && p.to < v - 1 && /^\s+$/.test(text.slice(toks[p.to]!.end, next.start)) && !next.cap) opening = p;
        }
      }
      if (opening && opening.to < v - 1) {
        out.push({ verb: t.text, verbTok: v, subject: opening, start: t.start, end: t.end, inverted: false, weak, according: false });
        continue;
      }
    }
    // "…," said Sanders / "…," says the minister: the verb right after a comma or a closing quote
    const prevEnd = v > 0 ? toks[v - 1]!.end : 0;
    const sep = text.slice(prevEnd, t.start);
    if (v === 0 || opensSentence || /[,\u201d"'\u2019\u2014\u2013-]\s*$/.test(sep)) {
      const after = phraseStartingAt(text, toks, v + 1) ?? describedNameAfter(text, toks, v + 1);
      if (after && joined(text, t, toks[v + 1]!)) {
        out.push({ verb: t.text, verbTok: v, subject: after, start: t.start, end: after.end, inverted: true, weak, according: false });
      }
    }
  }
  return out;
}

/** "“…” ― Pamela Padilla": a name after a dash that follows a quote, ending the sentence or paragraph. */
export function dashAttribution(text: string, toks: Tok[], from: number): Cue | null {
  let k = 0;
  let hi = toks.length;
  while (k < hi) {
    const mid = (k + hi) >> 1;
    if (toks[mid]!.start < from) k = mid + 1;
    else hi = mid;
  }
  const t = toks[k];
  if (!t || !/^\s*[\u2015\u2014\u2013-]{1,2}\s*$/.test(text.slice(from, t.start))) return null;
  const subject = phraseStartingAt(text, toks, k);
  if (!subject || subject.category === 'pronoun' || subject.category === 'generic') return null;
  if (!/^\s*([,.;(]|$)/.test(text.slice(subject.end, subject.end + 2))) return null;
  return {
    verb: text.slice(from, t.start).trim(),
    verbTok: k,
    subject,
    start: from,
    end: subject.end,
    inverted: true,
    weak: false,
    according: false,
  };
}
