// The figures that tell one event from a look-alike of the same kind: a number read with the word beside it
// ("magnitude 5.9", "6.1-magnitude", "killed 12 people", "a 31-24 win", "in 2018"). An article that gives the
// same kind of figure (the same word beside it) but never the claim's value reports another event: another
// quake, another game. Counts are compared loosely, since outlets and updates report different tolls.
import type { Article } from '../../parse/article.js';

/** A figure: its value as written ("5.9", "31-24", "2018") and the word beside it, lower case. */
export interface Figure { value: string; unit: string }

const NUMBER = String.raw`\d+(?:[.,]\d+)?(?:-\d+)*`;
/** Words too common to say what a number counts. */
const NOT_UNITS = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'than', 'about', 'some', 'over', 'more', 'least',
  'were', 'was', 'are', 'its', 'his', 'her', 'their', 'after', 'before', 'since', 'into', 'when', 'said', 'says', 'year', 'years', 'old',
  'per', 'cent', 'percent', 'time', 'times']);
const AFTER = new RegExp(String.raw`(?<![\w.])(${NUMBER})[\s-]+([a-z]{3,})`, 'gi');
const BEFORE = new RegExp(String.raw`\b([a-z]{3,})[\s-]+(${NUMBER})(?![\w])`, 'gi');
/** Longest text read for figures: a report gives its figures early. */
const READ = 20_000;

const unitOf = (w: string) => w.toLowerCase().replace(/(?<=.{3})s$/, '');

export function figuresIn(text: string): Figure[] {
  const t = text.slice(0, READ);
  const out: Figure[] = [];
  const add = (value: string, unit: string) => {
    if (!NOT_UNITS.has(unit.toLowerCase())) out.push({ value: value.replace(/,/g, ''), unit: unitOf(unit) });
  };
  for (const m of t.matchAll(AFTER)) add(m[1]!, m[2]!);
  for (const m of t.matchAll(BEFORE)) add(m[2]!, m[1]!);
  return out;
}

/** Whether two values of one kind of figure can be one event's: decimals (a magnitude) within 0.3, counts
 *  within a factor of three (early and late tolls), scores and years exactly. */
export function sameFigure(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.includes('-') || b.includes('-')) return false;
  const [x, y] = [Number(a), Number(b)];
  if (/^(1[89]|20)\d\d$/.test(a) || /^(1[89]|20)\d\d$/.test(b)) return false;
  if (a.includes('.') || b.includes('.')) return Math.abs(x - y) <= 0.3;
  return Math.max(x, y) <= 3 * Math.max(1, Math.min(x, y));
}

/** Whether the article gives one of the claim's kinds of figure, always with another value. */
export function figuresDiffer(claim: readonly Figure[], article: readonly Figure[]): boolean {
  return claim.some((c) => {
    const same = article.filter((f) => f.unit === c.unit);
    return same.length > 0 && !same.some((f) => sameFigure(c.value, f.value));
  });
}

interface Ranked { judgement: { supports: boolean; conflicts: readonly unknown[] }; records: { articleNo: number; article: Article }[] }

/** An ordering of an answer's articles that puts those merely on topic whose figures differ from the claim's
 *  after the rest, each side in the given order (one that carries or contradicts the claim is judged already). */
export function lookalikesLast<P extends Ranked>(claimText: string, order: (a: P, b: P) => number): (a: P, b: P) => number {
  const claim = figuresIn(claimText);
  const seen = new Map<number, boolean>();
  const differs = (p: P) => {
    if (claim.length === 0 || p.judgement.supports || p.judgement.conflicts.length) return 0;
    const { articleNo, article } = p.records[0]!;
    let d = seen.get(articleNo);
    if (d === undefined) {
      seen.set(articleNo, (d = figuresDiffer(claim, figuresIn([article.title, ...article.paragraphs.map((x) => x.text)].join('\n')))));
    }
    return d ? 1 : 0;
  };
  return (a, b) => differs(a) - differs(b) || order(a, b);
}
