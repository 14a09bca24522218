// Which way the clause that governs a date points: ahead ("will meet on Friday", "planned to leave on
// Thursday", "postponed until Tuesday", "is payable Jan. 2"), back ("met on Friday", "said Friday", "died on
// March 21"), present ("the trial resumes Wednesday", which news uses for what is scheduled), or nowhere ("the
// Nov. 8 election", "Wednesday's ruling": the date names a thing, not when the verb happened).
//
// The governing verb is read from part-of-speech tags (the shared wink-nlp instance), not from the words
// near the date: "preferred shares" and "the reduced dividend" hold no verb. It is the nearest verb group
// before the date in its clause, or, when the date opens its clause ("On Tuesday, the league plans to …"), the
// first main verb after it. Only sentences that hold a date whose year or week the text leaves open are tagged.
import { nlp } from '../../text/nlp.js';

export type Tense = 'past' | 'present' | 'future' | 'unknown';

interface Token { lower: string; lemma: string; pos: string; start: number; end: number }

/** The sentence's tokens with their offsets, tags and lemmas. */
function tagSentence(sentence: string): Token[] {
  const n = nlp();
  const tokens = n.readDoc(sentence).tokens();
  const values = tokens.out(n.its.value) as string[];
  const pos = tokens.out(n.its.pos) as string[];
  // (wink's typings give lemma the signature of an add-on helper; it is an its function like the others)
  const lemmas = tokens.out(n.its.lemma as unknown as typeof n.its.value) as string[];
  const out: Token[] = [];
  let cursor = 0;
  values.forEach((v, i) => {
    const at = sentence.indexOf(v, cursor);
    // a token wink rewrote cannot be placed: it keeps the cursor's place and a zero width
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? cursor : at + v.length;
    cursor = end;
    // a capitalised "verb" inside a sentence is a name ("Roe vs. Wade")
    const tag = pos[i] === 'VERB' && i > 0 && /^\p{Lu}/u.test(v) && !/^[`'"“:(]/.test(values[i - 1] ?? '') ? 'PROPN' : (pos[i] ?? 'X');
    out.push({ lower: v.toLowerCase(), lemma: (lemmas[i] ?? v).toLowerCase(), pos: tag, start, end });
  });
  return out;
}

const MODALS = new Set(['will', "'ll", 'wo', 'shall', 'would', 'could', 'might', 'may', 'should', 'must', 'can', 'ca', 'ought']);
/** Verbs and adjectives whose "to" clause is still to happen: "planned to leave", "is ready to sign". */
const PROSPECTIVE = new Set([
  'plan', 'schedule', 'slate', 'set', 'expect', 'intend', 'hope', 'prepare', 'aim', 'vow', 'promise', 'pledge',
  'threaten', 'want', 'seek', 'propose', 'agree', 'decide', 'ready', 'due', 'poised', 'likely', 'order', 'ask',
  'urge', 'invite', 'wish', 'subpoena', 'summon',
]);
/** Words that put their own date ahead: "expected Tuesday", "due Friday", "payable Jan. 2", "scheduled for May". */
const SCHEDULED = new Set(['expect', 'schedule', 'slate', 'due', 'payable', 'upcoming', 'forthcoming', 'reschedule']);
/** …and those that do when the date follows "until", "to" or "for": "postponed until Tuesday". */
const PUT_OFF = new Set([
  'postpone', 'delay', 'defer', 'adjourn', 'extend', 'push', 'move', 'recess', 'suspend', 'reschedule', 'set', 'plan', 'schedule', 'book',
]);
/** Verbs whose object is a plan: "planned a demonstration on Saturday". */
const PLANS_OBJECT = new Set(['plan', 'schedule', 'slate', 'invite', 'summon', 'subpoena']);
/** Reports in the present ("says") tell nothing about when what they report happened. */
const REPORTING = new Set([
  'say', 'tell', 'report', 'add', 'note', 'state', 'announce', 'confirm', 'claim', 'insist', 'argue', 'write', 'explain', 'warn',
  'stress', 'predict', 'believe', 'think', 'know', 'recall',
]);
/** Past forms spelled like the present: "set Friday as the deadline" may be either. */
const SAME_IN_PAST = new Set([
  'set', 'put', 'cut', 'hit', 'let', 'quit', 'shut', 'spread', 'cost', 'read', 'beat', 'bid', 'cast', 'broadcast', 'burst', 'hurt',
  'split', 'upset', 'thrust', 'shed',
]);
const QUOTE_OR_DASH = /^(?:``|''|'|`|["“”«»]|--|_|—|–|;|:|\(|\))$/;
const RELATIVE = new Set(['who', 'which', 'whom', 'whose', 'that', 'where']);
/** Right before a date: words that point ahead whatever the verb ("could come as early as Tuesday"). */
const AHEAD_BEFORE = /\b(?:as (?:early|soon|late) as|no (?:later|earlier) than|starting|beginning|effective|in time for)\s*$/i;

/** A verb that is only ever a past verb, right before the date: "said Friday", "met on Tuesday". */
const PLAIN_PAST_BEFORE = /(?<!\b(?:be|been|being|is|are|am|get|gets|got|['’]s|['’]re)\s+)\b(?:said|told|met|died|was|were|began|came|went|took|gave|fell|rose|spoke|wrote|announced|reported|confirmed|disclosed|declared|resigned|arrived)\s+(?:on\s+)?$/i;
/** "since Monday", "as of Monday": a point already passed, whatever the verb ("has been closed since Monday"). */
const BACK_BEFORE = /\b(?:since|as of)\s+$/i;
/** "will meet on Friday", "would resume talks Tuesday": a modal, a verb and at most one more word. */
const PLAIN_FUTURE_BEFORE = /\b(?:will|shall|would)\s+(?:not\s+)?(?:be\s+)?[a-z]+(?:\s+(?:again|talks|there|here|him|her|them|it))?\s+(?:on\s+)?$/i;

const isVerb = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';
const isTo = (t: Token | undefined): boolean => !!t && t.pos === 'PART' && t.lower === 'to';

/** Where one clause ends and another begins: quotes, dashes, semicolons, a subordinator or relative pronoun,
 *  and "and"/"but" after a comma. */
function clauseStart(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === 'PUNCT' && QUOTE_OR_DASH.test(t.lower)) return true;
  if (t.lower === '_' || t.lower === '--') return true;
  if (t.pos === 'SCONJ') return true;
  if (RELATIVE.has(t.lower) && (t.pos === 'PRON' || t.pos === 'DET')) return true;
  return t.pos === 'CCONJ' && (tokens[i - 1]?.lower === ',' || t.lower === 'but');
}

interface Group { from: number; to: number }

/** Verb groups: "will be", "is scheduled to spend", "planned to leave", "would be ready to leave", "had not met". */
function verbGroups(tokens: Token[], blocked: (t: Token) => boolean): Group[] {
  const groups: Group[] = [];
  const joins = (k: number): boolean => {
    const t = tokens[k];
    if (!t || blocked(t)) return false;
    if (isVerb(t)) return true;
    const next = tokens[k + 1];
    if (t.pos === 'PART' && (t.lower === 'not' || t.lower === "n't")) return true;
    if (isTo(t)) return !!next && (isVerb(next) || next.pos === 'ADV');
    if (t.pos === 'ADV') return !!next && (isVerb(next) || isTo(next) || next.pos === 'ADV' || next.lower === 'not');
    if (t.pos === 'ADJ') return isTo(next);
    return false;
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const opens = !blocked(t) && (isVerb(t) || (isTo(t) && !!tokens[i + 1] && isVerb(tokens[i + 1]!)));
    if (!opens) { i++; continue; }
    let j = i;
    while (joins(j + 1)) j++;
    // a group ends on a verb, never on a dangling adverb or "to"
    while (j > i && !isVerb(tokens[j]!)) j--;
    groups.push({ from: i, to: j });
    i = j + 1;
  }
  return groups;
}

type Reading = Tense | 'inherit';

/** The tense a verb's own form gives: "met" past, "meets" and "meet" present, "meeting" none of its own. */
function formTense(t: Token): Reading {
  if (t.pos === 'AUX') {
    if (t.lemma === 'have') return t.lower === 'having' ? 'inherit' : 'past';
    if (t.lemma === 'be') {
      if (t.lower === 'was' || t.lower === 'were') return 'past';
      return t.lower === 'being' || t.lower === 'been' ? 'inherit' : 'present';
    }
    if (t.lemma === 'do') return t.lower === 'did' ? 'past' : 'unknown';
    return 'unknown';
  }
  if (t.lower.endsWith('ing')) return 'inherit'; // "killing dozens": a participle follows its clause
  if (t.lower === t.lemma) return SAME_IN_PAST.has(t.lower) ? 'unknown' : 'present';
  if (/s$/.test(t.lower) && !/(?:ss|us|ed)$/.test(t.lower)) return REPORTING.has(t.lemma) ? 'unknown' : 'present';
  return 'past';
}

/** "subpoenaed Elian to testify", "the league's plans to hold": the word an infinitive completes, a few words
 *  back without crossing punctuation. */
function completes(tokens: Token[], from: number): Token | null {
  for (let k = from - 1; k >= 0 && k >= from - 6; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && t.lower !== '-') return null;
    if (PROSPECTIVE.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ')) return t;
    if (isVerb(t)) return null;
  }
  return null;
}

/** The tense of one verb group, given the words between it and the date. A date that opens its clause
 *  (`opening`) dates the group's own verb: "On Friday, the government planned to pay" planned on Friday. */
function readGroup(tokens: Token[], g: Group, between: string, opening: boolean): Reading {
  const ts = tokens.slice(g.from, g.to + 1);
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k]!;
    if (t.pos === 'AUX' && MODALS.has(t.lower)) {
      // "could have emerged", "would have been": a modal perfect looks back; "could not be located
      // Wednesday": "could" is as often the past of "can" as a possibility
      const rest = ts.slice(k + 1).filter((x) => x.pos !== 'ADV' && x.lower !== 'not' && x.lower !== "n't");
      if (rest[0]?.lemma === 'have' && rest[0].lower !== 'having') return 'past';
      return t.lower === 'could' ? 'unknown' : 'future';
    }
    if (opening) continue;
    if (t.lower === 'going' && isTo(ts[k + 1])) return 'future';
    if (t.lemma === 'be' && isTo(ts[k + 1])) return 'future';
    if (PROSPECTIVE.has(t.lemma) && isTo(ts[k + 1])) return 'future';
  }
  const last = ts[ts.length - 1]!;
  const gap = between.trim().toLowerCase();
  if (!opening) {
    if (SCHEDULED.has(last.lemma) && (gap === '' || /^(?:for|on|in|until|till|by)$/.test(gap))) return 'future';
    if (PUT_OFF.has(last.lemma) && /^(?:until|till|to|for|through)$/.test(gap)) return 'future';
    // "planned a demonstration on Saturday", "invited the ministers to a ceremony on March 12"
    if (PLANS_OBJECT.has(last.lemma) && gap !== '' && !/^(?:on|in|at|for|by|to|from|with|through|during|after|before)\b/.test(gap)) return 'future';
  }
  if (isTo(tokens[g.from])) {
    // "to meet": the word it completes decides
    const head = completes(tokens, g.from);
    if (!head) return 'inherit';
    return opening && !isVerb(head) ? formTense({ ...head, pos: 'VERB' }) : opening ? formTense(head) : 'future';
  }
  const head = ts.find((t) => isVerb(t));
  return head ? formTense(head) : 'unknown';
}

export interface TenseReader { at(start: number, end: number): Tense }

/** Reads the tense governing any date of `sentence`; `dateSpans` are every date of the sentence (a date's own
 *  words are never its verb: "May" is not a modal there). Tags the sentence on first use. */
export function tenseReader(sentence: string, dateSpans: { start: number; end: number }[]): TenseReader {
  let tokens: Token[] | null = null;
  let groups: Group[] = [];
  const inDate = (t: Token): boolean => dateSpans.some((d) => t.start < d.end && t.end > d.start);
  const load = (): Token[] => {
    if (!tokens) {
      tokens = tagSentence(sentence);
      groups = verbGroups(tokens, inDate);
    }
    return tokens;
  };
  return {
    at(start: number, end: number): Tense {
      const before = sentence.slice(Math.max(0, start - 40), start);
      if (AHEAD_BEFORE.test(before)) return 'future';
      // the commonest cases read the same without tags, and most date sentences are one of them
      if (PLAIN_PAST_BEFORE.test(before) || BACK_BEFORE.test(before)) return 'past';
      if (PLAIN_FUTURE_BEFORE.test(before)) return 'future';
      const ts = load();
      const first = ts.findIndex((t) => t.end > start);
      const afterDate = ts.findIndex((t) => t.start >= end);
      if (first < 0) return 'unknown';
      if (attributive(ts, first, afterDate)) return ahead(ts, first) ? 'future' : 'unknown';
      // "due Jan. 2", "payable Jan. 2", "expected Tuesday", "scheduled for May": the word before the date says
      const lead = ts.slice(Math.max(0, first - 2), first).filter((t) => t.pos !== 'ADP');
      if (lead.length && SCHEDULED.has(lead[lead.length - 1]!.lemma)) return 'future';
      // back to the clause start: the nearest group on the way governs the date
      let k = first - 1;
      for (; k >= 0; k--) {
        // "since October", "until Tuesday": a subordinator right before the date is its preposition
        if (clauseStart(ts, k) && !(k === first - 1 && ts[k]!.pos === 'SCONJ')) break;
        const g = groups.find((x) => x.to === k);
        if (g) return resolveFrom(ts, groups, groups.indexOf(g), (x) => sentence.slice(ts[x.to]!.end, start), -1);
      }
      // the date opens its clause: the clause's main verb follows, past any aside set off by commas
      // ("On April 8, investigators, wondering how …, searched")
      const startAt = afterDate < 0 ? ts.length : afterDate;
      for (let j = startAt; j < ts.length; j++) {
        const t = ts[j]!;
        if (t.pos === 'PUNCT' && QUOTE_OR_DASH.test(t.lower)) break;
        if (t.lower === ',' && aside(ts, j + 1)) {
          const close = ts.findIndex((x, m) => m > j && x.lower === ',');
          if (close > 0) {
            j = close - 1;
            continue;
          }
        }
        const g = groups.find((x) => x.from === j);
        if (g) return resolveFrom(ts, groups, groups.indexOf(g), () => '', 1);
      }
      return 'unknown';
    },
  };
}

/** A comma aside that holds no main verb: a participle ("wondering how …") or a relative clause ("who …"). */
function aside(ts: Token[], j: number): boolean {
  const t = ts[j];
  if (!t) return false;
  return (t.pos === 'VERB' && t.lower.endsWith('ing')) || RELATIVE.has(t.lower) || t.pos === 'SCONJ';
}

/** "the Jan. 14 deadline", "Wednesday's ruling": the date modifies a noun. */
function attributive(ts: Token[], first: number, afterDate: number): boolean {
  const next = afterDate < 0 ? undefined : ts[afterDate];
  if (next && (next.lower === "'s" || next.lower === '’s')) return true;
  const before = ts[first - 1];
  if (!before || !(before.pos === 'DET' || (before.pos === 'PRON' && /^(?:its|his|her|their|our|my|your)$/.test(before.lower)) || before.lower === "'s")) return false;
  return !!next && (next.pos === 'NOUN' || next.pos === 'ADJ' || (next.pos === 'PROPN' && !/^\p{Lu}/u.test(next.lower)));
}

const ATTRIBUTIVE_AHEAD = new Set(['upcoming', 'forthcoming', 'coming', 'planned', 'scheduled', 'proposed']);
/** "the upcoming Nov. 3 election", "the planned Monday vote". */
function ahead(ts: Token[], first: number): boolean {
  const w = ts.slice(Math.max(0, first - 3), first).map((t) => t.lemma);
  return w.some((x) => ATTRIBUTIVE_AHEAD.has(x));
}

/** A group's reading; a participle or a bare infinitive takes the reading of the group it depends on (the one
 *  before it; for a date that opens its clause, the next one). */
function resolveFrom(ts: Token[], groups: Group[], gi: number, between: (g: Group) => string, step: -1 | 1): Tense {
  for (let k = gi, hops = 0; k >= 0 && k < groups.length && hops < 3; k += step, hops++) {
    const r = readGroup(ts, groups[k]!, between(groups[k]!), step === 1);
    if (r !== 'inherit') return r;
  }
  return 'unknown';
}
