// Terms with each word's term remembered: building an index, or judging a few hundred passages for one
// query, meets the same few thousand words again and again, and stemming is most of the cost.
import { STOPWORDS, stem, words } from '../text/tokens.js';

/** `terms`, remembering each word's term: in a memo of its own, or in one the caller keeps across queries. */
export function memoTerms(memo = new Map<string, string | null>()): (text: string) => string[] {
  return (text) => {
    const out: string[] = [];
    for (const w of words(text)) {
      let t = memo.get(w);
      if (t === undefined) memo.set(w, (t = STOPWORDS.has(w) ? null : stem(w)));
      if (t !== null) out.push(t);
    }
    return out;
  };
}
