// Who did what to whom: around a verb, the doer (the words just before it, or after "by" in the passive)
// and the one done to (the words after it, or before it in the passive). A passage that puts the claim's
// doer on the receiving end ("Klitschko stopped Thompson" for "Thompson stopped Klitschko") reports
// another event.
import { BETTERED_VERBS as BETTERED } from '../../extract/lexicon/lists.js';
import { PREPOSITIONS, type Token } from './passage.js';

/** Verbs whose two sides can trade places without changing what happened. */
const SYMMETRIC = new Set(['meet', 'talk', 'marry', 'fight', 'play', 'face', 'battle', 'tie', 'draw', 'clash', 'negotiate',
  'agre', 'agree', 'join', 'discuss', 'speak', 'compet', 'compete', 'debat', 'debate', 'date', 'sign', 'say', 'tell']);
const BE = new Set(['was', 'were', 'been', 'is', 'are', 'being', 'be', 'got', 'get', 'gets']);
/** Words at most this far after the verb still belong to its clause. */
const CLAUSE_REACH = 8;

export interface Roles { agent: Token[]; patient: Token[]; passive: boolean }

export const symmetric = (verb: Token) => SYMMETRIC.has(verb.key);

/** Nouns of winning that say whom only with the word after them: "the Colts' win over the Chiefs", "a
 *  seventh-round stoppage of Rahman" (the one beaten follows). */
const NOUN_OF = new Map([['win', 'over'], ['victory', 'over'], ['triumph', 'over'], ['stoppage', 'of'], ['knockout', 'of'],
  ['defeat', 'of'], ['rout', 'of'], ['thrash', 'of']]);

/** Whether `t` (at `i`) tells the same contest (BETTERED: the winner first; WordNet files most of these under
 *  other senses, "stop" a car, "top" a list, so they are listed) as the claim's `verb`, a winner on its left. */
export function betteredAlike(verb: Token, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!BETTERED.has(verb.key) || t.kind !== 'word') return false;
  const link = NOUN_OF.get(t.key);
  if (link && tokens[i + 1]?.word === link) return true;
  return BETTERED.has(t.key) && (/(ed|ing)$/.test(t.word) || t.key !== t.term || t.word === t.key);
}

const apart = (text: string, a: Token, b: Token) => /[,;:.!?()\u2014"“”]/.test(text.slice(a.end, b.start));
const holder = (t: Token) => t.kind === 'name' || t.kind === 'word';

/** The run of content words ending just before `i` (at most GROUP of them), skipping function words and a
 *  time ("Bush on Tuesday overturned"), but no other phrase ("on injured reserve"). */
function groupBefore(tokens: Token[], i: number, text: string): Token[] {
  let j = i - 1;
  // "Klitschko, 36, stopped": an age set off by commas stands between the doer and the verb
  const comma = (a: Token, b: Token) => /^\s*,\s*$/.test(text.slice(a.end, b.start));
  if (i >= 2 && tokens[i - 1]!.kind === 'number' && comma(tokens[i - 1]!, tokens[i]!) && comma(tokens[i - 2]!, tokens[i - 1]!)) {
    j = i - 2;
    const out: Token[] = [];
    while (j >= 0 && out.length < GROUP && holder(tokens[j]!) && (out.length === 0 || !apart(text, tokens[j]!, tokens[j + 1]!))) {
      out.unshift(tokens[j--]!);
    }
    return out;
  }
  let time = false;
  for (; j >= 0 && !holder(tokens[j]!) && !apart(text, tokens[j]!, tokens[j + 1]!); j--) {
    const t = tokens[j]!;
    if (t.kind !== 'stop') time = true;
    // "on injured reserve", "to break": the verb opens a phrase of its own, with no doer before it
    else if (ROLE_PREPOSITIONS.has(t.word) && !time) return [];
  }
  const out: Token[] = [];
  while (j >= 0 && out.length < GROUP && holder(tokens[j]!) && !apart(text, tokens[j]!, tokens[j + 1]!)) out.unshift(tokens[j--]!);
  return out;
}

/** The run of content words from the first after `i` (at most GROUP of them). */
function groupAfter(tokens: Token[], i: number, text: string): Token[] {
  let j = i + 1;
  while (j < tokens.length && !holder(tokens[j]!) && !apart(text, tokens[j - 1]!, tokens[j]!)) j++;
  const out: Token[] = [];
  while (j < tokens.length && out.length < GROUP && holder(tokens[j]!) && !apart(text, tokens[j - 1]!, tokens[j]!)) out.push(tokens[j++]!);
  return out;
}

/** A side of a verb is a few words ("the New Orleans Saints"), not a whole clause. */
const GROUP = 3;
/** The passage's prepositions, and two that end a doer or receiver phrase here too. */
const ROLE_PREPOSITIONS = new Set([...PREPOSITIONS, 'under', 'against']);

/** Every content word after `i` in its clause, a few words on. */
function clauseAfter(tokens: Token[], i: number, text: string): Token[] {
  const out: Token[] = [];
  for (let j = i + 1; j < tokens.length && j <= i + CLAUSE_REACH && !apart(text, tokens[j - 1]!, tokens[j]!); j++) {
    if (holder(tokens[j]!)) out.push(tokens[j]!);
  }
  return out;
}

/** Words that may stand between a participle and its "by" ("shot 11 times by police"). */
const BEFORE_BY = new Set(['times', 'and', 'twice', 'once']);

/** Whether "by" follows the verb at `i`, directly or after a count or a second participle: "a teenager shot
 *  and killed by police", "Teen Shot 11 Times By Police" (no "was", yet a passive). */
function byFollows(tokens: Token[], i: number, text: string): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 3 && !apart(text, tokens[j - 1]!, tokens[j]!); j++) {
    const t = tokens[j]!;
    if (t.word === 'by') return true;
    const between = t.kind === 'number' || BEFORE_BY.has(t.word) || (tokens[j - 1]!.word === 'and' && /ed$/.test(t.word));
    if (!between) return false;
  }
  return false;
}

