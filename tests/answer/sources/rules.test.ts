// The /sources rules, each pinned on short paragraphs written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import { buildLibrary, type Library } from '../../../src/library/library.js';
import { sources } from '../../../src/answer/sources/sources.js';
import { negatedSpan, tokenize } from '../../../src/answer/sources/passage.js';
import { phrase } from '../../../src/answer/sources/phrase.js';
import { known, related } from '../../../src/text/wordnet.js';

const article = (title: string, outlet: string, published: string, body: string) =>
  `---\ntitle: ${title}\noutlet: ${outlet}\npublished: ${published}\n---\n${body}`;

const ARTICLES: Record<string, string> = {
  'mill.txt': article('Pell mill closed', 'Valley Times', '2025-03-02',
    'The Pell paper mill was closed by its owners on Monday after a long strike.\n\nThe union said 240 workers lost their jobs.'),
  'bout.txt': article('Varga keeps his belts', 'Ringside Post', '2025-04-20',
    'Dmitri Varga kept his heavyweight belts by stopping Leon Brandt in the sixth round in Kessel.\n\n' +
    'The crowd of nine thousand cheered the sluggish champion.'),
  'vote.txt': article('Two parties on the ballot', 'Steppe Wire', '2025-05-10',
    'Two parties will compete in the Orvan parliamentary election on Sunday, the election commission said.\n\n' +
    'Nearly three weeks after the campaign opened, the commission fired its chairman after one season.'),
  'visit.txt': article('Mirov in Pella', 'Eastern Wire', '2025-06-01',
    'Mirov has paid a visit to Pella and held a long meeting with the governors of the northern provinces there.'),
  'cup.txt': article('Harwick into the final', 'County Echo', '2025-07-12',
    'Harwick Athletic reached the county final with a 3-1 win over Dunmore Rovers on Saturday.'),
  'press.txt': article('Миров в Пелле', 'Восток', '2025-06-02', 'Миров не посетил Пеллу в понедельник, сообщило министерство.'),
};

let lib: Library;
beforeAll(() => {
  lib = buildLibrary(Object.entries(ARTICLES).map(([f, text]) => {
    const r = parseArticle(f, text);
    if (!r.ok) throw new Error(`${f}: ${r.error}`);
    return r.article;
  }));
});

describe('sources: what a claim asserts, checked against the article', () => {
  it.each([
    ['the passive told actively', 'The owners closed the Pell paper mill', 'supported'],
    ['a denial of what the article says', 'The owners did not close the Pell paper mill', 'not supported'],
    ['the doer of a gerund ("kept his belts by stopping") as its subject', 'Dmitri Varga stopped Leon Brandt in the sixth round', 'supported'],
    ['the two sides of a gerund swapped', 'Leon Brandt stopped Dmitri Varga in the sixth round', 'conflicting'],
    ['a winner swapped, the article telling it with another verb ("beat" ~ "stopping")', 'Leon Brandt beat Dmitri Varga in the sixth round',
      'conflicting'],
    ['a winner swapped, the article telling it as a noun ("a win over")', 'Dunmore Rovers beat Harwick Athletic to reach the county final', 'conflicting'],
    ['the winner as the article has it, told with another verb', 'Harwick Athletic beat Dunmore Rovers to reach the county final', 'not conflicting'],
    ['a retold claim with a word of the same sense (slow ~ sluggish)', 'Nine thousand cheered the slow Varga', 'supported'],
    ['a number written in words, capitalised', 'Three parties will compete in the Orvan parliamentary election', 'not supported'],
    ['a number carried only beside other words ("three weeks")', 'The commission fired its chairman after three seasons', 'not supported'],
    ['a stranger the articles never name', 'Kovacs closed the Pell paper mill on Monday', 'not-found'],
    ['a Russian denial (не) of a Russian claim', 'Миров посетил Пеллу в понедельник', 'not supported'],
  ])('%s', (_, claim, want) => {
    const verdict = sources(lib, claim).verdict;
    if (want === 'not supported') expect(verdict).not.toBe('supported');
    else if (want === 'not conflicting') expect(verdict).not.toBe('conflicting');
    else expect(verdict).toBe(want);
  });

  it('quotes a whole phrase as a conflict reason, never a clause cut after "and held a"', () => {
    const a = sources(lib, 'Mirov never visited Pella');
    const reasons = a.answers.flatMap((x) => x.conflicts.map((c) => c.reason));
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r).not.toMatch(/\b(a|an|the|and|of|to)$/);
  });
});

describe('sources: the parts of the rules', () => {
  it.each([
    ['English', 'He did not visit the port', 'not'],
    ['Russian', 'Он не посетил порт', 'не'],
    ['German', 'Er hat den Hafen nicht besucht', 'nicht'],
    ['French', "Il n'a jamais visité le port", 'jamais'],
    ['Polish', 'On nie odwiedził portu', 'nie'],
  ])('reads the %s negation cue', (_, text, cue) => {
    const tokens = tokenize(text);
    const i = tokens.findIndex((t) => t.word === cue);
    expect(tokens[i]!.negation).toBe(true);
    expect(negatedSpan(tokens)[i + 1]).toBe(true);
  });

  it('does not read English words other languages deny with as denials', () => {
    expect(tokenize('a sin of the past').some((t) => t.negation)).toBe(false);
  });

  it('ends a quoted stretch on a whole phrase, not on "and held a"', () => {
    const text = 'Mirov has paid a visit to Pella and held a long meeting with the governors of the northern provinces there.';
    const tokens = tokenize(text);
    const held = tokens.findIndex((t) => t.word === 'held');
    expect(phrase(tokens, 0, held + 1, text)).toBe('Mirov has paid a visit to Pella and held a long meeting');
    const short = 'Mirov paid a visit to Pella, the ministry said.';
    expect(phrase(tokenize(short), 0, 3, short)).toBe('Mirov paid a visit');
  });

  it('tells a common word opening a claim from a proper name, and knows similar senses', () => {
    expect(known('prosecutors')).toBe(true);
    expect(known('athens')).toBe(false);
    expect(related('slow')).toContain('sluggish');
  });
});
