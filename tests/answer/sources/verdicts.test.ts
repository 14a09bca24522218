import { beforeAll, describe, expect, it } from 'vitest';
import { sources } from '../../../src/answer/sources/sources.js';
import { SourcesAnswer } from '../../../src/model/contract.js';
import type { Library } from '../../../src/library/library.js';
import { sourcesLibrary } from '../../support/sourcesLibrary.js';

let lib: Library;
beforeAll(() => { lib = sourcesLibrary(); });

describe('sources: verdicts', () => {
  it('given a claim one outlet states word for word, supported, with that outlet', () => {
    const a = sources(lib, 'At least 41 people were killed when the Selna dam burst');
    expect(SourcesAnswer.parse(a)).toBeTruthy();
    expect(a.verdict).toBe('supported');
    expect(a.outlets).toContain('Northern Ledger');
    expect(a.answers[0]!.evidence).toMatchObject({ article: 'ledger-dam.txt', paragraph: 1 });
  });

  it('given a number outlets disagree on, supported by the ones that say it, conflicting with the other', () => {
    const a = sources(lib, '43 people were killed by the collapse of the Selna dam');
    expect(a.verdict).toBe('supported');
    const ledger = a.answers.find((x) => x.evidence.article === 'ledger-dam.txt')!;
    expect(ledger.stance).toBe('conflicts');
    expect(ledger.conflicts[0]).toMatchObject({ claim: '43', source: '41' });
    expect(a.outlets).not.toContain('Northern Ledger');
  });

  it('given a number no outlet gives, never supported, and says which number the article has', () => {
    const a = sources(lib, 'The Selna dam burst and killed 130 people');
    expect(a.verdict).toBe('conflicting');
    expect(a.answers[0]!.conflicts[0]!.reason).toBe('the article says 41, not 130');
  });

  it('given the thousands written without a comma, the same number', () => {
    expect(sources(lib, '1200 residents were evacuated from Varnik').verdict).toBe('supported');
  });

  it('given a different weekday, conflicting', () => {
    const a = sources(lib, 'Orlen visited Varnik on Friday');
    expect(a.verdict).toBe('conflicting');
    expect(a.answers[0]!.conflicts[0]!.reason).toBe('the article says Wednesday, not Friday');
  });

  it('given an outlet that negates the claim, that outlet conflicts and quotes the negation', () => {
    const a = sources(lib, 'The Selna dam collapsed');
    const post = a.answers.find((x) => x.evidence.article === 'post-dam.txt')!;
    expect(post.stance).toBe('conflicts');
    expect(post.conflicts[0]!.source).toMatch(/^did not collapse/);
  });

  it('given a passage that states the claim and negates something else with the same word, no conflict', () => {
    const a = sources(lib, 'Holub said the company supported the inquiry');
    expect(a.verdict).toBe('supported');
    expect(a.answers[0]!.conflicts).toEqual([]);
  });

  it('given a number with a suffix ("1870s"), a changed one is never supported', () => {
    expect(sources(lib, 'Engineers had warned in the 1990s that cracks in the spillway needed urgent repair').verdict).not.toBe('supported');
  });

  it('given a person named by surname, supported by a sentence naming them by role', () => {
    const a = sources(lib, 'Renner said steel tariffs with Dravonia would fall by 15 percent');
    expect(a.verdict).toBe('supported');
    expect(a.answers[0]!.evidence.article).toBe('market-tariffs.txt');
  });

  it('given a name the article leaves to a pronoun or the paragraph before, still supported', () => {
    const a = sources(lib, 'Renner signed a steel tariff deal in Geneva');
    expect(a.verdict).toBe('supported');
  });

  it('given a place no article gives, not found rather than a weak fuzzy match', () => {
    expect(sources(lib, 'Orlen visited Tbilisi and met the Georgian prime minister').verdict).toBe('not-found');
    expect(sources(lib, 'Dravonia won the football world cup').verdict).toBe('not-found');
  });

  it('given words that appear only in a related-links bullet, not found (boilerplate never counts)', () => {
    expect(sources(lib, 'Kestland fishermen rescued 40 sailors off the coast').verdict).toBe('not-found');
  });

  it('given bad input, not found without throwing', () => {
    for (const q of ['', '   ', '?!?', 'the of and', 'x'.repeat(5000), '1,600']) {
      const a = sources(lib, q);
      expect(SourcesAnswer.parse(a).verdict).toBe('not-found');
    }
  });
});

describe('sources: coverage across outlets', () => {
  it('collapses a syndicated copy into one answer that names every outlet', () => {
    const a = sources(lib, '43 people were killed by the collapse of the Selna dam');
    const copies = a.answers.filter((x) => ['wire-dam.txt', 'valley-dam.txt'].includes(x.evidence.article));
    expect(copies).toHaveLength(1);
    expect(copies[0]!.syndicated?.map((e) => e.outlet)).toHaveLength(1);
    expect(a.outlets).toEqual(expect.arrayContaining(['Danube Wire', 'Valley Times']));
  });

  it('lists each article once before any article twice, best first', () => {
    const a = sources(lib, 'The Selna dam burst and flooded Varnik');
    const articles = a.answers.map((x) => x.evidence.article);
    const firstRepeat = articles.findIndex((f, k) => articles.indexOf(f) < k);
    const distinct = new Set(articles).size;
    if (firstRepeat >= 0) expect(firstRepeat).toBeGreaterThanOrEqual(distinct);
    const scores = a.answers.slice(0, distinct).filter((x) => x.stance === 'supports').map((x) => x.score);
    expect(scores.length).toBeGreaterThan(0);
  });

  it('cites verbatim text from the article', () => {
    const a = sources(lib, 'Rescue teams evacuated 1,200 residents from Varnik');
    const art = lib.articles.find((x) => x.id === a.answers[0]!.evidence.article)!;
    expect(art.paragraphs[a.answers[0]!.evidence.paragraph - 1]!.text).toContain(a.answers[0]!.evidence.text);
  });
});
