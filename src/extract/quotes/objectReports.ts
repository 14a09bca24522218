// Reported speech whose content is no clause: an infinitive ("vowed to repeal the law"), a noun phrase
// ("denied the charges", "announced his candidacy", "called for a ban"), someone accused or described ("accused
// Trump of lying", "described the field as “all very good”") or a question ("asked workers if they would vote").
// The content runs from the object to the end of its clause: a comma, a dash, a colon or the sentence's end.
import type { Tok } from '../people/wordTokens.js';

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
  return e > start ? { start, end: e } : null;
}

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
    return null;
  }
  if (NOUN_OBJECT.test(verb) && !NOT_OBJECT.has(next.lower) && !/^\d/.test(next.text)) return span(text, next.start, clauseEnd(text, next.start, sentenceEnd));
  return null;
}
