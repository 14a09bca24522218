// The same story run by several outlets (wire copy, syndication) is one source, not several: passages
// with the same words from articles that share most of their text are folded into the first of them.
import type { SentenceIndex } from '../../library/sentenceIndex.js';

/** Share of the shorter article's sentences the other must have word for word to count as a copy of one story. */
export const SYNDICATED_SHARE = 0.6;

export interface Syndicated<P> { lead: P; copies: P[] }

export function collapseSyndicated<P extends { text: string; records: { articleNo: number }[] }>(
  index: SentenceIndex,
  ranked: P[],
): Syndicated<P>[] {
  const printsOf = new Map<number, Set<number>>();
  const prints = (a: number) => {
    let s = printsOf.get(a);
    if (!s) printsOf.set(a, (s = index.prints(a)));
    return s;
  };
  /** Share of the smaller article's sentences the other has word for word. */
  const shared = (a: number, b: number) => {
    const [pa, pb] = [prints(a), prints(b)];
    const [small, large] = pa.size <= pb.size ? [pa, pb] : [pb, pa];
    let same = 0;
    for (const x of small) if (large.has(x)) same++;
    return small.size ? same / small.size : 0;
  };
  const groups: Syndicated<P>[] = [];
  const byText = new Map<string, Syndicated<P>[]>();
  for (const p of ranked) {
    const a = p.records[0]!.articleNo;
    const text = p.text.toLowerCase().replace(/\s+/g, ' ');
    const same = byText.get(text) ?? [];
    const lead = same.find((g) => {
      const b = g.lead.records[0]!.articleNo;
      return shared(a, b) >= SYNDICATED_SHARE;
    });
    if (lead) lead.copies.push(p);
    else {
      const g = { lead: p, copies: [] };
      groups.push(g);
      same.push(g);
      byText.set(text, same);
    }
  }
  return groups;
}
