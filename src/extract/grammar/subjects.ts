// The subject of a verb of saying, read before it: over adverbs, times ("on Tuesday"), parentheses, appositives,
// asides and relative pronouns; a subject with a trailing phrase ("people familiar with the talks"); a catenative
// verb's subject ("declined to say"); the issuer of a document just issued.
import { NOT_NAME_WORDS, ROLE_MODIFIERS, ROLE_NOUNS } from '../people/lexicon.js';
import type { Tok } from '../people/wordTokens.js';
import {
  ASIDE_OPENERS, IRREGULAR_PASTS, ISSUED_DOCUMENTS, PROMPTING_VERBS, SPEECH_VERBS, TIME_UNITS, WEEKDAYS, isNumeral,
} from '../lexicon/lists.js';
import { isAdverb, DETS, PREPOSITIONS, FOCUS_WORDS, afterTok, joined, isSourceNoun, COORDINATORS, RELATIVES, BE_FORMS, BE_FORMS_LIST,
  opensWithPhrase } from './cueWords.js';
import {
  phraseEndingAt, beforeParticiple, withContactClause, roleOfSomething, quantityEndingAt, shareOf, phraseStartingAt,
} from './nounPhrases.js';
import type { SpeakerPhrase } from './cueTypes.js';

/** The noun phrase that opens the clause starting at token `s`, when it ends at a comma or the verb
 *  ("Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said"). */
