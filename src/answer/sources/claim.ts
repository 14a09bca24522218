// A claim taken apart for checking: its content words with weights, the names it gives (runs of
// capitalised words), its numbers and dates, whether it is negated, and the people it names by any alias.
import type { AliasGroup, AliasIndex } from '../../textIndex/aliasIndex.js';
import type { TermIndex } from '../../textIndex/termIndex.js';
import { negatedSpan, tokenize, type Token } from './passage.js';
import { known, related } from '../../text/wordnet.js';
import { verbForms } from './telling.js';
import { sameSenseTerms } from '../../text/sameSense.js';
import { nlp } from '../../text/nlp.js';
import { rolesAt, symmetric, type Roles } from './roles.js';
import { STOPWORDS, stem, words } from '../../text/tokens.js';
import { canon } from '../../textIndex/termFamily.js';
import { OUTCOME_VERBS as OUTCOME } from '../../extract/lexicon/lists.js';

export interface ClaimPart {
  token: Token;
  /** How much this part counts towards coverage. */
  weight: number;
  /** Governed by a negation cue ("did not *meet*", "denied *meeting*"). */
  denied: boolean;
  /** Words of the same sense (WordNet), each as the keys a passage must hold: [["hand"]] for "returned"
   *  ("hand over"), [["entry"]] for "entered". Only for plain words, and only those the articles use. */
  alike: string[][];
}

export interface Claim {
  text: string;
  /** All its tokens, function words too. */
  tokens: Token[];
  /** Content tokens (no stopwords), in order. */
  parts: ClaimPart[];
  /** Runs of consecutive name parts (indices into `parts`): "Sergei Lavrov", "Heydar Aliyev". */
  names: number[][];
  /** People named, by alias: indices into `parts` come as `positions`. */
  people: AliasGroup[];
  negated: boolean;
  /** Written as a headline, every content word capitalised: its capitals say nothing about names. */
  titleCase: boolean;
  /** Whether a term is a known person's surname (names of people conflict only with names of people). */
  isSurname: (term: string) => boolean;
  /** The claim's verbs that say who did what to whom, with their two sides. */
  acts: { verb: Token; roles: Roles }[];
  /** Its verbs that say whether the event happened ("survived", "averted"), as indices into `parts`. */
  outcomes: number[];
}

/** Verbs of saying: a claim that "X said Y" is carried by "X stressed Y", so they weigh little. */
// (stems: "noted" is "not", "stated" is "stat")
const SPEECH = new Set(['say', 'tell', 'stat', 'state', 'stress', 'not', 'note', 'add', 'claim', 'announc', 'announce',
  'report', 'insist', 'accord', 'declar', 'declare', 'remark', 'ask', 'express', 'explain']);
const SPEECH_WEIGHT = 0.3;
const NUMBER_WEIGHT = 4;
const DATE_WEIGHT = 2;

/** WordNet's words of the same sense as a claim word, as passage keys, keeping only those the indexed
 *  sentences hold (a synonym no article uses can match nothing). */
function alikeOf(token: Token, sentences: TermIndex): string[][] {
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const phrase of related(token.word, /^[a-z]+$/.test(token.key) ? token.key : undefined)) {
    const ws = words(phrase).filter((w) => !STOPWORDS.has(w));
    if (ws.length === 0 || ws.length > 2) continue;
    const terms = ws.map(stem);
    if (terms.some((t) => sentences.df(t) === 0)) continue;
    const keys = terms.map(canon);
    if (keys.includes(token.key)) continue;
    const id = keys.join(' ');
    if (!seen.has(id)) { seen.add(id); out.push(keys); }
  }
  // words of the sense news writing gives them, which WordNet's commonest senses miss ("belts" ~ "titles")
  for (const term of sameSenseTerms(token.term)) {
    const key = canon(term);
    if (sentences.df(term) > 0 && key !== token.key && !seen.has(key)) { seen.add(key); out.push([key]); }
  }
  return out;
}

/** A verb in the past ("stopped", "met", "beat"): news reports events so. A form in -s or -ing is as often a
 *  noun or a modifier ("passes", "running back"); a bare form the tagger reads as a verb is a past alike
 *  ("beat", "hit", "put") or a plural subject's present, whose sides count the same. */
const pastTense = (t: Token) => /ed$/.test(t.word) || canon(t.term) !== t.term || !/(s|ing)$/.test(t.word);

