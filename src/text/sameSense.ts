// Words of one sense in news writing that WordNet's commonest senses keep apart ("belts" ~ "titles",
// "urgent" ~ "emergency"), from the word list same-sense.json, by stemmed term.
import { SAME_SENSE } from '../extract/lexicon/lists.js';
import { stem } from './tokens.js';

let byTerm: Map<string, string[]> | null = null;

function build(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const group of SAME_SENSE) {
    const terms = group.map(stem);
    for (const t of terms) out.set(t, [...new Set([...(out.get(t) ?? []), ...terms.filter((u) => u !== t)])]);
  }
  return out;
}

/** The stemmed terms of the same sense as a stemmed term, from the word list; empty when it has none. */
export function sameSenseTerms(term: string): readonly string[] {
  return (byTerm ??= build()).get(term) ?? [];
}
