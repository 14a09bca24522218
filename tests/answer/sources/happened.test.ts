// What happened, and to whom: a fate is not its opposite, a participle with "by" after it is a passive even
// without "was", a count may be given as a list, a denial told with another cue. Short paragraphs written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import { buildLibrary, type Library } from '../../../src/library/library.js';
import { sources } from '../../../src/answer/sources/sources.js';
import { rolesAt } from '../../../src/answer/sources/roles.js';
import { tokenize } from '../../../src/answer/sources/passage.js';
import { rivalInSlot } from '../../../src/answer/sources/slots.js';

const article = (title: string, outlet: string, published: string, body: string) =>
  `---\ntitle: ${title}\noutlet: ${outlet}\npublished: ${published}\n---\n${body}`;

const ARTICLES: Record<string, string> = {
  'ridge.txt': article('Hiker dead after Tarnow Ridge fall', 'Alpine Courier', '2025-08-03',
    'Fog had closed the upper trail of Tarnow Ridge for two days, rangers said on Sunday.'),
  'van.txt': article('Anger in Lisk', 'Lisk Ledger', '2025-08-09',
    'Anger grew in Lisk on Saturday over the death of a Lisk cyclist struck and killed by a delivery van.'),
  'bout.txt': article('Orsi keeps his belts', 'Ring Weekly', '2025-09-07',
    'Mara Orsi stopped Lena Kask in the fourth round to keep her WBC, IBF and WBO welterweight belts in Varna.'),
  'court.txt': article('Doran sentenced', 'Hall Gazette', '2025-09-12',
    'Rail bomber Tomas Doran was sentenced on Friday to life without parole for the Kestel station blast.'),
  'coach.txt': article('Another coach out', 'Court Side', '2025-09-01',
    'Ivo Lenz became the third coach fired this season.'),
};

let lib: Library;
beforeAll(() => {
  lib = buildLibrary(Object.entries(ARTICLES).map(([f, text]) => {
    const r = parseArticle(f, text);
    if (!r.ok) throw new Error(`${f}: ${r.error}`);
    return r.article;
  }));
});

describe('sources: what happened', () => {
  it.each([
    ['a fate turned round ("survived" for "dead")', 'A hiker survived a fall from Tarnow Ridge', 'not supported'],
    ['the fate as the headline has it', 'A hiker died after a fall from Tarnow Ridge', 'supported'],
    ['a victim made the doer of a passive told without "was"', 'A Lisk cyclist struck a delivery van', 'not supported'],
    ['a side named only by a common word it shares ("coach") is no swap', 'Harwick fired head coach Ivo Lenz', 'not conflicting'],
    ['a count the article gives as a list of names ("WBC, IBF and WBO belts")', 'Mara Orsi kept her 3 welterweight belts', 'supported'],
    ['a count the list does not make', 'Mara Orsi kept her 2 welterweight belts', 'not supported'],
    ['a denial told another way ("no chance of parole" ~ "without parole")', 'Tomas Doran got life with no chance of parole', 'supported'],
  ])('%s', (_, claim, want) => {
    const verdict = sources(lib, claim).verdict;
    if (want === 'not supported') expect(verdict).not.toBe('supported');
    else if (want === 'not conflicting') expect(verdict).not.toBe('conflicting');
    else expect(verdict).toBe(want);
  });

  it.each([
    ['a teenager shot and killed by police', 'shot'],
    ['a van that was seen 3 times by guards', 'seen'],
    ['Rider Hit Twice By Bus', 'Hit'],
  ])('reads "%s" as a passive', (text, verb) => {
    const tokens = tokenize(text);
    const roles = rolesAt(tokens, tokens.findIndex((t) => t.raw === verb), text, false);
    expect(roles.passive).toBe(true);
    expect(roles.agent.length).toBeGreaterThan(0);
  });

  it.each([
    ['A hiker survived the fall', 'survived', 'Hiker dead after ridge fall', 'dead'],
    ['A hiker died in the fall', 'died', 'The hiker walked away unhurt after the fall', 'unhurt'],
    ['A hiker died in the fall', 'died', 'The hiker is survived by his wife', null],
    ['A hiker died in the fall', 'died', 'The fall killed a hiker', null],
    ['A hiker survived the fall', 'survived', 'The hiker survived, though the fall killed his guide', null],
  ])('"%s": %s has the rival fate in "%s": %s', (claim, word, passage, rival) => {
    const token = tokenize(claim).find((t) => t.word === word)!;
    expect(rivalInSlot(token, claim, tokenize(passage), passage)?.word ?? null).toBe(rival);
  });

  it('reads a doer with "by" further on as no passive', () => {
    const text = 'Police shot the teen by the store';
    const tokens = tokenize(text);
    expect(rolesAt(tokens, 1, text, false).passive).toBe(false);
  });
});
