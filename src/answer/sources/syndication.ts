// The same story run by several outlets (wire copy, syndication) is one source, not several: passages
// with the same words from articles that share most of their text are folded into the first of them.
import type { SentenceIndex } from '../../index/sentenceIndex.js';

/** Share of sentences two articles must have word for word to count as copies of one story. */
export const SYNDICATED_SHARE = 0.6;

export interface Syndicated<P> { lead: P; copies: P[] }

export function collapseSyndicated<P extends { text: string; records: { articleNo: number }[] }>(
  index: SentenceIndex,
  ranked: P[],
): Syndicated<P>[] {
  const groups: Syndicated<P>[] = [];
  const byText = new Map<string, Syndicated<P>[]>();
  for (const p of ranked) {
    const a = p.records[0]!.articleNo;
    const text = p.text.toLowerCase().replace(/\s+/g, ' ');
    const same = byText.get(text) ?? [];
    const lead = same.find((g) => {
      const b = g.lead.records[0]!.articleNo;
      return Math.min(index.sharedText(a, b), index.sharedText(b, a)) >= SYNDICATED_SHARE;
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
