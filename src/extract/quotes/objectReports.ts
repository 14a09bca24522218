// Reported speech whose content is no clause: an infinitive ("vowed to repeal the law"), a noun phrase
// ("denied the charges", "announced his candidacy", "called for a ban"), someone accused or described ("accused
// Trump of lying", "described the field as “all very good”") or a question ("asked workers if they would vote").
// The content runs from the object to the end of its clause: a comma, a dash, a colon or the sentence's end.
import type { Tok } from '../people/wordTokens.js';
import { IRREGULAR_PASTS, WITHHELD_THINGS } from '../lexicon/lists.js';
import { beforeSaidHowOrWhen } from './trimContent.js';

export interface Span { start: number; end: number }

/** Verbs whose content may be an infinitive: "vowed to …", "promised to …". */
const INFINITIVE = /^(?:vow|vows|vowed|vowing|pledge|pledges|pledged|pledging|promise|promises|promised|promising|threaten|threatens|threatened|threatening|refuse|refuses|refused|refusing|decline|declines|declined|declining|offer|offers|offered|offering|swear|swears|swore|sworn|demand|demands|demanded|demanding)$/;
/** Verbs whose content may be a noun phrase: "denied the charges", "announced his resignation". */
const NOUN_OBJECT = /^(?:announce|announces|announced|announcing|deny|denies|denied|denying|confirm|confirms|confirmed|confirming|mention|mentions|mentioned|mentioning|promise|promises|promised|promising|pledge|pledges|pledged|pledging|vow|vows|vowed|demand|demands|demanded|demanding|reject|rejects|rejected|rejecting|predict|predicts|predicted|predicting|concede|concedes|conceded|conceding|acknowledge|acknowledges|acknowledged|acknowledging|admit|admits|admitted|admitting|declare|declares|declared|declaring|claim|claims|claimed|claiming)$/;
/** Verbs with a preposition before their content: "called for a ban", "asked for money", "spoke about it". */
const WITH_PREPOSITION = /^(?:call|calls|called|calling|ask|asks|asked|asking|plead|pleads|pleaded|pleading)\s+for$|^(?:speak|speaks|spoke|speaking|talk|talks|talked|talking|complain|complains|complained|complaining|joke|jokes|joked|joking|boast|boasts|boasted|boasting|comment|comments|commented|commenting)\s+(?:about|on)$|^(?:write|writes|wrote|writing)\s+about$|^(?:warn|warns|warned|warning)\s+(?:of|about|against)$/;
/** "accused X of …", "described X as …". */
const OBJECT_THEN = /^(?:accuse|accuses|accused|accusing|blame|blames|blamed|blaming|criticize|criticizes|criticized|criticizing|criticise|criticised|describe|describes|described|describing|praise|praises|praised|praising)$/;
const OBJECT_LINK: Record<string, string> = { accuse: 'of', blame: 'for', criticiz: 'for', criticis: 'for', describ: 'as', prais: 'for' };
/** Verbs that name someone something: "called him a kind man", "dubbed the plan a sham". */
const NAMING = /^(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|label|labels|labeled|labelled|labeling|labelling|brand|brands|branded|branding)$/;
/** Objects of a naming verb: a pronoun, or a name (read as capitalised words). */
const NAMED_OBJECT = new Set([
  'him', 'her', 'them', 'it', 'himself', 'herself', 'itself', 'themselves', 'me', 'us', 'you', 'myself', 'ourselves',
]);
/** Verbs that recount a scene or a thing, with a noun phrase when no "as" follows: "described a rigged system",
 *  "recalled the night he left". */
