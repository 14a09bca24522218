import { describe, expect, it } from 'vitest';
import { figuresDiffer, figuresIn, lookalikesLast, sameFigure } from '../../../src/answer/sources/figures.js';

describe('figures: what tells an event from a look-alike', () => {
  it('given numbers with the word beside them, each is read with that word, either side', () => {
    expect(figuresIn('A magnitude 5.9 quake; a 6.1-magnitude shock killed 1,200 people.')).toEqual(expect.arrayContaining([
      { value: '5.9', unit: 'quake' }, { value: '5.9', unit: 'magnitude' }, { value: '6.1', unit: 'magnitude' },
      { value: '1200', unit: 'people' }, { value: '1200', unit: 'killed' },
    ]));
  });

  it('given common words beside a number (a 10-year-old, since 2018), no figure', () => {
    expect(figuresIn('A 10-year-old girl, the worst since 2018.')).toEqual([]);
  });

  it.each([
    ['5.9', '6.0', true], ['5.9', '6.4', false], ['10', '12', true], ['3', '9', true], ['4', '300', false],
    ['31-24', '31-24', true], ['31-24', '20-13', false], ['2018', '2022', false],
  ])('given %s and %s, one event\'s figures: %s', (a, b, same) => {
    expect(sameFigure(a, b)).toBe(same);
  });

  it('given an article with the same kind of figure but another value, it differs; without that kind, it does not', () => {
    const claim = figuresIn('An earthquake of magnitude 5.9 struck the valley');
    expect(figuresDiffer(claim, figuresIn('A quake of magnitude 6.4 hit the valley'))).toBe(true);
    expect(figuresDiffer(claim, figuresIn('A quake of magnitude 5.9 hit; magnitude 4.1 aftershocks followed'))).toBe(false);
    expect(figuresDiffer(claim, figuresIn('A strong quake hit the valley'))).toBe(false);
  });

  it('given ranked articles, those with other figures go last, never one that carries the claim', () => {
    const art = (n: number, text: string, supports = false) => ({
      n, judgement: { supports, conflicts: [] },
      records: [{ articleNo: n, article: { title: '', paragraphs: [{ text }] } as never }],
    });
    const list = [art(0, 'magnitude 6.4 quake', true), art(1, 'magnitude 6.4 quake'), art(2, 'a strong quake'), art(3, 'magnitude 5.9 quake')];
    const sorted = list.slice().sort(lookalikesLast('a magnitude 5.9 quake', (a, b) => a.n - b.n));
    expect(sorted.map((p) => p.n)).toEqual([0, 2, 3, 1]);
  });
});
