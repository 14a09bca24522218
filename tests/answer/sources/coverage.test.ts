import { beforeAll, describe, expect, it } from 'vitest';
import { sources } from '../../../src/answer/sources/sources.js';
import { writtenTime, eventNames, nameShare } from '../../../src/answer/sources/eventIdentity.js';
import { analyseClaim } from '../../../src/answer/sources/claim.js';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import { buildLibrary, type Library } from '../../../src/library/library.js';
import { citeText } from '../../../src/render/text.js';
import { Evidence } from '../../../src/model/contract.js';
import type { Article } from '../../../src/parse/article.js';

/** Our own short reports of look-alike events: two quakes in one valley (other magnitude, toll and year,
 *  the articles undated but naming their days), one boxer's two fights (other opponent, no dates at all),
 *  and two shootings in one state a few weeks apart. */
const ARTICLES: Record<string, { event: string; text: string }> = {
  'q1.txt': { event: 'quake2018', text: `Quake kills ten in Tarsel valley

Harbour Herald

An earthquake of magnitude 5.9 struck the Tarsel valley on April 1, 2018, killing ten people in the village of Orvin.

Rescuers worked through the night to reach families trapped under fallen walls.` },
  'q2.txt': { event: 'quake2018', text: `Tarsel valley mourns its dead

River Courier

Ten people died when a 5.9-magnitude earthquake shook the Tarsel valley on April 1, 2018.

Most of the victims lived in Orvin, where the old school collapsed.` },
  'q3.txt': { event: 'quake2022', text: `New quake hits Tarsel valley

Evening Gazette

An earthquake of magnitude 6.4 struck the Tarsel valley on September 13, 2022, killing three people near Belm.

Power was cut across the valley for a day.` },
  'f1.txt': { event: 'marsh', text: `Kovan stops Marsh

Harbour Herald

Arno Kovan stopped Tomas Marsh in the ninth round in Leeds to keep his world title.

Marsh had never been knocked down before.` },
  'f2.txt': { event: 'marsh', text: `Champion too strong for challenger

River Courier

Champion Arno Kovan beat Tomas Marsh in Leeds, ending the fight in the ninth round.

The crowd of twenty thousand cheered the home fighter.` },
  'f3.txt': { event: 'delgado', text: `Kovan outpoints Delgado

Evening Gazette

Arno Kovan beat Luis Delgado on points in Cardiff to keep his world title.

Delgado said he would ask for a rematch.` },
  's1.txt': { event: 'dunmore', text: `Gunman kills four at Dunmore office

Harbour Herald
Published: 2023-05-02

A gunman killed four people at an insurance office in Dunmore, Ohio, on Monday, police said.

The suspect was arrested near the building an hour later.` },
  's2.txt': { event: 'dunmore', text: `Four shot dead in Dunmore

River Courier
Published: 2023-05-02

Police in Ohio said four people were shot dead at an office building in Dunmore on Monday.

Officers arrested a suspect nearby.` },
  's3.txt': { event: 'larch', text: `Two killed in Larch warehouse shooting

Evening Gazette
Published: 2023-05-20

A man shot two people dead at a warehouse in Larch, Ohio, on Friday, police said.

The suspect was arrested at the scene.` },
};

let lib: Library;
beforeAll(() => {
  const articles: Article[] = Object.entries(ARTICLES).map(([id, { text }]) => {
    const r = parseArticle(id, text);
    if (!r.ok) throw new Error(`${id}: ${r.error}`);
    return r.article;
  });
  lib = buildLibrary(articles);
});

const shown = (claim: string) => sources(lib, claim).answers.flatMap((a) => [a.evidence.article, ...(a.syndicated ?? []).map((e) => e.article)]);
const eventOf = (f: string) => ARTICLES[f]!.event;

describe('sources: every report of the claim\'s event before its look-alikes', () => {
  it.each([
    ['A magnitude 5.9 earthquake killed ten people in the Tarsel valley', 'quake2018'],
    ['Arno Kovan stopped Tomas Marsh in the ninth round', 'marsh'],
    ['A gunman killed four people at an office in Dunmore, Ohio', 'dunmore'],
  ])('given "%s", both outlets\' reports of it come first', (claim, event) => {
    const list = shown(claim);
    const own = Object.keys(ARTICLES).filter((f) => eventOf(f) === event);
    for (const f of own) expect(list).toContain(f);
    const firstOther = list.findIndex((f) => eventOf(f) !== event);
    if (firstOther >= 0) expect(firstOther).toBeGreaterThanOrEqual(own.length);
  });

  it('given undated reports, the quake of another year (by the days they name) is not listed with the first', () => {
    expect(shown('An earthquake of magnitude 5.9 struck the Tarsel valley')).not.toContain('q3.txt');
  });
});

