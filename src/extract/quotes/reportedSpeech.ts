// Reported speech: the content clause of a verb of saying without quotation marks. Three shapes:
// "Lavrov said (that) Russia is committed…" (content after the verb), "Russia is committed…, Lavrov said"
// and "…, said a spokesman" (content before), and "according to X, …" / "…, according to X".
import type { Sentence } from '../../parse/article.js';
import { SUBJECT_PRONOUNS } from '../people/lexicon.js';
import { tokenAt, type Tok } from '../people/wordTokens.js';
import { ADVERBIAL_OPENERS as LEAD_OPENERS, WEEKDAYS } from '../lexicon/lists.js';
import { asReport } from './asReports.js';
import { clauseOpenedAt } from './clauseOpeners.js';
import { trimContent } from './trimContent.js';
import { isFinite, pronounClauseAt } from '../grammar/finite.js';
import { objectReport } from './objectReports.js';
import { attributesQuoteBefore } from './quoteBefore.js';
import { rangeAt } from './ranges.js';
import type { Cue } from '../grammar/speechCues.js';

export type { Reported } from './trimContent.js';
import type { Reported } from './trimContent.js';

/** Words a clause may not open with right after "said" ("said in a statement", "said on Friday"). */
const NOT_CLAUSE_OPENERS = new Set(
  ('in on at to of for from with by about after before during over under into as than so if when while ' +
    'yesterday today tonight monday tuesday wednesday thursday friday saturday sunday last earlier later ' +
    'repeatedly also only again publicly privately recently previously nothing something anything much little ' +
    'goodbye hello thanks sorry yes no not then afterward afterwards twice').split(' '),
);
/** Verbs whose content clause may follow without "that" ("said the bill was dead"); others take an object
 *  there ("clarified the matter", "announced the arrest", "told reporters"), so they need "that" or a colon. */
const BARE_CLAUSE_VERBS = new RegExp(
  '^(?:' +
    (
      'say says said saying add adds added adding argue argues argued arguing insist insists insisted ' +
      'insisting claim claims claimed claiming predict predicts predicted predicting suggest suggests ' +
      'suggested suggesting contend contends contended contending assert asserts asserted asserting maintain maintains maintained ' +
      'admit admits admitted admitting concede concedes conceded conceding acknowledge acknowledges acknowledged acknowledging ' +
      'charge charges charged complain complains complained complaining note notes noted noting stress stresses stressed stressing ' +
      'emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised tweet tweets tweeted tweeting write writes wrote ' +
      'writing allege alleges alleged alleging boast boasts boasted boasting believe believes believed think thinks thought ' +
      'agree agrees agreed report reports reported'
    )
      .split(' ')
      .join('|') +
    ')$',
);
/** Verbs that ask someone to do something: "urged them to …" reports what was asked. */
const DIRECTIVE_VERBS = /^(?:tell|tells|told|telling|ask|asks|asked|asking|urge|urges|urged|urging|warn|warns|warned|warning|implore|implored|beg|begged|advise|advised|encourage|encourages|encouraged|order|orders|ordered|instruct|instructed|remind|reminded|invite|invited|challenge|challenged|press|pressed|call|calls|called)$/;

