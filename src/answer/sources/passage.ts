// A claim or a sentence as a list of tokens that keep what matching needs: the stemmed term, whether the
// word was capitalised (a name), numbers in one form ("1,600", "1600", "two" and "2" alike), months and
// weekdays, negation cues, and where each word stands in the text.
import { STOPWORDS, stem } from '../../text/tokens.js';
import { words } from '../../text/tokens.js';
import { canon } from '../../textIndex/termFamily.js';
import { NEGATION_WORDS } from './negationWords.js';

export type TokenKind = 'word' | 'name' | 'number' | 'year' | 'month' | 'weekday' | 'stop';

export interface Token {
  /** The word as written. */
  raw: string;
  /** Folded word before stemming. */
  word: string;
  /** Stemmed term (as the indexes hold it). */
  term: string;
  /** Comparable form: irregular verbs lemmatised, small number words as digits. */
  key: string;
  kind: TokenKind;
  negation: boolean;
  /** Offsets of the written word in the text. */
  start: number;
  end: number;
}

const MONTHS = 'january february march april may june july august september october november december'.split(' ');
/** "Dec 15", "Sept. 3": a month's short form is that month. */
const MONTH_SHORT = new Map(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']
  .map((m) => [m, MONTHS.find((full) => full.startsWith(m.slice(0, 3)))!]));
const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday'.split(' ');
const FAILED = new Set(['fail', 'fails', 'failed', 'failing']);
/** Function words that open sentences but never name anyone. */
const NOT_NAMES = new Set(['mr', 'mrs', 'ms', 'dr', 'says', 'according', 'under', 'while', 'during', 'since', 'despite']);

/** What a token is apart from where it stands: the same for every occurrence of a written word. */
export type WordShape = Omit<Token, 'start' | 'end'>;

/** The tokens one written word ("Russia's", "1,600", "well-known") makes. */
function shapesOf(raw: string): WordShape[] {
  const out: WordShape[] = [];
  for (const word of words(raw)) {
    const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(word);
    const w = ordinal ? ordinal[1]! : word;
    const negation = NEGATION_WORDS.has(w);
    let kind: TokenKind;
    if (/^\d+(\.\d+)?$/.test(w)) kind = /^(1[89]|20)\d\d$/.test(w) && !raw.includes(',') ? 'year' : 'number';
    // "1870s", "5km", "3bn": a number with a unit or suffix must match exactly as well
    else if (/\d/.test(w)) kind = 'number';
    else if ((MONTHS.includes(w) && (w !== 'may' || /^M/.test(raw))) || (MONTH_SHORT.has(w) && /^\p{Lu}/u.test(raw) && w !== 'mar')) kind = 'month';
    else if (WEEKDAYS.includes(w)) kind = 'weekday';
    else if (STOPWORDS.has(w) || negation) kind = 'stop';
    else if (/^\p{Lu}/u.test(raw) && !NOT_NAMES.has(w)) kind = 'name';
    else kind = 'word';
    const term = kind === 'number' || kind === 'year' ? w : kind === 'month' ? MONTH_SHORT.get(w) ?? w : stem(w);
    // "one" is too often a pronoun ("one of them") to stand for the number
    const key = w === 'one' ? w : canon(term);
    // "Three parties", "Seven" opening a sentence: a number written in words, capitalised or not
    if ((kind === 'word' || kind === 'name') && /^\d+$/.test(key)) kind = 'number';
    out.push({ raw, word: w, term, key, kind, negation });
  }
  return out;
}

/**
 * Splits text into tokens; "Russia's" is one token, "1,600" one number. Offsets are into the text, plus
 * `offset`. A `memo` shared across calls (one query's candidate passages) works out each written word
 * once: the passages of one story repeat most of their words, and stemming them is the costly part.
 */
export function tokenize(text: string, memo: Map<string, WordShape[]> = new Map(), offset = 0): Token[] {
  const out: Token[] = [];
  // (one expression for every call, run with exec: matchAll's copy of it and its iterator cost more than the match)
  const re = TOKEN;
  re.lastIndex = 0;
  let prev: Token | undefined;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const written = m[0];
    const raw = written.includes(', ') ? written.replace(/, /g, ',') : written;
    let shapes = memo.get(raw);
    if (!shapes) memo.set(raw, (shapes = shapesOf(raw)));
    const start = m.index + offset;
    const end = start + written.length;
    for (const x of shapes) {
      // "failed to agree", "fails to meet": a denial like "did not"
      if (x.word === 'to' && prev && FAILED.has(prev.word)) prev.negation = true;
      // "No. 5 seed" is a number, not a denial
      if (x.kind === 'number' && prev?.word === 'no' && /^\.\s*$/.test(text.slice(prev.end - offset, start - offset))) prev.negation = false;
      prev = { raw: x.raw, word: x.word, term: x.term, key: x.key, kind: x.kind, negation: x.negation, start, end };
      out.push(prev);
    }
  }
  return out;
}

/** A token's written form: "1, 300" (thousands spaced apart, as some wire text prints them) is one number. */
const TOKEN = /\d(?:, \d{3}(?!\d))+|[\p{L}\p{N}]+(?:[.,'’\u2019-][\p{L}\p{N}]+)*/gu;

/** How many words after a negation cue it still governs ("not a single body"). */
export const NEGATION_REACH = 4;

/** A negation cue, but not "not only". */
export function isCue(tokens: Token[], i: number): boolean {
  return tokens[i]!.negation && !(tokens[i]!.word === 'not' && tokens[i + 1]?.word === 'only');
}

/** Which tokens a negation cue governs (the few words after it). */
export function negatedSpan(tokens: Token[]): boolean[] {
  const out = tokens.map(() => false);
  for (let i = 0; i < tokens.length; i++) {
    if (!isCue(tokens, i)) continue;
    // "changed nothing", "found none": the word before is denied
    if (AFTER_CUES.has(tokens[i]!.word)) {
      for (let j = i - 1; j >= 0 && j >= i - 2; j--) if (tokens[j]!.kind !== 'stop') { out[j] = true; break; }
    }
    // "no chance of parole", "without parole for killing": a determiner's reach ends at its noun phrase
    const phrase = NOUN_CUES.has(tokens[i]!.word);
    // "changed nothing about its past": nothing after the cue is denied
    if (AFTER_CUES.has(tokens[i]!.word) && PREPOSITIONS.has(tokens[i + 1]?.word ?? '')) continue;
    let content = false;
    for (let j = i + 1; j <= i + NEGATION_REACH && j < tokens.length; j++) {
      if (phrase && content && (PREPOSITIONS.has(tokens[j]!.word) || PHRASE_LINKS.has(tokens[j]!.word))) break;
      out[j] = true;
      content ||= tokens[j]!.kind !== 'stop';
    }
  }
  return out;
}

const AFTER_CUES = new Set(['nothing', 'none', 'nobody']);
/** Words that join another noun phrase to a denied one ("without parole *plus* 485 years"). */
const PHRASE_LINKS = new Set(['and', 'plus', 'but', 'or']);
const NOUN_CUES = new Set(['no', 'without', 'none', 'nothing', 'nobody', 'neither', 'nor']);
export const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'to', 'after', 'before',
  'during', 'since', 'about', 'over', 'into', 'than']);
