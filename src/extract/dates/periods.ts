// Stretches news counts by that are neither days nor months: business quarters ("the third quarter",
// "fourth-quarter earnings", "Q3 2019", "the first quarter of 1998", "last quarter") and fiscal years counted
// from publication ("this fiscal year"). chrono reads neither. A quarter without a year is a quarter only in
// business copy: "the fourth quarter" of a game is no date. (A decade, "the 1990s", is an era, not a date.)

export interface PeriodMatch {
  start: number;
  end: number;
  text: string;
  unit: 'quarter' | 'fiscal-year';
  /** The quarter, 1 to 4. */
  quarter: number | null;
  /** The stated year. */
  year: number | null;
  /** Counted from publication: "last quarter" (-1), "this fiscal year" (0), "of next year" (1). */
  offset: number | null;
  /** The offset counts years ("the third quarter of last year"), not quarters ("last quarter"). */
  offsetInYears: boolean;
}

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const WHICH: Record<string, number> = { last: -1, previous: -1, latest: -1, past: -1, this: 0, current: 0, next: 1, coming: 1 };
const YEAR = String.raw`(?:1[6-9]|20)\d\d`;

/** "the third quarter", "the fiscal third quarter", "fourth-quarter", with "of 1998", "1998" or "of last year". */
const NTH_QUARTER = new RegExp(
  String.raw`\b(?:the\s+)?(?:fiscal\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?:fiscal[-\s]+)?quarter\b`
  + String.raw`(?:\s+of\s+(?:fiscal\s+)?(${YEAR})\b|,?\s+(${YEAR})\b(?!\s*(?:%|percent))|\s+of\s+(last|this|next)\s+year\b)?`,
  'gi',
);
/** "Q3", "Q2 2019", not "Q3 Systems" (a name). */
const Q_QUARTER = new RegExp(String.raw`(?<![\p{L}\d])Q([1-4])(?:[\s/-]*(${YEAR})(?!\d)|(?![\p{L}\d]|\s+\p{Lu}))`, 'gu');
const WHICH_QUARTER = /(?<!\bthe\s)\b(last|this|next|the\s+(?:previous|latest|current|coming|past))\s+(?:fiscal\s+)?quarter\b/gi;
const FISCAL_YEAR = /\b(this|last|next|the\s+(?:previous|current|coming|new|past))\s+fiscal\s+year\b/gi;

/** Business words that make a bare quarter a part of the year, and sports words that make it a part of a game. */
const BUSINESS = /\b(?:profits?|earnings|revenues?|sales|income|loss(?:es)?|growth|GDP|economy|economic|output|results|shares|fiscal|forecasts?|analysts?|dividends?|exports?|imports?|inflation|margins?|spending|orders|shipments|deliveries|production|percent|quarterly)\b|%|\$/i;
const GAME = /\b(?:scored?|points|touchdowns?|yards|goals?|rebounds|games?|halftime|overtime|innings?|field goal|free throws?|quarterback|coach|team|season|trailed|lead)\b/i;

const MAY_HOLD_PERIOD = /quarter|Q[1-4]|fiscal/;
const which = (w: string): number => WHICH[w.toLowerCase().replace(/^the\s+/, '')] ?? 0;

export function findPeriods(sentence: string): PeriodMatch[] {
  if (!MAY_HOLD_PERIOD.test(sentence)) return [];
  const out: PeriodMatch[] = [];
  const add = (m: RegExpMatchArray, p: Omit<PeriodMatch, 'start' | 'end' | 'text'>) => {
    const start = m.index!;
    const end = start + m[0].length;
    if (!out.some((o) => start < o.end && end > o.start)) out.push({ start, end, text: m[0], ...p });
  };
  const business = BUSINESS.test(sentence) && !GAME.test(sentence);
  for (const m of sentence.matchAll(NTH_QUARTER)) {
    const year = m[2] ?? m[3];
    if (!year && !m[4] && !business) continue;
    const offset = m[4] ? which(m[4]) : null;
    add(m, { unit: 'quarter', quarter: ORDINAL[m[1]!.toLowerCase()]!, year: year ? Number(year) : null, offset, offsetInYears: true });
  }
  for (const m of sentence.matchAll(Q_QUARTER)) {
    add(m, { unit: 'quarter', quarter: Number(m[1]), year: m[2] ? Number(m[2]) : null, offset: null, offsetInYears: false });
  }
  if (business) for (const m of sentence.matchAll(WHICH_QUARTER)) {
    add(m, { unit: 'quarter', quarter: null, year: null, offset: which(m[1]!), offsetInYears: false });
  }
  for (const m of sentence.matchAll(FISCAL_YEAR)) {
    add(m, { unit: 'fiscal-year', quarter: null, year: null, offset: which(m[1]!), offsetInYears: true });
  }
  return out.sort((a, b) => a.start - b.start);
}