/** Part-of-speech tags (wink-nlp) for each token, by where it starts in the text. */
function tagsOf(text: string, tokens: Token[]): string[] {
  const n = nlp();
  const doc = n.readDoc(text);
  const values = doc.tokens().out(n.its.value) as string[];
  const pos = doc.tokens().out(n.its.pos) as string[];
  const spans: [number, number, string][] = [];
  let at = 0;
  values.forEach((v, k) => {
    const i = text.indexOf(v, at);
    if (i < 0) return;
    spans.push([i, i + v.length, pos[k]!]);
    at = i + v.length;
  });
  let k = 0;
  return tokens.map((t) => {
    while (k < spans.length && spans[k]![1] <= t.start) k++;
    const s = spans[k];
    return s && s[0] <= t.start ? s[2] : 'X';
  });
}

export function analyseClaim(text: string, sentences: TermIndex, aliases: AliasIndex): Claim {
  const tokens = tokenize(text);
  const tags = tagsOf(text, tokens);
  // a capitalised word that opens the claim is a name only when the tagger reads it as one ("New riots
  // hit Greece", "Someone torched the church"), or, standing alone, when it is no common word or is a
  // known person's surname ("Prosecutors charged …" is no name, "Bush vetoed …" is)
  tokens.forEach((t, k) => {
    const opens = k === 0 || /[.!?:]\s*$/.test(text.slice(tokens[k - 1]!.end, t.start));
    if (!opens || t.kind !== 'name') return;
    const alone = tokens[k + 1]?.kind !== 'name' && !/'s$|’s$/.test(t.raw);
    if (tags[k] === 'PROPN' && !(alone && known(t.word) && !aliases.isSurname(t.term))) return;
    t.kind = ['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ'].includes(tags[k]!) ? 'stop' : 'word';
  });
  const acts = tokens.flatMap((t, k) => (tags[k] === 'VERB' && t.kind === 'word' && pastTense(t) && !symmetric(t)
    ? [{ verb: t, roles: rolesAt(tokens, k, text, false) }] : []))
    // an agentless passive ("Cheeks was fired") still names the one done to
    .filter((a) => a.roles.patient.length > 0 && (a.roles.agent.length > 0 || a.roles.passive));
  const onceIdf = Math.log(1 + (sentences.size - 0.5) / 1.5);
  const parts: ClaimPart[] = [];
  const names: number[][] = [];
  let run: number[] = [];
  const denied = negatedSpan(tokens);
  for (const [k, token] of tokens.entries()) {
    if (token.kind === 'stop') {
      if (run.length) names.push(run);
      run = [];
      continue;
    }
    let weight: number;
    if (token.kind === 'number' || token.kind === 'year') weight = NUMBER_WEIGHT;
    else if (token.kind === 'month' || token.kind === 'weekday') weight = DATE_WEIGHT;
    else {
      // an unseen word weighs like one seen once: a typo or rare word should not outweigh the rest
      weight = Math.min(sentences.idf(token.term), onceIdf);
      if (SPEECH.has(token.key)) weight *= SPEECH_WEIGHT;
    }
    const alike = token.kind === 'word' ? alikeOf(token, sentences) : [];
    parts.push({ token, weight: Math.max(weight, 0.05), denied: denied[k]!, alike });
    if (token.kind === 'name') run.push(parts.length - 1);
    else {
      if (run.length) names.push(run);
      run = [];
    }
  }
  if (run.length) names.push(run);
  return {
    text,
    tokens,
    parts,
    names,
    people: aliases.groupsIn(parts.map((p) => p.token.term)),
    negated: parts.some((p) => p.denied),
    titleCase: parts.filter((p) => p.token.kind === 'word').length <= parts.filter((p) => p.token.kind === 'name').length / 3,
    isSurname: (term) => aliases.isSurname(term),
    acts,
    outcomes: outcomesOf(tokens, tags, parts),
  };
}

/** The parts (indices) that are verbs deciding whether the claim's event happened, written as verbs
 *  ("escaped", not the noun "his escape"). */
function outcomesOf(tokens: Token[], tags: string[], parts: ClaimPart[]): number[] {
  const inflected = (w: string) => verbForms(w).some((f) => f !== w && OUTCOME.has(f));
  return tokens.flatMap((t, k) => (tags[k] === 'VERB' && t.kind === 'word' && inflected(t.word)
    ? [parts.findIndex((p) => p.token === t)] : [])).filter((i) => i >= 0);
}
