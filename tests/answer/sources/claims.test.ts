// Reading what a claim asserts: its polarity, who did what to whom, its names, numbers and dates, words of
// the same sense, and the markup of a Discord message around it. Each rule is pinned by short articles
// written for these tests (invented places and people).
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import { buildLibrary, type Library } from '../../../src/library/library.js';
import { sources } from '../../../src/answer/sources/sources.js';
import { plainClaim } from '../../../src/answer/sources/plainClaim.js';
import { related } from '../../../src/text/wordnet.js';
import { SourcesAnswer } from '../../../src/model/contract.js';

const ARTICLES: Record<string, string> = {
  'tallin-bodies.txt': `---
title: Keldor hands over remains of soldiers to Varsh
outlet: Lowland Courier
published: 2025-05-12
---
Keldor handed over the bodies of 1,600 Varshan servicemen to Varsh on Sunday, officials in both capitals said.

The exchange took place at the Orme crossing under the eyes of observers from the Red Cross.`,
  'mirov-talks.txt': `---
title: Mirov meets Dastan in Pella
outlet: Eastern Wire
published: 2025-03-04
---
Foreign Minister Anton Mirov met his counterpart Bela Dastan in Pella on May 11, the ministry said.

The two men did not sign the border treaty, which remains stalled over the status of the Orme valley.`,
  'court-grell.txt': `---
title: Grell charged over warehouse fire
outlet: Harbour Daily
published: 2025-02-01
---
Factory owner Pavel Grell was charged by city prosecutors with arson on Tuesday after the warehouse fire in Ostrava Bay.

Prosecutors said six workers were hurt in the blaze.`,
  'title-fight.txt': `---
title: Varga keeps his belts
outlet: Ringside Post
published: 2025-04-20
---
Dmitri Varga stopped Leon Brandt in the sixth round to keep his three heavyweight belts on Saturday night in Kessel.

Brandt had never been stopped before.`,
  'council-vote.txt': `---
title: Council settles dispute over harbour fees
outlet: Harbour Daily
published: 2025-06-02
---
The Ostrava Bay council resolved the dispute over harbour fees at its meeting on Thursday, the mayor said.`,
};

let lib: Library;
beforeAll(() => {
  lib = buildLibrary(Object.entries(ARTICLES).map(([f, text]) => {
    const r = parseArticle(f, text);
    if (!r.ok) throw new Error(`${f}: ${r.error}`);
    return r.article;
  }));
});

const verdict = (q: string) => sources(lib, q).verdict;
const reasons = (q: string) => sources(lib, q).answers.flatMap((a) => a.conflicts.map((c) => c.reason));

describe('sources: polarity', () => {
  it.each([
    'Keldor did not hand over the bodies of 1,600 Varshan servicemen',
    'Keldor never handed over the bodies of Varshan servicemen',
    'Keldor refused to hand over the bodies of 1,600 Varshan servicemen',
    'Mirov did not meet Dastan in Pella',
    'Pavel Grell was not charged with arson',
  ])('given a denial of what the article states, never supported: %s', (q) => {
    expect(verdict(q)).not.toBe('supported');
  });

  it('given a denial the article also makes, supported', () => {
    expect(verdict('Dastan did not sign the border treaty')).toBe('supported');
  });

  it('given a claim the article denies, conflicting, with the denial as the reason', () => {
    const a = sources(lib, 'Mirov and Dastan signed the border treaty');
    expect(a.verdict).toBe('conflicting');
    expect(a.answers[0]!.conflicts[0]!.reason).toMatch(/did not sign the border treaty/);
  });

  it('given "failed to", read as a denial', () => {
    expect(verdict('Keldor failed to hand over the bodies of Varshan servicemen')).not.toBe('supported');
  });
});

describe('sources: who did what to whom', () => {
  it('given the roles swapped, conflicting, and the reason says who did it', () => {
    const a = sources(lib, 'Varsh handed over the bodies of 1,600 Keldoran servicemen to Keldor');
    expect(a.verdict).not.toBe('supported');
    const b = sources(lib, 'Leon Brandt stopped Dmitri Varga in the sixth round');
    expect(b.verdict).toBe('conflicting');
    expect(b.answers[0]!.conflicts[0]!.reason).toBe('the article says Dmitri Varga stopped Leon Brandt');
  });

  it('given the passive voice the article uses in the active, supported', () => {
    expect(verdict('City prosecutors charged Pavel Grell with arson')).toBe('supported');
    expect(verdict('Leon Brandt was stopped by Dmitri Varga in the sixth round')).toBe('supported');
  });

  it('given the passive with the sides swapped, never supported', () => {
    expect(verdict('Dmitri Varga was stopped by Leon Brandt in the sixth round')).not.toBe('supported');
  });

  it('given a verb whose sides can trade places (meet), supported either way', () => {
    expect(verdict('Bela Dastan met Anton Mirov in Pella')).toBe('supported');
  });
});

