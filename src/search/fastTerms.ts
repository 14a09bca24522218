// The same words and terms as text/tokens.ts, faster on plain ASCII text (most English news): folding is
// then just lower-casing, so each word skips the per-character folding. Indexing 300,000 sentences and
// tokenising hundreds of candidate passages per query spend most of their time there. Non-ASCII text takes
// the general path; tests/search-fast-terms.test.ts pins that both give the same result.
import { STOPWORDS, stem, words } from '../text/tokens.js';

/** Printable ASCII and line breaks, but no backtick (folding turns it into an apostrophe). */
const ASCII = /^[\t\n\r\x20-\x5f\x61-\x7e]*$/;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLower = (c: number) => c >= 97 && c <= 122;
const isAlnum = (c: number) => isDigit(c) || isLower(c);

/** `words(text)` for any text; on ASCII without folding. */
export function fastWords(text: string): string[] {
  if (!ASCII.test(text)) return words(text);
  const f = text.toLowerCase();
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < f.length; i++) {
    const c = f.charCodeAt(i);
    if (isAlnum(c)) {
      cur += f[i];
    } else if ((c === 44 || c === 46) && cur && isDigit(cur.charCodeAt(cur.length - 1)) && isDigit(f.charCodeAt(i + 1))) {
      if (c === 46) cur += '.';
    } else if (c === 39 && cur && isLower(f.charCodeAt(i + 1))) {
      if (f[i + 1] === 's' && !isAlnum(f.charCodeAt(i + 2))) i++;
    } else if (cur) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** `terms(text)`: content words, stemmed, stopwords out. */
export function fastTerms(text: string): string[] {
  return fastWords(text).filter((w) => !STOPWORDS.has(w)).map(stem);
}

/** `fastTerms` with each word's term remembered: building an index meets the same few thousand words
 *  hundreds of thousands of times, and stemming is most of the cost. One memo per build, not shared. */
export function memoTerms(): (text: string) => string[] {
  const memo = new Map<string, string | null>();
  return (text) => {
    const out: string[] = [];
    for (const w of fastWords(text)) {
      let t = memo.get(w);
      if (t === undefined) memo.set(w, (t = STOPWORDS.has(w) ? null : stem(w)));
      if (t !== null) out.push(t);
    }
    return out;
  };
}
