import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sources } from '../../../src/answer/sources/sources.js';
import { otherTime, type Written } from '../../../src/answer/sources/eventIdentity.js';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import { buildLibrary, type Library } from '../../../src/library/library.js';
import type { Article } from '../../../src/parse/article.js';
import { FIXTURES, readFixture } from '../../support/fixtures.js';

/** Two look-alike pairs: one champion's two fights (other opponent, city, year), and two quakes in one
 *  valley (other magnitude, toll, year). */
const EVENT_OF: Record<string, string> = {
  'herald-kovan-marsh.txt': 'marsh', 'courier-kovan-marsh.txt': 'marsh',
  'herald-kovan-delgado.txt': 'delgado', 'courier-kovan-delgado.txt': 'delgado',
  'herald-tarsel-2018.txt': 'quake2018', 'courier-tarsel-2018.txt': 'quake2018',
  'herald-tarsel-2022.txt': 'quake2022',
};

let lib: Library;
beforeAll(() => {
  const articles: Article[] = [];
  for (const f of readdirSync(join(FIXTURES, 'lookalikes')).sort()) {
    const r = parseArticle(f, readFixture(join('lookalikes', f)));
    if (!r.ok) throw new Error(`${f}: ${r.error}`);
    articles.push(r.article);
  }
  lib = buildLibrary(articles);
});

const shown = (claim: string) => sources(lib, claim).answers.flatMap((a) => [a.evidence.article, ...(a.syndicated ?? []).map((e) => e.article)]);

describe('sources: the same event, not its look-alikes', () => {
  it.each([
    ['Arno Kovan stopped Tomas Marsh in the ninth round', 'herald-kovan-marsh.txt', 'courier-kovan-marsh.txt'],
    ['Kovan beat Delgado on points in Cardiff', 'herald-kovan-delgado.txt', 'courier-kovan-delgado.txt'],
    ['A magnitude 5.9 earthquake killed ten people in the Tarsel valley', 'herald-tarsel-2018.txt', 'courier-tarsel-2018.txt'],
  ])('given "%s", its own article and the other outlet\'s report come before any look-alike', (claim, own, other) => {
    const list = shown(claim);
    expect(list).toContain(own);
    expect(list).toContain(other);
    const firstOther = list.findIndex((f) => EVENT_OF[f] !== EVENT_OF[own]);
    if (firstOther >= 0) expect(firstOther).toBeGreaterThan(Math.max(list.indexOf(own), list.indexOf(other)));
  });

  it('given a claim written as a headline, its coverage is still found', () => {
    const list = shown('Ten dead in Tarsel quake');
    expect(list.filter((f) => EVENT_OF[f] === 'quake2018').length).toBeGreaterThanOrEqual(1);
  });

  it('given a claim naming the champion only by surname, the fight reported under his full name is listed', () => {
    const list = shown('Kovan ended the challenge of Marsh in the ninth round');
    expect(list).toContain('herald-kovan-marsh.txt');
  });

  it('given a claim no article backs, the articles on its event are still listed, never as support', () => {
    const a = sources(lib, 'Luis Delgado knocked out Arno Kovan in Cardiff');
    expect(a.verdict).not.toBe('supported');
    expect(a.answers.every((x) => x.stance !== 'supports')).toBe(true);
    expect(a.answers.map((x) => x.evidence.article).some((f) => EVENT_OF[f] === 'delgado')).toBe(true);
  });

  it('given the valley\'s two quakes four years apart, the later one is not listed for the earlier', () => {
    const a = sources(lib, 'A magnitude 5.9 earthquake killed ten people in the Tarsel valley');
    expect(a.verdict).toBe('supported');
    expect(a.answers.map((x) => x.evidence.article)).not.toContain('herald-tarsel-2022.txt');
  });

  const pub = (day: string): Written => ({ day, kind: 'published' });
  const named = (day: string): Written => ({ day, kind: 'named' });
  const after = (day: string): Written => ({ day, kind: 'after' });
  it.each([
    ['published 50 days apart', pub('2019-03-20'), [pub('2019-01-29')], false],
    ['published two years apart', pub('2021-06-20'), [pub('2019-03-10'), pub('2019-03-11')], true],
    ['named days 100 days apart (rough, within the slack)', named('2019-06-18'), [pub('2019-03-10')], false],
    ['named days three years apart', named('2022-06-18'), [named('2019-03-10')], true],
    ['a later day against a carrier placed only after a background month', named('2009-11-30'), [after('1998-06-01')], false],
    ['a day years before the month the carrier names', pub('2001-09-11'), [after('2005-03-01')], true],
    ['two months named, each a bound only', after('2022-01-01'), [after('2012-01-01')], false],
    ['no date', null, [pub('2019-03-10')], false],
    ['no dated carrier', pub('2021-06-20'), [null], false],
    ['no carrier', pub('2021-06-20'), [], false],
    ['not a date', pub('not a date'), [pub('2019-03-10')], false],
  ] as const)('given %s, ruled another event: %s', (_, written, carriers, out) => {
    expect(otherTime(written, carriers)).toBe(out);
  });

  it.each(['', '   ', '!!!', 'x'.repeat(20000)])('given bad input %#, an answer and no throw', (q) => {
    expect(() => sources(lib, q)).not.toThrow();
  });
});