export function clauseSubject(text: string, toks: Tok[], s: number, v: number): SpeakerPhrase | null {
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
export function clauseStart(text: string, toks: Tok[], v: number, sentenceStart: number): number {
  let k = v;
  while (k > 0 && toks[k - 1]!.start >= sentenceStart && v - k < 40) {
    const sep = text.slice(toks[k - 1]!.end, toks[k]!.start);
    if (/[;\u201d"]|[,.!?]['\u2019]/.test(sep) || /\s[\u2014\u2013-]{1,2}\s/.test(sep)) break;
    k--;
  }
  return k;
}


/** A dash that opens or closes an aside ("--", an em or en dash, set off by spaces). */
export const DASH_PAIR = /^\s*(?:--|\u2014|\u2013)\s*$/;
/** How many words an aside between dashes may run. */
export const DASH_ASIDE_WORDS = 30;

/** Parts of a day after a weekday ("on Thursday evening"). */
export const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Words before a unit of time that make it a time ("last week", "this month", "earlier this year"). */
export const TIME_DETS = new Set(['last', 'this', 'next', 'that']);

/** "The IMF on Tuesday said", "Spicer on Thursday evening said", "Feinstein last week said": the token before a
 *  time that ends at token `k`, or `k` when no time ends there. */
export function timeBefore(text: string, toks: Tok[], k: number): number {
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

/** Words before a name that make it the object of a place or a part: "a professor at American University who …". */
const NAME_PREPOSITIONS = new Set(['at', 'of', 'in', 'from', 'for', 'with', 'by', 'on', 'near', 'inside', 'outside']);

/** The phrase a relative pronoun speaks for, ending at token `e`: "Ted Cruz, who said", "Republicans who say",
 *  "18% who say". With no comma, a name after a preposition is a place or a part: the phrase before the preposition
 *  speaks ("a professor at American University who …", "workers in Seattle who …"). After a comma the name speaks
 *  ("praise from Donald Trump Jr., who suggested …"). */
function relativeHead(text: string, toks: Tok[], e: number, comma: boolean): SpeakerPhrase | null {
  const p = shareOf(text, toks, phraseEndingAt(text, toks, e)) ?? quantityEndingAt(text, toks, e);
  if (!p || p.category === 'pronoun') return null;
  if (comma || p.category !== 'name') return p;
  const before = toks[p.from - 1];
  if (!before || !toks[p.from]!.cap || !NAME_PREPOSITIONS.has(before.lower) || !joined(text, before, toks[p.from]!)) return p;
  // the phrase the place or part belongs to speaks: "Sen. Marco Rubio of Florida, who", "workers in Seattle who"
  const owner = p.from >= 2 && joined(text, toks[p.from - 2]!, before) ? phraseEndingAt(text, toks, p.from - 2) : null;
  return owner && owner.category !== 'pronoun' ? owner : null;
}

/** "he's predicting", "she's not saying", "they've suggested": a pronoun whose auxiliary is written onto it, the
 *  phrase only the pronoun ("it's said" is no one's). */
function contractedPronoun(text: string, toks: Tok[], k: number, sentenceStart: number): SpeakerPhrase | null {
  if (k > 0 && toks[k]!.lower === 'not' && joined(text, toks[k - 1]!, toks[k]!)) k--;
  const t = toks[k];
  const m = t && t.start >= sentenceStart && t.lower.includes("'") ? /^(he|she|they|we|i)'(?:s|ve|re|d|ll|m)$/.exec(t.lower) : null;
  if (!t || !m) return null;
  const end = t.start + m[1]!.length;
  return { start: t.start, end, text: text.slice(t.start, end), category: 'pronoun', from: k, to: k };
}

/** The subject before the verb at `v`: skips adverbs, a parenthesis ("(D-Mo.)") and appositives
 *  (", a Clinton surrogate,"). */
export function subjectBefore(text: string, toks: Tok[], v: number, sentenceStart: number, sepOverride?: string): SpeakerPhrase | null {
  let k = v - 1;
  // a capitalised auxiliary is a name ("Theresa May said"); "on Tuesday" may stand before the verb ("The IMF on Tuesday said")
  const skipAux = () => { while (k >= 0 && isAdverb(toks[k]!) && joined(text, toks[k]!, toks[k + 1]!)) k--; };
  skipAux();
  const contracted = contractedPronoun(text, toks, k, sentenceStart);
  if (contracted) return contracted;
  // "Kasich is telling …": a form of "be" before a participle in -ing (never a passive: "Pence was asked")
  if (k >= 0 && BE_FORMS.has(toks[k]!.lower) && toks[v]!.lower.endsWith('ing') && joined(text, toks[k]!, toks[k + 1]!)) { k--; skipAux(); }
  // "Barkley, who said …", "people who say …": the relative pronoun speaks for the phrase it follows
  const rel = toks[k];
  if (rel && k >= 1 && RELATIVES.has(rel.lower) && rel.start >= sentenceStart && joined(text, rel, toks[k + 1]!)) {
    const sep = text.slice(toks[k - 1]!.end + (toks[k - 1]!.dot ? 1 : 0), rel.start);
    if (/^\s*,\s*$/.test(sep)) return subjectBefore(text, toks, k, sentenceStart) ?? relativeHead(text, toks, k - 1, true);
    return /^\s+$/.test(sep) ? relativeHead(text, toks, k - 1, false) : null;
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
export const POST_MODIFIER_OPENERS = new Set([
  'familiar', 'close', 'briefed', 'privy', 'knowledgeable', 'involved', 'with', 'for', 'at', 'in', 'of', 'from',
  'on', 'inside', 'outside', 'within', 'across', 'among', 'around', 'throughout', 'near', 'who', 'that', 'i', 'we',
  "i've", "we've",
]);
/** Words after which a verb of saying is a noun or an infinitive: "of questions", "to project", "the thought". */
export const NOT_VERB_BEFORE = new Set([
  ...DETS, ...PREPOSITIONS, ...BE_FORMS_LIST, 'be', 'being', 'of', 'to', 'for', 'with', 'by', 'about', 'this', 'these', 'those',
]);
/** Words that open a relative or contact clause, which has a verb of its own ("people who have seen him say"). */
export const CLAUSE_OPENERS = new Set(['who', 'that', 'i', 'we', "i've", "we've"]);
export const FINITE_AUXILIARIES = new Set([
  ...BE_FORMS_LIST, 'be', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'did', 'does', 'do',
]);
/** How many words a subject's trailing phrase may run before its verb. */
export const POST_MODIFIER_WORDS = 14;

/** "A person familiar with the planning says", "Some delegates at the convention in Philadelphia said": the
 *  head of a subject that opens its clause, a phrase after it running to the verb with no punctuation between. */
export function postModified(text: string, toks: Tok[], v: number, sentenceStart: number): SpeakerPhrase | null {
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
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it']);

/** "Cook declined to say whether …", "Bolton distanced himself from it by saying …", "Cruz pivoted to arguing":
 *  a verb of saying as an infinitive or after "by", whose speaker is the subject of the verb before it. */
export function catenativeSubject(text: string, toks: Tok[], v: number, sentenceStart: number): SpeakerPhrase | null {
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

/** How many words may stand between a prompting verb and the infinitive of saying ("prompted X, which …, to state"). */
const PROMPTED_WORDS = 24;

/** "The record prompted the Atlas of Elections, which tracks such counties, to state …", "led Smith to declare":
 *  the object of a verb that made someone speak, who is the speaker (an aside between commas may follow it). */
export function promptedSubject(text: string, toks: Tok[], v: number, sentenceStart: number): SpeakerPhrase | null {
  const link = toks[v - 1];
  if (!link || link.lower !== 'to' || !joined(text, link, toks[v]!) || /(?:ed|[^s]s)$/.test(toks[v]!.lower)) return null;
  for (let j = v - 2; j >= 0 && v - j <= PROMPTED_WORDS && toks[j]!.start >= sentenceStart; j--) {
    if (!PROMPTING_VERBS.has(toks[j]!.lower)) continue;
    const object = phraseStartingAt(text, toks, j + 1);
    if (!object || object.category === 'pronoun' || !joined(text, toks[j]!, toks[j + 1]!)) return null;
    const gap = text.slice(object.end, link.start);
    return /^\s+$/.test(gap) || /^\s*,[^.!?;:"\u201c\u201d]*,\s*$/u.test(gap) ? object : null;
  }
  return null;
}

/** "Some advocates", "the airline": a determiner and one plain lowercase noun, a source the lists do not know. */
export function determinedNoun(text: string, toks: Tok[], s: number): SpeakerPhrase | null {
  const det = toks[s];
  const noun = toks[s + 1];
  if (!det || !noun || !DETS.has(det.lower) || !/^\p{Ll}[\p{Ll}-]+$/u.test(noun.text) || !joined(text, det, noun)) return null;
  if (NOT_NAME_WORDS.has(noun.lower) || isAdverb(noun) || SPEECH_VERBS.has(noun.lower) || DETS.has(noun.lower)) return null;
  // (a group of people is mostly plural; an unknown singular is mostly a thing: "the dynamic", "a look")
  if (!/[^s]s$/.test(noun.lower)) return null;
  return { start: det.start, end: noun.end, text: text.slice(det.start, noun.end), category: 'generic', from: s, to: s + 1 };
}

/** How many words an aside between commas may run ("Mike Huckabee, for his part, is labeling"). */
export const COMMA_ASIDE_WORDS = 4;

/** "X, for his part, said", "X, meanwhile, warned": where a short aside between commas that ends at token `k`
 *  opens, when it opens with a preposition or an adverb; else null. */
export function commaAside(text: string, toks: Tok[], k: number, sentenceStart: number): number | null {
  for (let j = k; j > 0 && k - j < COMMA_ASIDE_WORDS && toks[j - 1]!.start >= sentenceStart; j--) {
    const t = toks[j]!;
    if (t.cap || !/^\p{Ll}+$/u.test(t.text)) return null;
    const sep = text.slice(toks[j - 1]!.end, t.start);
    if (/^\s*,\s*$/.test(sep)) return ASIDE_OPENERS.has(t.lower) || (j === k && isAdverb(t)) ? j : null;
    if (!/^\s+$/.test(sep)) return null;
  }
  return null;
}


export const ISSUING = new Set([
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
export function issuerOf(text: string, toks: Tok[], subject: SpeakerPhrase | null, sentenceStart: number): SpeakerPhrase | null {
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
export const INDEFINITE_ARTICLES = new Set(['a', 'an']);