const words = (s: string) => s.toLowerCase().split(/[^\p{L}'\u2019]+/u).filter(Boolean);
/** A text without the words inside its quotation marks. */
const unquoted = (s: string) => s.replace(/[\u201c"][^\u201c\u201d"]*[\u201d"]|''.*?''/gu, ' ');

const FINITE = { test: isFinite };

/** Who is told: an object pronoun, "reporters", or a name of up to four capitalised words, "the" allowed. */
const LISTENERS = new Set([
  'me',
  'us',
  'him',
  'her',
  'them',
  'you',
  'reporters',
  'journalists',
  'lawmakers',
  'supporters',
  'voters',
  'students',
  'viewers',
  'listeners',
  'members',
  'parliament',
  'congress',
]);

/** The token after the one told ("told [the BBC] the rules …"), or null when no listener stands there. */
function afterListener(text: string, toks: Tok[], k: number): number | null {
  const t = toks[k];
  if (!t) return null;
  if (LISTENERS.has(t.lower)) return k + 1;
  // "tells the crowd he was …", "told a packed hall they would …": a described listener, then a clause
  if (LISTENER_DETS.has(t.lower)) {
    for (let j = k + 1; j < toks.length && j - k <= 4 && !toks[j]!.cap && !CLAUSE_LINK_WORDS.has(toks[j]!.lower); j++)
      if (CLAUSE_SUBJECTS.has(toks[j]!.lower) && j > k + 1) return j;
  }
  let j = t.lower === 'the' ? k + 1 : k;
  const first = j;
  while (j < toks.length && j - first < 4 && toks[j]!.cap && (j === first || /^\s+$/.test(text.slice(toks[j - 1]!.end, toks[j]!.start)))) j++;
  return j > first ? j : null;
}

/** Words that start another clause ("told his advisers as he labored"): the one told ends before them. */
const CLAUSE_LINK_WORDS = new Set([
  'as',
  'when',
  'while',
  'because',
  'after',
  'before',
  'if',
  'since',
  'until',
  'where',
  'and',
  'or',
  'but',
]);
const LISTENER_DETS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);
/** Words that open a clause, never an object: subject pronouns and question words. */
const CLAUSE_SUBJECTS = new Set('he she it they we i you there how why what whether who where'.split(' '));
const TRAILING_ADVERBIALS = 7;
/** Verbs that attribute only the words in quotation marks ("called it a “disgrace”", "sang “…”"), never a clause. */
const NAMING_VERBS = /^(call|calls|called|calling|dub|dubs|dubbed|label|labels|labeled|labelled|labeling|labelling|brand|brands|branded|branding|term|terms|termed|accuse|accuses|accused|accusing)$/;
/** "called on", "called for", "called off": not naming anything. */
const NOT_NAMING_OBJECTS = new Set(['on', 'for', 'off', 'up', 'in', 'out', 'back']);
const QUOTE_ONLY_VERBS = /^(call|calls|called|calling|dub|dubs|dubbed|label|labels|labeled|labelled|labeling|labelling|brand|brands|branded|branding|term|terms|termed|accuse|accuses|accused|accusing|sing|sings|sang|singing|put)$/;


/** "…, and human rights groups warned that …", "… and said …", "… -- meddling the congressman said …": a
 *  coordinated cue, or one after a dash, ends the content before it. */
const COORDINATED = /(?:[,;]\s*(?:and|but|while|whereas)?|\s(?:and|but)|\s(?:--|\u2014|\u2013))\s+(?:[\p{L}'\u2019-]+\s+){0,3}$/u;

/** The content of a cue, cut where another cue of the paragraph (`others`) is coordinated into it. */
export function reportedContent(
  text: string,
  toks: Tok[],
  sentences: readonly Sentence[],
  cue: Cue,
  others: readonly Cue[] = [],
): Reported | null {
  const r = contentOf(text, toks, sentences, cue, others);
  if (!r) return null;
  let end = r.end;
  // "… between Azerbaijan and Armenia: “We believe …”": a colon hands over to a direct quote, found as one
  const colon = /:\s*(?:["\u201c\u00ab\u201e]|'')/.exec(text.slice(r.start, r.end));
  if (colon) end = r.start + colon.index;
  for (const o of others) {
    // a participle without its own subject ("suggested looking at … and asking yourself") belongs to the content,
    // unless a comma sets it off: "said the quay would reopen, adding that …" adds a report of its own
    // ("Barkley, who said he votes Democratic, said …": the main verb, whose subject stands before the content, ends it too)
    const at = o.start > r.start ? o.start : !o.inverted ? toks[o.verbTok]!.start : -1;
    if (
      o === cue ||
      at <= r.start ||
      at >= end ||
      (at === toks[o.verbTok]!.start && o.start > r.start && toks[o.verbTok]!.lower.endsWith('ing') && !/,\s*$/.test(text.slice(r.start, at)))
    )
      continue;
    const lead = text.slice(Math.max(r.start, at - 60), at);
    const m = COORDINATED.exec(lead);
    // ("said he has not held dinners and never called a donor": a verb joined by "and" to a clause with a subject
    // and a verb of its own is that clause's, not a second act of the speaker's)
    const inClause = at === toks[o.verbTok]!.start && AND_IN_CLAUSE.test(m?.[0] ?? '') && pronounClauseAt(toks, tokenAt(toks, r.start));
    if (m && !inClause) end = at - m[0].length;
  }
  // ("say they favour the plan, compared with 40 percent who …", "said he would stay, while his rivals …": a
  // contrast after a comma is the writer's, past the end of what was said)
  if (r.start >= cue.end) {
    const contrast = CONTRAST.exec(text.slice(r.start, end));
    if (contrast) end = r.start + contrast.index;
    // ("While she says she will not vote for him, she applauds …": a cue in a leading subordinate clause reports up
    // to the comma where the main clause takes its subject)
    const sentence = rangeAt(sentences, cue.start);
    const inLead = sentence && SUBORDINATE_LEAD.test(text.slice(sentence.start, cue.start)) && !text.slice(cue.end, r.start).includes(',');
    // (never down to a time: "As the Post reported just today, the inspector …")
    const main = inLead ? mainClauseAt(text, toks, r.start, end) : end;
    if (main < end && trimContent(text, r.start, main)) end = main;
  }
  return end === r.end ? r : trimContent(text, r.start, end);
}
/** A sentence that opens with a subordinate clause holding the cue: "While Ramos said …", "Even as Mr. Obama has said …". */
const SUBORDINATE_LEAD = /^\s*(?:(?:and|but|yet|so|still|though|even|just)\s+)?(?:while|though|although|when|whenever|if|as|because|since|whereas|once|unless)\s[^,;:]*$/iu;
/** Words that open a main clause's subject after a comma: a determiner or a capitalised word. */
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'some', 'many', 'most']);
/** How many words into a main clause its verb may stand ("the Latin American pope not only served …"). */
const SUBJECT_REACH = 5;
/** The first comma in [start, end) that a clause with its own subject and verb follows, else `end`. */
function mainClauseAt(text: string, toks: Tok[], start: number, end: number): number {
  for (let j = tokenAt(toks, start) + 1; j < toks.length && toks[j]!.start < end; j++) {
    if (!/^,\s+$/.test(text.slice(toks[j - 1]!.end, toks[j]!.start))) continue;
    if (pronounClauseAt(toks, j)) return toks[j - 1]!.end;
    if (!SUBJECT_OPENERS.has(toks[j]!.lower) && !toks[j]!.cap) continue;
    for (let k = j + 1; k < toks.length && k - j <= SUBJECT_REACH && toks[k]!.start < end; k++) {
      if (!/^\s+$/.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) break;
      if (!toks[k]!.cap && (FINITE.test(toks[k]!.lower) || /^\p{Ll}+[^s'\u2019]s$/u.test(toks[k]!.text))) return toks[j - 1]!.end;
    }
  }
  return end;
}
/** A coordinating "and" with no comma before it. */
const AND_IN_CLAUSE = /^\sand\s/;
// (a subordinator only before a clause with its subject, never a parenthesis: "a crucial, though brief, chance",
// "while dealing setbacks to …")
const CONTRAST = new RegExp(
  ',\\s+(?:compared\\s+(?:with|to)\\s|however,|(?:while|whereas|even\\s+as|though|although)\\s+' +
    '(?=(?:he|she|they|we|i|it|there|the|a|an|his|her|their|its|this|that|these|those|some|many|most|other|others|only|' +
    "\\d[\\d,.%]*|\\p{Lu}[\\p{L}'\u2019.-]*)\\s(?![^,]{0,25},)))",
  'u',
);

/** What a content reader sees: the paragraph, its words, the cue and its verb, and the verb's sentence. */
interface At { text: string; toks: Tok[]; sentence: Sentence; cue: Cue; verb: Tok }

function contentOf(text: string, toks: Tok[], sentences: readonly Sentence[], cue: Cue, others: readonly Cue[]): Reported | null {
  const verb = toks[cue.verbTok]!;
  const sentence = rangeAt(sentences, verb.start);
  if (!sentence) return null;
  const at: At = { text, toks, sentence, cue, verb };
  const callOn = /^(?:call|calls|called|calling)$/.test(verb.lower) && /^(?:on|upon)$/.test(toks[cue.verbTok + 1]?.lower ?? '');
  if (QUOTE_ONLY_VERBS.test(verb.lower) && !callOn) return namingContent(at);
  if (cue.according) return accordingContent(at);
  const as = asReport(text, toks, sentence, cue);
  if (as !== undefined) return as;
  const before = contentBefore(at);
  if (before !== undefined) return before;
  return cue.inverted ? null : contentAfter(at, others);
}

/** "called Trump a “liar”": the naming, object and quoted words together, when words are quoted. */
function namingContent({ text, toks, sentence, cue, verb }: At): Reported | null {
  const rest = text.slice(verb.end, sentence.end);
  const next = toks[cue.verbTok + 1];
  // ("called for a ban", "accused Trump of lying": no quotation needed)
  if (!NAMING_VERBS.test(verb.lower) || cue.inverted || !/["\u201c\u201e\u00ab]|''|``/.test(rest) || !next || NOT_NAMING_OBJECTS.has(next.lower)) {
    return cue.inverted ? null : objectReport(text, toks, cue.verbTok, sentence.end);
  }
  return trimContent(text, verb.end, sentence.end);
}

/** "According to X, …" and "…, according to X.". */
function accordingContent({ text, sentence, cue, verb }: At): Reported | null {
  // ("Turnout has fallen sharply, according to the tally, a drop of …", "Clinton leads by 271 delegates according to a
  // count by …": a clause before the source is what it says, whatever follows the source)
  // (never an adverbial: "Among the rulings at risk, according to …")
  const lead = text.slice(sentence.start, verb.start);
  const leadWords = words(unquoted(lead));
  if (leadWords.some((w) => FINITE.test(w) || /^\p{Ll}+[^s'\u2019]s$/u.test(w)) && !adverbialLead(lead.replace(/[\s,]+$/, '')))
    return trimContent(text, sentence.start, verb.start);
  const after = text.slice(cue.end, sentence.end);
  if (/^\s*,/.test(after)) return trimContent(text, cue.end, sentence.end);
  // "According to a senior official at the ministry who asked not to be named, …": a long source ends at its comma
  // (after a link word: "But according to reports in the press, …")
  const opens = leadWords.length === 0 || (leadWords.length === 1 && LEAD_LINKS.has(leadWords[0]!));
  const comma = opens ? /^[^,;:.!?"\u201c\u201d]{1,160},/u.exec(after) : null;
  return comma ? trimContent(text, cue.end + comma[0].length, sentence.end) : null;
}

/** Content before the cue: "…, Lavrov said." / "…, said a spokesman on Friday." (never before a participle:
 *  "…, saying"); undefined when the content is not there. */
function contentBefore({ text, toks, sentence, cue, verb }: At): Reported | null | undefined {
  const startOfCue = cue.start;
  const participle = !cue.inverted && verb.lower.endsWith('ing');
  // "The state's campaign chairman, Phil Lovas, said the party would win": a clause after the verb is the content
  const next = toks[cue.verbTok + 1];
  const clauseAfter = !cue.inverted && next !== undefined && next.end <= sentence.end && /^\s+$/.test(text.slice(verb.end, next.start)) &&
    (next.lower === 'that' || (BARE_CLAUSE_VERBS.test(verb.lower) && !NOT_CLAUSE_OPENERS.has(next.lower)));
  // only the end of the lead matters: a bounded slice keeps this constant-time on a huge sentence
  const lead = text.slice(Math.max(sentence.start, startOfCue - 12), startOfCue);
  // "a reader would ask: …", "the mother replied, “…”": the content follows
  const colonAfter = /^\s*(?::|,?\s*["\u201c\u00ab\u201e]|,?\s*'')/.test(text.slice(verb.end, verb.end + 4));
  // (a lead that closes a quotation is reported too: "The failure was “heartbreaking,” she said"; a clause
  // that is mostly quoted is left to the direct quote)
  if (participle || clauseAfter || colonAfter || !/,['\u2019\u201d"]*\s*$/.test(lead)) return undefined;
  let tail = 0;
  for (let j = cue.verbTok; j < toks.length && tail <= TRAILING_ADVERBIALS && toks[j]!.end <= sentence.end; j++)
    if (toks[j]!.start >= cue.end) tail++;
  // "…, Graham said, since …": a cue set off by commas also closes the content before it
  const setOff = /^\s*,/.test(text.slice(cue.end, cue.end + 3));
  const timed = tail > TRAILING_ADVERBIALS && !setOff;
  if (timed && !adverbialThenComma(text, toks, cue)) return undefined;
  const quotedLead = /['\u2019\u201d"]\s*$/.test(lead.replace(/,\s*$/, ''));
  const cut = trimContent(text, sentence.start, startOfCue - (lead.length - lead.replace(/,\s*$/, '').length));
  // (a lead that closes a quotation is a report only with a verb outside the quotation: "The failure was
  // “heartbreaking,”", never "As for his remarks, “I write them off,”")
  // (past a time, only a lead with a verb of its own: never "On Tuesday, even as …, Ackman wrote Monday, …")
  const verbless = cut !== null && !words(unquoted(text.slice(cut.start, cut.end))).some((w) => FINITE.test(w));
  // "In the long run, many economists say, the effect could …", "In two other instances, Clinton had asked …": a
  // lead that is an adverbial (or a participle phrase: "Asked about the vote, the senator said …") is no report; the
  // words after a cue set off by commas are, or the cue's own content after it
  // ("Putting the show together, Butz said, allowed him …": a lead before a predicate is its subject)
  const opening = text.slice(sentence.start, startOfCue).replace(/[\s,]+$/, '');
  if (!quotedLead && !cue.inverted && adverbialLead(opening) && !predicateAfter(toks, cue, sentence.end))
    return setOff ? trimContent(text, cue.end, sentence.end) : undefined;
  // ("One delegate not on the slate, Kelly Smith, told the paper she …": a lead with no verb before a subject of its
  // own is the subject's, not what was said)
  const noVerbAtAll = verbless && !words(unquoted(text.slice(cut?.start ?? 0, cut?.end ?? 0))).some((w) => /^\p{Ll}+[^s']s$/u.test(w));
  if (noVerbAtAll && !setOff && !cue.inverted && !quotedLead) return undefined;
  const found = verbless && (timed || quotedLead) ? null : cut;
  if (found) return found;
  // "The museum, Mr. Bush said, celebrated …": the cue stands inside its content; the sentence is the report
  if (setOff && !cue.inverted && !quotedLead) return trimContent(text, sentence.start, sentence.end);
  return undefined;
}

/** How long a time before a cue may be ("Six months ago", "Two days later"). */
const SHORT_TIME_WORDS = 4;

/** Whether the words after a cue set off by commas open with a verb: "The museum, Mr. Bush said, celebrated …". */
function predicateAfter(toks: Tok[], cue: Cue, sentenceEnd: number): boolean {
  let j = cue.verbTok + 1;
  while (j < toks.length && toks[j]!.start < cue.end) j++;
  if (j < toks.length && /^\p{Ll}{3,}ly$/u.test(toks[j]!.text)) j++;
  const t = toks[j];
  return t !== undefined && t.end <= sentenceEnd && /^\p{Ll}/u.test(t.text) && (FINITE.test(t.lower) || /^\p{Ll}+[^s]s$/u.test(t.text));
}

/** Words that may stand before an adverbial opener ("But in the long run, …"). */
const LEAD_LINKS = new Set(['and', 'but', 'yet', 'so', 'still', 'even']);
/** Whether a lead before a cue is an adverbial: it opens with a preposition or a subordinator, ends with "ago" or
 *  "later" ("Six months ago"), or is a participle phrase with no verb of its own. */
function adverbialLead(lead: string): boolean {
  const ws = words(lead);
  const first = LEAD_LINKS.has(ws[0] ?? '') ? ws[1] : ws[0];
  if (first === undefined) return false;
  // (a clause after the opener's comma makes the lead a sentence: "In fact, the plans would …, analysts say")
  const [opener, ...rest] = lead.split(',');
  if (rest.some((part) => words(part).some((w) => FINITE.test(w) || /^\p{Ll}+[^s]s$/u.test(w)))) return false;
  if (LEAD_OPENERS.has(first) || (ws.length <= SHORT_TIME_WORDS && /^(?:ago|later)$/.test(words(opener!).at(-1) ?? ''))) return true;
  return /^\p{Lu}\p{Ll}+(?:ed|ing)\b/u.test(lead) && !ws.slice(1).some((w) => FINITE.test(w));
}

/** "…, Hollande said Tuesday in Paris, noting …": a short time after the cue, closed by a comma. */
function adverbialThenComma(text: string, toks: Tok[], cue: Cue): boolean {
  const next = toks[cue.verbTok + 1];
  if (!next || next.start < cue.end || !(WEEKDAYS.has(next.lower) || TIME_OPENERS.test(next.lower))) return false;
  return /^[^,;:.!?"\u201c\u201d]{0,40},/u.test(text.slice(cue.end, cue.end + 41));
}
const TIME_OPENERS = /^(?:yesterday|today|tonight|earlier|later|last|on|during)$/;

/** "warned North Korea to refrain from …", "called on voters to stay home": a directive, its object and what it asks. */
function directiveContent({ text, toks, sentence, verb }: At, k: number): Reported | null | undefined {
  const inSentence = (j: number) => j < toks.length && toks[j]!.end <= sentence.end;
  const from = /^(?:call|calls|called|calling)$/.test(verb.lower) ? (toks[k]!.lower === 'on' || toks[k]!.lower === 'upon' ? k + 1 : -1) : k;
  for (let j = from + 1; from >= 0 && inSentence(j) && j - from <= 5; j++) {
    if (/[,.;:"\u201c\u201d()]/.test(text.slice(toks[j - 1]!.end, toks[j]!.start))) break;
    if (toks[j]!.lower === 'to' && inSentence(j + 1) && /^\p{Ll}+$/u.test(toks[j + 1]!.text)) return trimContent(text, toks[from]!.start, sentence.end);
  }
  return undefined;
}

/** "told the BBC the rules would stay", "told reporters he would run": the one told, then the clause. */
function toldContent({ text, toks, sentence }: At, k: number): Reported | null {
  const c = afterListener(text, toks, k);
  const clause = pronounClauseAfter(text, toks, c ?? k, sentence.end);
  if (clause !== null) return trimContent(text, toks[clause]!.start, sentence.end);
  // (a clause, not a second object: "told me the story of his life" reports nothing)
  const finite = toks.slice(c ?? 0, (c ?? 0) + 6).some((w) => FINITE.test(w.lower));
  const inSentence = c !== null && c < toks.length && toks[c]!.end <= sentence.end;
  if (c === null || !inSentence || !finite || NOT_CLAUSE_OPENERS.has(toks[c]!.lower) || !/^\s+$/.test(text.slice(toks[c - 1]!.end, toks[c]!.start))) return null;
  return trimContent(text, toks[c]!.start, sentence.end);
}

/** How far past the one told a clause's pronoun subject may stand ("told The Star-Ledger of Newark last week she …"). */
const TOLD_REACH = 10;

/** The first pronoun subject with its verb within reach after the one told, on the same stretch of the sentence. */
function pronounClauseAfter(text: string, toks: Tok[], c: number, sentenceEnd: number): number | null {
  for (let j = c; j < toks.length && j - c <= TOLD_REACH && toks[j]!.end <= sentenceEnd; j++) {
    if (j > c && /[.;:"\u201c\u201d]|--|\u2014/.test(text.slice(toks[j - 1]!.end, toks[j]!.start))) return null;
    if (CLAUSE_LINK_WORDS.has(toks[j]!.lower) || toks[j]!.lower === 'that') return null;
    if (pronounClauseAt(toks, j)) return j;
  }
  return null;
}

const TELL_VERBS = /^(?:tell|tells|told|telling)$/;
const NEAR_THAT_WORDS = 6;
const FAR_THAT_WORDS = 12;
/** Words that open an adverbial of time, place or channel after a verb of saying ("said on Friday", "told reporters in …"
 *  is not one: the listener comes first). */
const ADVERBIAL_OPENERS = new Set([
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'from',
  'via',
  'through',
  'over',
  'late',
  'early',
  'earlier',
  'later',
  'last',
  'yesterday',
  'today',
  'tonight',
]);
const AUXILIARY_VERBS = new Set([
  'is',
  'are',
  'was',
  'were',
  'would',
  'will',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'has',
  'have',
  'had',
  'does',
  'do',
  'did',
]);

/** "that" within a few words of the verb (after an object or an adverbial), unless a clause has begun
 *  ("believes we must push policies that …"); undefined when there is none. */
function thatClause({ text, toks, sentence, cue, verb }: At, k: number, others: readonly Cue[]): Reported | null | undefined {
  const inSentence = (j: number) => j < toks.length && toks[j]!.end <= sentence.end;
  // "said on Friday in a statement posted online that …": past an adverbial, "that" may stand further off; so
  // past the one told ("told a crowded banquet hall at a hotel in Baltimore that …")
  const reach = ADVERBIAL_OPENERS.has(toks[k]?.lower ?? '') || TELL_VERBS.test(verb.lower) ? FAR_THAT_WORDS : NEAR_THAT_WORDS;
  for (let j = k; inSentence(j) && j - k <= reach && !SUBJECT_PRONOUNS.has(toks[k]!.lower); j++) {
    // (an auxiliary on the way has begun a clause of its own: "said in the city where he was born that …", "said
    // the coverage would resemble that of …"; a copula right before it is no clause: "all I am asking is that …")
    if (AUXILIARY_VERBS.has(toks[j]!.lower) && !(/^(?:is|was)$/.test(toks[j]!.lower) && toks[j + 1]?.lower === 'that')) break;
    const between = text.slice(toks[k - 1]!.end, toks[j]!.start);
    // "said witnesses saw a gun and that …": a clause has begun, this "that" opens a second one
    // ("implored her to act, arguing that …": that "that" is the next cue's)
    if (/[.;"\u201c\u201d\u2014\u2013]|\s-\s|--/.test(between) || toks[j]!.lower === 'and' || toks[j]!.lower === 'or' || others.some((o) => o !== cue && o.verbTok === j)) break;
    if (toks[j]!.lower === 'that') return trimContent(text, toks[j]!.end, sentence.end);
  }
  return undefined;
}

/** Content after the verb: "X said (that) …", "X told reporters that …", "X said: …". */
function contentAfter(at: At, others: readonly Cue[]): Reported | null {
  const { text, toks, sentence, cue, verb } = at;
  let k = cue.verbTok + 1;
  const inSentence = (j: number) => j < toks.length && toks[j]!.end <= sentence.end;
  if (!inSentence(k)) return null;
  const sepAfterVerb = text.slice(verb.end, toks[k]!.start);
  // ("what Obama says and promises is …", "she said and hung up": "and" coordinates another act, no content)
  if (/^\s+$/.test(sepAfterVerb) && COORDINATORS.has(toks[k]!.lower)) return null;
  if (/^\s*:\s*$/.test(sepAfterVerb)) return trimContent(text, toks[k]!.start, sentence.end);
  // a quotation right after the verb: the clause it opens is reported ("says “the wind is at our backs” despite
  // his loss"); one that is all quote is left to the direct quote
  if (/["\u201c\u201d\u00ab]|''/.test(sepAfterVerb)) {
    return /^\s*["\u201c\u00ab]|^\s*''/.test(sepAfterVerb) && BARE_CLAUSE_VERBS.test(verb.lower) ? trimContent(text, verb.end, sentence.end) : null;
  }
  const that = thatClause(at, k, others);
  if (that !== undefined) return that;
  // ("“…,” he said aboard his plane": only a "that" clause or a colon adds to a quotation already attributed)
  if (attributesQuoteBefore(text, cue.start)) return null;
  const directive = DIRECTIVE_VERBS.test(verb.lower) && /^\s+$/.test(sepAfterVerb) ? directiveContent(at, k) : undefined;
  if (directive !== undefined) return directive;
  // "vowed to …", "denied the charges", "called for a ban", "accused X of …", "asked them if …"
  const object = objectReport(text, toks, cue.verbTok, sentence.end);
  if (object) return object;
  if (cue.weak) return null;
  if (/^(?:tell|tells|told|telling)$/.test(verb.lower) && /^\s+$/.test(sepAfterVerb)) return toldContent(at, k);
  // other verbs take a clause only where no object can stand: "announced it will", "explained how"
  if (!BARE_CLAUSE_VERBS.test(verb.lower) && !CLAUSE_SUBJECTS.has(toks[k]!.lower)) return null;
  if (!/^\s+$/.test(sepAfterVerb)) return null;
  // "said on Monday it would respond", "said in a statement Friday the talks had failed": past the when and how
  const when = WHEN_AFTER_VERB.exec(text.slice(verb.end, sentence.end));
  if (when && BARE_CLAUSE_VERBS.test(verb.lower)) {
    const from = verb.end + when[0].length;
    while (k < toks.length && toks[k]!.start < from) k++;
    const clause = inSentence(k) && (pronounClauseAt(toks, k) || clauseOpenedAt(toks, k, sentence.end) !== null ||
      (!NOT_CLAUSE_OPENERS.has(toks[k]!.lower) && toks.slice(k, k + 6).some((w) => FINITE.test(w.lower))));
    return clause ? trimContent(text, toks[k]!.start, sentence.end) : null;
  }
  // ("said if elected he would …", "said much of the talk was about …": an opener that starts a clause after all)
  const opener = NOT_CLAUSE_OPENERS.has(toks[k]!.lower);
  if (opener && (!BARE_CLAUSE_VERBS.test(verb.lower) || clauseOpenedAt(toks, k, sentence.end) === null)) return null;
  // ("maintains a wide lead": a verb that also takes an object reports a bare clause only when one has a verb)
  if (OBJECT_TOO.test(verb.lower) && !toks.slice(k, k + 8).some((w) => w.end <= sentence.end && FINITE.test(w.lower))) return null;
  return trimContent(text, toks[k]!.start, sentence.end);
}
const COORDINATORS = new Set(['and', 'or', 'but', 'nor']);
/** A quotation closes right before the cue: "“We will win,” he said", "''Yes,'' said Ms. Lee". */
/** Verbs that take a bare clause and an object alike ("maintained he was right", "maintained a lead"). */
const OBJECT_TOO = /^(?:maintain|maintains|maintained|maintaining)$/;

/** A time or a channel right after a verb of saying, before its clause: "on Monday", "late Tuesday",
 *  "in a statement", "in an interview on Friday". */
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const WHEN_AFTER_VERB = new RegExp(
  `^(?:\\s+(?:(?:on|late|early)\\s+)?${WEEKDAY}(?:\\s+(?:night|morning|afternoon|evening))?|\\s+(?:yesterday|today|tonight|earlier|later)` +
    `|\\s+in\\s+an?\\s+(?:statement|interview|speech|post|tweet|briefing|letter|email|video|address|release)` +
      `(?:\\s+(?:on\\s+)?${WEEKDAY})?)+(?=\\s)`,
  'i',
);
