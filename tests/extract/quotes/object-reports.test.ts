// Reported speech whose content is a noun phrase: someone named something, a scene recounted, a charge denied,
// and the how or when that closes such a report left out. Every case is data: [rule, paragraph, speaker, report].
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import { extractArticle } from '../../../src/extract/extractArticle.js';

function reported(paragraph: string): [string, string][] {
  const r = parseArticle('objects.txt', `Ferry tolls split the island\n\nThe Coastal Ledger\nPublished: 2024-05-06\n\n${paragraph}\n`);
  if (!r.ok) throw new Error(r.error);
  const ex = extractArticle(r.article);
  return ex.quotes.filter((q) => q.kind === 'indirect').map((q) => [ex.people.find((p) => p.key === q.speaker)?.name ?? 'unknown', q.text]);
}

const CASES: [string, string, string, string][] = [
  ['a pronoun named something', 'Odile Marchetti called him a careful and honest harbour master.', 'Odile Marchetti', 'him a careful and honest harbour master'],
  ['a series of words for it', 'Tomas Brandt called her a brave, stubborn and generous neighbour.', 'Tomas Brandt', 'her a brave, stubborn and generous neighbour'],
  ['a name named something', 'Mayor Ines Varga called Brandt a menace to the fleet.', 'Ines Varga', 'Brandt a menace to the fleet'],
  ['named, then a clause of when', 'Odile Marchetti called him a disgrace before leaving the hall.', 'Odile Marchetti', 'him a disgrace'],
  ['a scene described', 'Tomas Brandt described the night the ferry ran aground off the point.', 'Tomas Brandt', 'the night the ferry ran aground off the point'],
  ['a thing recalled', 'Mayor Ines Varga recalled her first winter on the island.', 'Ines Varga', 'her first winter on the island'],
  ['described how', 'Odile Marchetti described how the tolls had doubled in a decade.', 'Odile Marchetti', 'how the tolls had doubled in a decade'],
  ['denied, then through whom', 'Tomas Brandt denied the charges through his lawyer.', 'Tomas Brandt', 'the charges'],
  ['announced, then when', 'Mayor Ines Varga announced her resignation on Friday.', 'Ines Varga', 'her resignation'],
  ['announced, then a month', 'Odile Marchetti announced her candidacy in June 2021.', 'Odile Marchetti', 'her candidacy'],
];

describe('noun-phrase reports', () => {
  it.each(CASES)('%s: given “%s”, %s reports “%s”', (_rule, paragraph, speaker, words) => {
    expect(reported(paragraph)).toContainEqual([speaker, words]);
  });
});

const NOT_REPORTS: [string, string][] = [
  ['a call made, no complement', 'Odile Marchetti called the coastguard on Monday.'],
  ['a call returned', 'Tomas Brandt called her back within the hour.'],
  ['a name given, then the verb of the sentence', 'A trust called Harbour Friends bought the old quay.'],
  ['something withheld, not denied in words', 'The board denied the fishermen a second berth.'],
  ['a one-word object of recalling', 'Mayor Ines Varga recalled how, laughing.'],
];

describe('not noun-phrase reports', () => {
  it.each(NOT_REPORTS)('%s: “%s” reports nothing', (_rule, paragraph) => {
    expect(reported(paragraph)).toEqual([]);
  });
});