describe('sources: a headline is searchable', () => {
  it('given a claim that is only a headline, its article is cited by the headline and the other outlet listed', () => {
    const a = sources(lib, 'Tarsel valley mourns its dead');
    const own = a.answers.find((x) => x.evidence.article === 'q2.txt')!;
    expect(own.evidence).toMatchObject({ headline: true, paragraph: 1, text: 'Tarsel valley mourns its dead', outlet: 'River Courier' });
    expect(Evidence.safeParse(own.evidence).success).toBe(true);
    expect(a.answers.map((x) => x.evidence.article)).toContain('q1.txt');
  });

  it('given a headline citation, the text answer says "headline" where a paragraph number stands', () => {
    const own = sources(lib, 'Tarsel valley mourns its dead').answers.find((x) => x.evidence.article === 'q2.txt')!;
    const line = citeText(own.evidence);
    expect(line).toContain('River Courier, “Tarsel valley mourns its dead”, headline');
    expect(line).not.toContain('paragraph');
  });

  it('given a body sentence, the citation keeps its paragraph number and no headline mark', () => {
    const a = sources(lib, 'Officers arrested a suspect nearby');
    const own = a.answers.find((x) => x.evidence.article === 's2.txt')!;
    expect(own.evidence.paragraph).toBe(2);
    expect(own.evidence.headline).toBeUndefined();
  });
});

describe('sources: related coverage under every verdict', () => {
  it.each([
    ['A gunman killed four people at an office in Dunmore, Ohio', 'supported'],
    ['A gunman killed nine people at an office in Dunmore, Ohio', 'conflicting'],
    ['The Dunmore gunman was a former employee of the office', 'not-found'],
  ])('given "%s" (%s), each outlet\'s report is listed with its best sentence and date', (claim, verdict) => {
    const a = sources(lib, claim);
    expect(a.verdict).toBe(verdict);
    const dunmore = a.answers.filter((x) => eventOf(x.evidence.article) === 'dunmore');
    expect(new Set(dunmore.map((x) => x.evidence.outlet))).toEqual(new Set(['Harbour Herald', 'River Courier']));
    for (const x of dunmore) {
      expect(x.evidence.published).toBe('2023-05-02');
      expect(x.evidence.text.length).toBeGreaterThan(0);
      if (verdict !== 'supported') expect(x.stance).not.toBe('supports');
    }
  });
});

describe('event identity parts', () => {
  it.each([
    ['2019-03-10', [], { day: '2019-03-10', kind: 'published' }],
    [null, [{ start: '2018-04-01', precision: 'day' }, { start: '2016-05', precision: 'month' }], { day: '2018-04-01', kind: 'named' }],
    [null, [{ start: '2022-09', precision: 'month' }], { day: '2022-09-01', kind: 'after' }],
    [null, [{ start: '2018', precision: 'year' }, { start: '--04-01', precision: 'day' }, { start: null, precision: 'unknown' }], null],
  ] as const)('given published %s and dates %j, the article is placed at %j', (published, dates, want) => {
    expect(writtenTime(published, dates)).toEqual(want);
  });

  it('given a claim\'s names, the rare one weighs more than the one every article gives', () => {
    const claim = analyseClaim('Arno Kovan stopped Tomas Marsh in Leeds', lib.sentenceIndex.sentenceTerms, lib.sentenceIndex.aliases);
    const variants = claim.parts.map((p) => lib.sentenceIndex.articleTerms.variants(p.token.term));
    const names = eventNames(claim, lib.sentenceIndex.articleTerms, variants);
    const holdsOnly = (word: string) => (i: number) => claim.parts[i]!.token.term === word;
    expect(nameShare(names, holdsOnly('marsh'))).toBeGreaterThan(nameShare(names, holdsOnly('kovan')));
    expect(nameShare(names, () => true)).toBe(1);
    expect(nameShare(names, () => false)).toBe(0);
  });
});