const RECOUNTING = /^(?:describe|describes|described|describing|recall|recalls|recalled|recalling|recount|recounts|recounted|recounting)$/;
/** Verbs that ask: "asked workers if …", "wondered whether …". */
const ASKING = /^(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|question|questioned|questioning|inquire|inquired)$/;
const QUESTION_WORDS = new Set(['whether', 'if', 'how', 'why', 'what', 'who', 'when', 'where', 'which']);
/** Words a noun-phrase object never opens with: it is an adverbial or a clause, read elsewhere. */
const NOT_OBJECT = new Set([
  'that',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'as',
  'after',
  'before',
  'during',
  'since',
  'while',
  'when',
  'if',
  'yesterday',
  'today',
  'tonight',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'last',
  'earlier',
  'later',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'it',
  'there',
  'this',
  'so',
  'nothing',
  'anything',
  'not',
  'also',
  'repeatedly',
  'again',
  'publicly',
  'privately',
]);
/** Someone, then the thing denied them: "his party the victory", "Carter a final photograph". */
const WITHHELD = /^(?:him|her|them|us|me|(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3}|(?:his|her|their|its|the)\s+\p{Ll}+\s+)\s*(?:a|an|the|any)\s/u;
/** An object pronoun after "deny": someone denied a thing ("deny him even that path", "denied them licenses"). */
const DENIED_ONE = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
/** How far into the object a thing withheld may stand ("denied the group a permit", "denied bail"). */
const WITHHELD_REACH = 3;

/** Whether "deny" withholds something rather than rejecting a claim: "denied his party the victory", "denied bail",
 *  "deny them licenses". */
function withheld(text: string, toks: Tok[], v: number, sentenceEnd: number): boolean {
  const next = toks[v + 1]!;
  if (WITHHELD.test(text.slice(next.start, sentenceEnd)) || DENIED_ONE.has(next.lower)) return true;
  for (let j = v + 1; j < toks.length && j - v <= WITHHELD_REACH && toks[j]!.end <= sentenceEnd; j++) {
    if (j > v + 1 && !/^\s+$/.test(text.slice(toks[j - 1]!.end, toks[j]!.start))) break;
    if (WITHHELD_THINGS.has(toks[j]!.lower)) return true;
  }
  return false;
}

/** How many words an object may run before its link word ("accused the former secretary of state of …"). */
const OBJECT_REACH = 6;

/** The end of the clause that starts at `from`: before a comma, semicolon, colon, dash or parenthesis. */
function clauseEnd(text: string, from: number, end: number): number {
  const rest = text.slice(from, end);
  const m = /\s*(?:[,;:(]|\s--\s|\s?[\u2014\u2013]\s?)/.exec(rest);
  return m ? from + m.index : end;
}

function span(text: string, start: number, end: number): Span | null {
  let e = end;
  while (e > start && /[\s.!?]/.test(text[e - 1]!)) e--;
  e = beforeSaidHowOrWhen(text, start, e, true);
  return e > start ? { start, end: e } : null;
}

/** "called him a kind man", "calling the deal a sham": the object (a pronoun or a name) and what it is called, to
 *  the end of the clause; null when no complement follows the object ("called the police", "called him on Monday"). */
function namingObject(text: string, toks: Tok[], v: number, sentenceEnd: number): Span | null {
  const next = toks[v + 1]!;
  let j = v + 1;
  if (!NAMED_OBJECT.has(next.lower)) {
    while (j < toks.length && j - v <= 3 && /^\p{Lu}/u.test(toks[j]!.text) && /^\s+$/.test(text.slice(toks[j - 1]!.end, toks[j]!.start))) j++;
    if (j === v + 1) return null;
  } else j++;
  const complement = toks[j];
  if (!complement || complement.end > sentenceEnd || !/^\s+$/.test(text.slice(toks[j - 1]!.end, complement.start))) return null;
  if (!/^\p{Ll}/u.test(complement.text) || NOT_OBJECT.has(complement.lower) || NOT_COMPLEMENT.has(complement.lower)) return null;
  // ("a company called Harmony Enterprises gave …": a name given, then the sentence's own verb)
  if (IRREGULAR_PASTS.has(complement.lower)) return null;
  // (a series of words for it runs on past its commas: "a kind, loving and admirable person")
  let end = clauseEnd(text, next.start, sentenceEnd);
  const series = /^(?:,\s+\p{Ll}[\p{L}-]*)+,?\s+(?:and|or)\s/u.exec(text.slice(end, sentenceEnd));
  if (series) end = clauseEnd(text, end + series[0].length, sentenceEnd);
  return span(text, next.start, beforeSubordinate(text, next.start, end));
}

/** A clause that tells when or why ("… before explaining why", "… as he left") ends a noun-phrase content. */
const SUBORDINATE = /\s(?:before|after|while|because|once|when|since|until|though|although)\s/;
function beforeSubordinate(text: string, start: number, end: number): number {
  const m = SUBORDINATE.exec(text.slice(start, end));
  return m ? start + m.index : end;
}

/** "described a rigged system", "recalled the night he left": a noun phrase of two words or more. */
function recountedObject(text: string, toks: Tok[], v: number, sentenceEnd: number): Span | null {
  const next = toks[v + 1]!;
  if (NOT_OBJECT.has(next.lower) || next.lower === 'of' || /^\d/.test(next.text)) return null;
  const end = beforeSubordinate(text, next.start, clauseEnd(text, next.start, sentenceEnd));
  return /\S\s+\S/.test(text.slice(next.start, end)) ? span(text, next.start, end) : null;
}

/** Words after a named object that are no complement: a particle, a link or a time ("called him back", "called
 *  Smith and Jones", "called her twice"). */
const NOT_COMPLEMENT = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'will', 'would',
  'about', 'and', 'back', 'but', 'for', 'into', 'or', 'off', 'out', 'over', 'twice', 'up', 'who', 'whom', 'which',
  'of', 'once', 'again', 'instead', 'personally', 'directly', 'immediately', 'repeatedly', 'late', 'early', 'this', 'next', 'shortly']);