/** The two sides of the verb at `i`. `wide`: the receiving side is the whole clause after the verb (for a
 *  passage, where "pulled a gun on two guards" has the guards on the receiving end). */
export function rolesAt(tokens: Token[], i: number, text: string, wide: boolean): Roles {
  const prev = tokens[i - 1];
  // "was overturning" is a doer at work, not a passive
  const passive = (prev !== undefined && BE.has(prev.word) && !tokens[i]!.word.endsWith('ing')) || byFollows(tokens, i, text);
  if (passive) {
    const by = tokens.findIndex((t, j) => j > i && j <= i + CLAUSE_REACH && t.word === 'by');
    const from = prev && BE.has(prev.word) ? i - 1 : i;
    return { agent: by >= 0 ? groupAfter(tokens, by, text) : [], patient: groupBefore(tokens, from, text), passive };
  }
  const agent = groupBefore(tokens, i, text);
  const patient = wide ? clauseAfter(tokens, i, text) : groupAfter(tokens, i, text);
  return { agent: agent.length ? agent : gerundDoer(tokens, i, text), patient, passive };
}

/** Words that tie a gerund to the clause before it ("kept his titles *by* stopping Thompson"). */
const GERUND_LINKS = new Set(['by', 'after', 'before', 'while', 'when', 'since']);

/** The doer of a gerund that has none of its own ("Klitschko kept his titles by stopping Thompson",
 *  "…, stopping Thompson"): the subject of its sentence, the first words of it. */
function gerundDoer(tokens: Token[], i: number, text: string): Token[] {
  const verb = tokens[i]!;
  const prev = tokens[i - 1];
  if (!verb.word.endsWith('ing') || !prev || !(GERUND_LINKS.has(prev.word) || /,\s*$/.test(text.slice(prev.end, verb.start)))) return [];
  let s = i;
  while (s > 0 && !/[.!?;]/.test(text.slice(tokens[s - 1]!.end, tokens[s]!.start))) s--;
  while (s < i && !holder(tokens[s]!)) s++;
  const out: Token[] = [];
  for (let j = s; j < i && out.length < GROUP && holder(tokens[j]!); j++) {
    if (j > s && apart(text, tokens[j - 1]!, tokens[j]!)) break;
    out.push(tokens[j]!);
  }
  return out;
}
