// Words for indexing and matching: folded, split on anything that is not a letter or digit, numbers
// normalised ("1,600" and "1600" are one token), with a light English stemmer.

import { fold } from './normalize.js';

export const STOPWORDS = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being it its this that these ' +
    'those there their they them he she his her him we our us you your i me my not no so than then too very can ' +
    'could would should will shall may might must do does did done has have had having about into over after ' +
    'before also just which who whom whose what when where why how all any some such more most other own same ' +
    'only both each few up down out off again further once here s t').split(' '),
);

/** Splits folded text into words; digit groups joined by commas or points inside a number stay one token. */
export function words(text: string): string[] {
  const out: string[] = [];
  const f = fold(text);
  let cur = '';
  for (let i = 0; i < f.length; i++) {
    const ch = f[i]!;
    if (/[\p{L}\p{N}]/u.test(ch)) {
      cur += ch;
    } else if ((ch === ',' || ch === '.') && /\d$/.test(cur) && /\d/.test(f[i + 1] ?? '')) {
      if (ch === '.') cur += '.'; // decimal point kept, thousands comma dropped: 1,600 -> 1600
    } else if (ch === "'" && cur && /\p{L}/u.test(f[i + 1] ?? '')) {
      // possessive or contraction: "Russia's" -> "russia", "don't" -> "dont"
      if (f[i + 1] === 's' && !/[\p{L}\p{N}]/u.test(f[i + 2] ?? '')) { i++; }
    } else if (cur) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** A light suffix stripper (plural, -ing, -ed, -ly, -ation): enough to match "meets"/"meeting"/"met"? no, but
 *  "handed"/"hands"/"handing" and "relations"/"relation" yes. Deliberately conservative to keep names whole. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
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
  return words(text).filter((w) => !STOPWORDS.has(w)).map(stem);
}
