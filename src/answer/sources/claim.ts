// A claim taken apart for checking: its content words with weights, the names it gives (runs of
// capitalised words), its numbers and dates, whether it is negated, and the people it names by any alias.
import type { AliasGroup, AliasIndex } from '../../search/aliasIndex.js';
import type { TermIndex } from '../../search/termIndex.js';
import { negatedSpan, tokenize, type Token } from './passage.js';

export interface ClaimPart {
  token: Token;
  /** How much this part counts towards coverage. */
  weight: number;
  /** Governed by a negation cue ("did not *meet*", "denied *meeting*"). */
  denied: boolean;
}

export interface Claim {
  text: string;
  /** Content tokens (no stopwords), in order. */
  parts: ClaimPart[];
  /** Runs of consecutive name parts (indices into `parts`): "Sergei Lavrov", "Heydar Aliyev". */
  names: number[][];
  /** People named, by alias: indices into `parts` come as `positions`. */
  people: AliasGroup[];
  negated: boolean;
  /** Whether a term is a known person's surname (names of people conflict only with names of people). */
  isSurname: (term: string) => boolean;
}

/** Verbs of saying: a claim that "X said Y" is carried by "X stressed Y", so they weigh little. */
// (stems: "noted" is "not", "stated" is "stat")
const SPEECH = new Set(['say', 'tell', 'stat', 'state', 'stress', 'not', 'note', 'add', 'claim', 'announc', 'announce',
  'report', 'insist', 'accord', 'declar', 'declare', 'remark', 'ask', 'express', 'explain']);
const SPEECH_WEIGHT = 0.3;
const NUMBER_WEIGHT = 4;
const DATE_WEIGHT = 2;

export function analyseClaim(text: string, sentences: TermIndex, aliases: AliasIndex): Claim {
  const tokens = tokenize(text);
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
    parts.push({ token, weight: Math.max(weight, 0.05), denied: denied[k]! });
    if (token.kind === 'name') run.push(parts.length - 1);
    else {
      if (run.length) names.push(run);
      run = [];
    }
  }
  if (run.length) names.push(run);
  return {
    text,
    parts,
    names,
    people: aliases.groupsIn(parts.map((p) => p.token.term)),
    negated: parts.some((p) => p.denied),
    isSurname: (term) => aliases.isSurname(term),
  };
}
