// Years written out in words: "nineteen ninety-seven", "nineteen oh five", "nineteen hundred", "two thousand
// and one", "twenty twenty-four". A lone "nineteen" or "two thousand" followed by a noun ("two thousand
// troops") is a number, not a year.

const ONES: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const CENTURY: Record<string, number> = { sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 };

const one = Object.keys(ONES).join('|');
const teen = Object.keys(TEENS).join('|');
const ten = Object.keys(TENS).join('|');
const TWO_DIGITS = String.raw`(?:(?:${ten})(?:[-\s](?:${one}))?|${teen}|oh[-\s](?:${one}))`;
const PATTERN = new RegExp(
  String.raw`\b(?:(${Object.keys(CENTURY).join('|')})[-\s]+(hundred(?:\s+and\s+${TWO_DIGITS}|\s+(?:${one}))?|${TWO_DIGITS})`
  + String.raw`|two[-\s]thousand(?:(?:\s+and)?\s+(${TWO_DIGITS}|${one}))?)\b`,
  'gi',
);
/** What follows a number of things rather than a year. */
const COUNTED = /^\s+(?!(?:and|to|when|while|after|before|in|on|at|of|the|that|was|were|had|as)\b)\p{Ll}+/u;

function twoDigits(words: string): number {
  const parts = words.toLowerCase().split(/[-\s]+/).filter((w) => w !== 'oh' && w !== 'and');
  return parts.reduce((n, w) => n + (TENS[w] ?? TEENS[w] ?? ONES[w] ?? 0), 0);
}

export interface SpelledYear { start: number; end: number; text: string; y: number }

export function findSpelledYears(sentence: string): SpelledYear[] {
  if (!/(?:teen|twenty|thousand)/i.test(sentence)) return [];
  const out: SpelledYear[] = [];
  for (const m of sentence.matchAll(PATTERN)) {
    const end = m.index + m[0].length;
    let y: number;
    if (m[1]) {
      const century = CENTURY[m[1].toLowerCase()]! * 100;
      const rest = m[2]!.toLowerCase();
      y = century + (rest.startsWith('hundred') ? twoDigits(rest.replace(/^hundred/, '')) : twoDigits(rest));
      // "twenty" alone before a number word is a count ("twenty five"), and so is a bare teen pair
      if (m[1].toLowerCase() === 'twenty' && !/^(?:ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|oh)/.test(rest) && !/\w+teen/.test(rest)) continue;
    } else {
      y = 2000 + (m[3] ? twoDigits(m[3]) : 0);
      if (!m[3]) continue; // "two thousand" alone is a count far more often than the year 2000
    }
    if (COUNTED.test(sentence.slice(end))) continue;
    out.push({ start: m.index, end, text: m[0], y });
  }
  return out;
}
