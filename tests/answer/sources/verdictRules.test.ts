// The /sources verdict rules of issue #18, each pinned on short paragraphs written for this test: every case
// pairs a claim the article supports with one fact of it changed, so no rule passes by refusing everything.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import { buildLibrary, type Library } from '../../../src/library/library.js';
import { sources } from '../../../src/answer/sources/sources.js';

const article = (title: string, outlet: string, published: string, body: string) =>
  `---\ntitle: ${title}\noutlet: ${outlet}\npublished: ${published}\n---\n${body}`;

const ARTICLES: Record<string, string> = {
  'ridge.txt': article('Hiker falls on Tarn Ridge', 'Highland Courier', '2025-02-09',
    'A hiker fell about 300 metres from Tarn Ridge on Sunday morning, the rescue service said.\n\n' +
    'Volunteers searched the slopes below the ridge until dark.'),
  'hawks.txt': article('Hawks change coaches', 'Harlow Sentinel', '2025-05-06',
    'The Harlow Hawks fired coach Dale Brenner on Monday after two losing seasons and hired Sam Ortiz to replace him.'),
  'bridge.txt': article('Barge hits Corran bridge', 'Estuary News', '2025-08-15',
    'Two days after the Corran bridge reopened to traffic, a grain barge struck its eastern pier on Thursday.'),
  'talks.txt': article('Border talks in Tessaly', 'Northern Dispatch', '2025-09-03',
    'The foreign ministers of Arlen and Dovia met in Tessaly on Tuesday to discuss the disputed border.'),
  'hoops.txt': article('Lions beat Kestrel', 'Valley Sports', '2025-11-22',
    'The Corby Lions beat Kestrel 70-61 on Friday night behind 25 points from Ian Pell.'),
  'fares.txt': article('Brenna fares go up', 'Brenna Herald', '2025-10-01',
    'The Brenna city council voted on Tuesday to raise the bus fare to two dollars from March.'),
  'court.txt': article('Orlov cleared', 'Velm Courier', '2025-10-09',
    'A Velm jury acquitted the former mayor Ras Orlov of fraud on Thursday after a three-week trial.'),
};

let lib: Library;
beforeAll(() => {
  lib = buildLibrary(Object.entries(ARTICLES).map(([f, text]) => {
    const r = parseArticle(f, text);
    if (!r.ok) throw new Error(`${f}: ${r.error}`);
    return r.article;
  }));
});

const supported = (claim: string) => sources(lib, claim).verdict === 'supported';

describe('sources: a claim supported as written, not with one fact changed', () => {
  it.each([
    ['a verb that says whether the event happened ("survived a fall" for a fall)',
      'A hiker fell from Tarn Ridge on Sunday', 'A hiker survived a fall from Tarn Ridge on Sunday'],
    ['the one done to in a passive without "by", another of the claim\'s people in the article',
      'Dale Brenner was fired and Sam Ortiz was hired to replace him', 'Sam Ortiz was fired and Dale Brenner was hired to replace him'],
    ['two events told in the other order ("after" swapped)',
      'A grain barge struck the eastern pier after the Corran bridge reopened',
      'The Corran bridge reopened after a grain barge struck its eastern pier'],
    ['a place another outlet gives elsewhere ("in Tessaly" for "in Morvan")',
      'The foreign ministers of Arlen and Dovia met in Tessaly', 'The foreign ministers of Arlen and Dovia met in Morvan'],
    ['a place the article gives only as a side in the contest ("beat Kestrel")',
      'The Corby Lions beat Kestrel 70-61 on Friday', 'The Corby Lions had a 70-61 win at Kestrel on Friday'],
    ['a place the article gives only inside a team\'s name ("the Corby Lions")',
      'The Lions beat Kestrel 70-61 on Friday', 'The Lions beat Kestrel 70-61 in Corby on Friday'],
    ['the opposite act ("cut" for "raise")', 'The Brenna city council voted to raise the bus fare',
      'The Brenna city council voted to cut the bus fare'],
    ['the opposite verdict ("convicted" for "acquitted")', 'A Velm jury acquitted Ras Orlov of fraud', 'A Velm jury convicted Ras Orlov of fraud'],
  ])('%s', (_, original, changed) => {
    expect(supported(original)).toBe(true);
    expect(supported(changed)).toBe(false);
  });
});

describe('sources: why a changed claim conflicts', () => {
  it.each([
    ['The Harlow Hawks fired Sam Ortiz and hired Dale Brenner', /^the article says .*fired coach Dale Brenner/],
    ['The Corran bridge reopened after a grain barge struck its eastern pier', /^the article says after the Corran bridge reopened/],
    ['The foreign ministers of Arlen and Dovia met in Morvan', /^the article says in Tessaly, not in Morvan$/],
    ['The Brenna city council voted to cut the bus fare', /^the article says raise, not cut$/],
  ])('%s', (claim, reason) => {
    const a = sources(lib, claim);
    expect(a.verdict).toBe('conflicting');
    expect(a.answers[0]!.conflicts[0]!.reason).toMatch(reason);
  });
});