/** The object content after the verb at token `v`, inside [.., sentenceEnd), or null. */
export function objectReport(text: string, toks: Tok[], v: number, sentenceEnd: number): Span | null {
  const verb = toks[v]!.lower;
  const next = toks[v + 1];
  if (!next || next.end > sentenceEnd || !/^\s+$/.test(text.slice(toks[v]!.end, next.start))) return null;
  const after = toks[v + 2];
  if (INFINITIVE.test(verb) && next.lower === 'to' && after && /^\p{Ll}+$/u.test(after.text)) return span(text, next.start, clauseEnd(text, next.start, sentenceEnd));
  if (after && WITH_PREPOSITION.test(`${verb} ${next.lower}`) && !NOT_OBJECT.has(after.lower))
    return span(text, after.start, clauseEnd(text, after.start, sentenceEnd));
  if (ASKING.test(verb)) {
    for (let j = v + 1; j < toks.length && j - v <= 5 && toks[j]!.end <= sentenceEnd; j++) {
      if (/[,.;:"\u201c\u201d]/.test(text.slice(toks[j - 1]!.end, toks[j]!.start))) break;
      if (QUESTION_WORDS.has(toks[j]!.lower)) return span(text, toks[j]!.start, clauseEnd(text, toks[j]!.start, sentenceEnd));
    }
    return null;
  }
  const stem = Object.keys(OBJECT_LINK).find((s) => verb.startsWith(s));
  if (OBJECT_THEN.test(verb) && stem) {
    for (let j = v + 2; j < toks.length && j - v <= OBJECT_REACH + 1 && toks[j]!.end <= sentenceEnd; j++) {
      if (/[,.;:]/.test(text.slice(toks[j - 1]!.end, toks[j]!.start))) break;
      if (toks[j]!.lower === OBJECT_LINK[stem]) return span(text, next.start, clauseEnd(text, toks[j]!.start, sentenceEnd));
    }
    if (!RECOUNTING.test(verb)) return null;
  }
  if (NAMING.test(verb)) return namingObject(text, toks, v, sentenceEnd);
  if (RECOUNTING.test(verb)) return recountedObject(text, toks, v, sentenceEnd);
  // ("denied his party the victory", "denied Carter a photograph": withheld something, said nothing)
  if (/^den/.test(verb) && withheld(text, toks, v, sentenceEnd)) return null;
  if (NOUN_OBJECT.test(verb) && !NOT_OBJECT.has(next.lower) && !/^\d/.test(next.text)) return span(text, next.start, clauseEnd(text, next.start, sentenceEnd));
  return null;
}
