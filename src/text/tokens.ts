// Words for indexing and matching: folded, split on anything that is not a letter or digit, numbers
// normalised ("1,600" and "1600" are one token), with a light English stemmer.

import { fold, foldPunctuation } from './normalize.js';

export const STOPWORDS = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being it its this that these ' +
    'those there their they them he she his her him we our us you your i me my not no so than then too very can ' +
    'could would should will shall may might must do does did done has have had having about into over after ' +
    'before also just which who whom whose what when where why how all any some such more most other own same ' +
    'only both each few up down out off again further once here s t ' +
    // the commonest function words of Russian, Georgian and Armenian (folded: "и" for "й"), so they neither
    // pick candidates nor weigh in a claim; negations ("не", "нет", "ни") stay words
    'и в во на с со что как а то все она так его но да к у же вы за бы по только ее мне было вот от меня еще о из ' +
    'ему когда даже ли если уже или быть был него до вас там потом себя ей может они тут где есть для мы их чем была ' +
    'сам без будет тогда кто этот того потому этого здесь этом при об после над через эти нас про всего них эту этои ' +
    'перед между также это он оно были ' +
    'და რომ ეს ის იყო არის ' +
    'եվ ու որ է են էր այդ այս').split(' '),
);

/** Printable ASCII and line breaks, but no backtick (folding turns it into an apostrophe). */
const ASCII = /^[\t\n\r\x20-\x5f\x61-\x7e]*$/;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLower = (c: number) => c >= 97 && c <= 122;
const isAlnum = (c: number) => isDigit(c) || isLower(c);

/** Splits text into folded words; digit groups joined by commas or points inside a number stay one token.
 *  Plain ASCII (most English news) takes a fast path where folding is just lower-casing: indexing and every
 *  query spend most of their tokenising time here. */
export function words(text: string): string[] {
  if (ASCII.test(text)) return asciiWords(text);
  // curly quotes and dashes are often a news text's only other characters: folded to ASCII, as folding
  // does first, the text takes the fast path too
  const plain = foldPunctuation(text);
  return plain !== text && ASCII.test(plain) ? asciiWords(plain) : foldedWords(text);
}

/** SlicedString::kMinLength in V8: a slice this long or longer is a view that keeps the whole text alive. */
const VIEW_MIN = 13;

/** `f`'s characters from..to as a string of their own: a term kept in an index must not hold on to the whole
 *  lowered sentence, so a long word is joined from short copies. */
function own(f: string, from: number, to: number): string {
  if (to - from < VIEW_MIN) return f.slice(from, to);
  let s = '';
  for (let k = from; k < to; k += VIEW_MIN - 1) s += f.slice(k, Math.min(to, k + VIEW_MIN - 1));
  return s;
}

/**
 * Splits folded text `f` into words, `wordChar` and `letter` telling its characters (false past the end). Digit
 * groups joined by a comma or a point stay one token (1,600 -> 1600, 3.5 kept); an apostrophe before a letter
 * joins the word ("don't" -> "dont"), and a possessive "'s" is dropped ("Russia's" -> "russia"). Words are
 * slices of `f`: building each a character at a time made a string per character, most of an index build's
 * garbage (gigabytes at 100,000 articles).
 */
function splitWords(f: string, wordChar: (f: string, i: number) => boolean, letter: (f: string, i: number) => boolean): string[] {
  const out: string[] = [];
  /** The word's pieces before its current run ("3." of "3.5", "don" of "don't"), and where that run began
   *  (-1: not in a word). */
  let head = '';
  let from = -1;
  for (let i = 0; i < f.length; i++) {
    if (wordChar(f, i)) {
      if (from < 0) { head = ''; from = i; }
      continue;
    }
    if (from < 0) continue;
    const c = f.charCodeAt(i);
    const last = from < i ? f.charCodeAt(i - 1) : head.charCodeAt(head.length - 1);
    if ((c === 44 || c === 46) && isDigit(last) && isDigit(f.charCodeAt(i + 1))) {
      head += own(f, from, i) + (c === 46 ? '.' : '');
      from = i + 1;
    } else if (c === 39 && letter(f, i + 1)) {
      head += own(f, from, i);
      if (f[i + 1] === 's' && !wordChar(f, i + 2)) i++;
      from = i + 1;
    } else {
      out.push(head + own(f, from, i));
      from = -1;
    }
  }
  if (from >= 0) out.push(head + own(f, from, f.length));
  return out;
}

const asciiWordChar = (f: string, i: number) => isAlnum(f.charCodeAt(i));
const asciiLetter = (f: string, i: number) => isLower(f.charCodeAt(i));

/** Plain ASCII, where folding is lower-casing. */
const asciiWords = (text: string): string[] => splitWords(text.toLowerCase(), asciiWordChar, asciiLetter);

/** Letters and digits: one regex test per character is most of the general path's cost, so the alphabets
 *  news is written in (ASCII, Cyrillic, Armenian, Georgian lower case, which is what folding leaves) are
 *  told by code first; the rest by Unicode property, exactly as before. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const isCommonLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0x430 && c <= 0x44f) ||
  (c >= 0x561 && c <= 0x586) || (c >= 0x10d0 && c <= 0x10fa);

function isWordChar(f: string, i: number): boolean {
  if (i >= f.length) return false;
  const c = f.charCodeAt(i);
  if (isCommonLetter(c) || isDigit(c)) return true;
  return c >= 128 && WORD_CHAR.test(f[i]!);
}

function isLetter(f: string, i: number): boolean {
  if (i >= f.length) return false;
  const c = f.charCodeAt(i);
  if (isCommonLetter(c)) return true;
  return c >= 128 && LETTER.test(f[i]!);
}

/** `words` for any text, folding each character first (the general path; tests pin that both agree). */
export function foldedWords(text: string): string[] {
  return splitWords(fold(text), isWordChar, isLetter);
}

/** A light suffix stripper (plural, -ing, -ed, -ly, -ation): enough to match "meets"/"meeting"/"met"? no, but
 *  "handed"/"hands"/"handing" and "relations"/"relation" yes. Deliberately conservative to keep names whole. */
export function stem(word: string): string {
  // English rules only: a word in another script is left whole (no stemmer is known for it here)
  if (word.length <= 3 || word.charCodeAt(0) > 0x24f || /\d/.test(word)) return word;
  const rules: [string, string][] = [
    ['ational', 'ate'], ['ization', 'ize'], ['ations', 'ate'], ['ation', 'ate'], ['nesses', ''], ['ness', ''],
    ['ments', ''], ['ment', ''], ['ingly', ''], ['edly', ''], ['ies', 'y'], ['ied', 'y'], ['ing', ''], ['ed', ''],
    ['ly', ''], ['es', ''], ['s', ''],
  ];
  for (const [suffix, rep] of rules) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      if (suffix === 's' && (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is'))) return word;
      if (suffix === 'es' && !/(ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -1);
      let base = word.slice(0, -suffix.length) + rep;
      if ((suffix === 'ing' || suffix === 'ed') && /([b-df-hj-np-tv-z])\1$/.test(base) && !/(ll|ss|zz)$/.test(base)) {
        base = base.slice(0, -1); // "stopped" -> "stop"
      }
      return base;
    }
  }
  return word;
}

/** Content words of a text, stemmed, stopwords out: the unit of indexing and overlap. */
export function terms(text: string): string[] {
  return termsOfWords(words(text));
}

/** The terms of words already split from a text (`terms` without splitting it again). */
export function termsOfWords(ws: readonly string[]): string[] {
  return ws.filter((w) => !STOPWORDS.has(w)).map(stem);
}