describe('sources: names, numbers and dates', () => {
  it('given a stranger\'s name the articles never tie to the event, not found rather than a conflict', () => {
    expect(verdict('Foreign Minister Olek Sarnow met Bela Dastan in Pella')).toBe('not-found');
    expect(verdict('Factory owner Pavel Kovac was charged with arson')).not.toBe('supported');
  });

  it('given one part of a name changed ("Ostrava Bay" to "Milna Bay"), never supported', () => {
    expect(verdict('Pavel Grell was charged with arson after the warehouse fire in Milna Bay')).not.toBe('supported');
  });

  it('given another day of the month, conflicting with a reason naming both', () => {
    const a = sources(lib, 'Mirov met Dastan in Pella on May 12');
    expect(a.verdict).toBe('conflicting');
    expect(reasons('Mirov met Dastan in Pella on May 12')).toContain('the article says 11, not 12');
  });

  it.each([
    ['numbers in words and digits', 'Six workers were hurt in the warehouse blaze in Ostrava Bay'],
    ['an ordinal as its number', 'Dmitri Varga stopped Leon Brandt in the 6th round'],
    ['thousands without the comma', 'Keldor handed over the bodies of 1600 Varshan servicemen'],
    ['a short month name', 'Mirov met Dastan in Pella on Dec 11'.replace('Dec', 'May')],
  ])('given %s, the same value', (_, q) => {
    expect(verdict(q)).toBe('supported');
  });
});

describe('sources: retold claims', () => {
  it.each([
    'Keldor returned the bodies of 1,600 Varshan servicemen',
    'Varga kept his 3 heavyweight belts by stopping Brandt in the sixth round',
    'The Ostrava Bay council settled the dispute over harbour fees',
  ])('given a claim retold in other words, supported: %s', (q) => {
    expect(verdict(q)).toBe('supported');
  });

  it('given the same words with one fact changed, never supported', () => {
    expect(verdict('Keldor returned the bodies of 1,900 Varshan servicemen')).not.toBe('supported');
    expect(verdict('Varga kept his belts by stopping Brandt in the ninth round')).not.toBe('supported');
  });

  it('knows words of the same sense and derived forms (WordNet)', () => {
    expect(related('settled')).toContain('resolve');
    expect(related('entered')).toContain('entry');
    expect(related('keep')).toContain('maintain');
    expect(related('xqzvw')).toEqual([]);
  });
});

describe('sources: strength of every item', () => {
  it('lists a passage on the event that lacks part of the claim as partly, never as support', () => {
    const a = sources(lib, 'Keldor handed over the bodies of 1,600 Varshan servicemen at the Orme crossing on Sunday');
    expect(SourcesAnswer.parse(a)).toBeTruthy();
    for (const item of a.answers) expect(['supports', 'partly', 'conflicts']).toContain(item.stance);
    const outlets = new Set(a.answers.filter((x) => x.stance === 'supports').flatMap((x) => [x.evidence.outlet, ...(x.syndicated ?? []).map((e) => e.outlet)]));
    expect(a.outlets.every((o) => outlets.has(o))).toBe(true);
  });
});

describe('sources: a claim as a Discord message writes it', () => {
  it.each([
    ['<@123456789> **Mirov** met _Dastan_ in `Pella`', 'Mirov met Dastan in Pella'],
    ['> [Mirov met Dastan](https://example.org/a?b=1) in Pella', 'Mirov met Dastan in Pella'],
    ['Mirov met Dastan <:flag:998877> in Pella https://example.org/x', 'Mirov met Dastan in Pella'],
    ['```\nMirov met Dastan in Pella\n```', 'Mirov met Dastan in Pella'],
    ['', ''],
  ])('reads %j as %j', (raw, plain) => {
    expect(plainClaim(raw)).toBe(plain);
  });

  it('checks a marked-up claim like the plain one', () => {
    expect(verdict('<@42> did you see? **Mirov met Dastan in Pella** <https://example.org>')).toBe('supported');
  });

  it('given hostile or enormous input, an answer without throwing', () => {
    for (const q of ['`'.repeat(3000), '*'.repeat(5000), '<@'.repeat(2000), 'not '.repeat(2000), 'Keldor '.repeat(3000)]) {
      expect(SourcesAnswer.parse(sources(lib, q))).toBeTruthy();
    }
  });
});
