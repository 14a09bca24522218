// A role as a set of words for matching, nationalities as their country: "Azerbaijani President" and
// "the president of Azerbaijan" both become [azerbaijan, president] (order kept, head last).
import { DEMONYMS } from './lexicon.js';

/** Function words, and adjectives that describe how someone holds a role rather than which role it is. */
const DROP = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'of',
  'for',
  'and',
  'former',
  'then',
  'now',
  'current',
  'veteran',
  'longtime',
  'long-time',
  'embattled',
  'beleaguered',
  'influential',
  'powerful',
  'popular',
  'controversial',
  'outspoken',
  'respected',
]);

/** Two names for one office: "the California congressman" is the "Rep." of the article. */
const SAME_ROLE: ReadonlyMap<string, string> = new Map([
  ['congressman', 'representative'], ['congresswoman', 'representative'], ['congressmember', 'representative'],
  ['rep', 'representative'], ['sen', 'senator'], ['gov', 'governor'], ['spokeswoman', 'spokesperson'],
  ['spokesman', 'spokesperson'], ['chairwoman', 'chair'], ['chairman', 'chair'], ['chairperson', 'chair'],
  ['advisor', 'adviser'], ['councilman', 'councillor'], ['councilwoman', 'councillor'], ['councilor', 'councillor'],
  // headline abbreviations: "Russian FM", "UK PM"
  ['fm', 'foreign minister'], ['pm', 'prime minister'], ['veep', 'vice president'],
]);

export function roleWords(role: string): string[] {
  // "president of Azerbaijan": the complement goes first, so the office noun is the head (last word)
  const lower = role.toLowerCase().replace(/[\u2019']s\b/g, '');
  const of = lower.search(/\sof\s/);
  const ordered = of > 0 ? `${lower.slice(of + 4)} ${lower.slice(0, of)}` : lower;
  const out: string[] = [];
  for (const w of ordered.split(/[^\p{L}\p{N}.\-]+/u)) {
    const bare = w.replace(/\.$/, '');
    if (!bare || DROP.has(bare)) continue;
    out.push(...(DEMONYMS.get(bare) ?? SAME_ROLE.get(bare) ?? bare).split(' '));
  }
  return out;
}

