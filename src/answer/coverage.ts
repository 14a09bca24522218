// Who reported a claim, and when, as data for a picture: the outlets of a `sources` answer, each with its
// articles by publication date and each article's stance. Syndicated copies are articles of their own
// outlets, with the stance of the text they share. Built from the answer alone, so the picture never says
// more than the answer does.
import type { Evidence } from '../model/contract.js';
import { dayNumber } from './timeline.js';

export type Stance = 'supports' | 'partly' | 'conflicts';

/** What a `sources` answer item needs to be drawn: its stance, and the older `match: 'partial'` as partly. */
export interface StancedItem {
  stance: string;
  match?: 'full' | 'partial';
  evidence: Evidence;
  syndicated?: Evidence[];
}

export interface CoverageArticle {
  stance: Stance;
  evidence: Evidence;
  /** Days since 1970-01-01 of its publication, or null when the article gives no date. */
  day: number | null;
  /** A syndicated copy of another outlet's text. */
  copy: boolean;
}

export interface CoverageRow {
  outlet: string;
  /** Publication order; undated last. */
  articles: CoverageArticle[];
}

export interface Coverage {
  query: string;
  verdict: string;
  /** Outlets by their first publication date; outlets with only undated articles last. */
  rows: CoverageRow[];
  counts: Record<Stance, number>;
  /** Articles that give no publication date. */
  undated: number;
  /** First and last publication day, when any article is dated. */
  range: { from: number; to: number } | null;
}

/** An answer item's stance: `partly` as given, or a support that matched only part of the claim. */
export function stanceOf(item: Pick<StancedItem, 'stance' | 'match'>): Stance {
  if (item.stance === 'conflicts') return 'conflicts';
  if (item.stance === 'partly' || item.match === 'partial') return 'partly';
  return 'supports';
}

const NO_OUTLET = 'outlet not named';

function dayOf(published: string | null): number | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(published) : null;
  return m ? dayNumber(+m[1]!, +m[2]!, +m[3]!) : null;
}

const byDay = (a: CoverageArticle, b: CoverageArticle) =>
  (a.day ?? Infinity) - (b.day ?? Infinity) || a.evidence.article.localeCompare(b.evidence.article);

export function coverageOf(answer: { query: string; verdict: string; answers: readonly StancedItem[] }): Coverage {
  const rows = new Map<string, CoverageArticle[]>();
  const seen = new Set<string>();
  const add = (evidence: Evidence, stance: Stance, copy: boolean) => {
    if (seen.has(evidence.article)) return; // an article listed twice counts once, at its first (best) stance
    seen.add(evidence.article);
    const outlet = evidence.outlet?.trim() || NO_OUTLET;
    const list = rows.get(outlet) ?? [];
    list.push({ stance, evidence, day: dayOf(evidence.published), copy });
    rows.set(outlet, list);
  };
  for (const item of answer.answers) {
    const stance = stanceOf(item);
    add(item.evidence, stance, false);
    for (const e of item.syndicated ?? []) add(e, stance, true);
  }
  const out = [...rows].map(([outlet, articles]) => ({ outlet, articles: articles.sort(byDay) }));
  out.sort((a, b) => (a.articles[0]!.day ?? Infinity) - (b.articles[0]!.day ?? Infinity) || a.outlet.localeCompare(b.outlet));
  const all = out.flatMap((r) => r.articles);
  const days = all.flatMap((a) => (a.day === null ? [] : [a.day]));
  const counts: Record<Stance, number> = { supports: 0, partly: 0, conflicts: 0 };
  for (const a of all) counts[a.stance]++;
  return {
    query: answer.query,
    verdict: answer.verdict,
    rows: out,
    counts,
    undated: all.length - days.length,
    range: days.length ? { from: Math.min(...days), to: Math.max(...days) } : null,
  };
}
