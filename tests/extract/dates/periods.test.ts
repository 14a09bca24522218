import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/extractDates.js';
import { parseArticle } from '../../../src/parse/parseArticle.js';

function dates(published: string | null, text: string) {
  const head = ['---', 'title: Test story', 'outlet: Test Wire', ...(published ? [`published: ${published}`] : []), '---', ''];
  const r = parseArticle('test.md', [...head, text, ''].join('\n'));
  if (!r.ok) throw new Error(r.error);
  return extractDates(r.article).map((d) => [d.text, d.start, d.end]);
}

// 1998-11-10 is in the fourth quarter
describe('quarters and fiscal years', () => {
  it.each([
    ['Profits rose in the third quarter.', ['the third quarter', '1998-07', '1998-09']],
    ['Revenue will grow in the fourth quarter.', ['the fourth quarter', '1998-10', '1998-12']], // under way: still ahead
    ['Revenue will grow in the first quarter.', ['the first quarter', '1999-01', '1999-03']],
    ['Earnings fell in the first quarter of 1996.', ['the first quarter of 1996', '1996-01', '1996-03']],
    ['Sales rose in the third quarter of last year.', ['the third quarter of last year', '1997-07', '1997-09']],
    ['The company reported fourth-quarter earnings.', ['fourth-quarter', '1998-10', '1998-12']],
    ['Sales fell in Q3, analysts said.', ['Q3', '1998-07', '1998-09']],
    ['Q2 2019 results beat forecasts.', ['Q2 2019', '2019-04', '2019-06']],
    ['Sales rose last quarter.', ['last quarter', '1998-07', '1998-09']],
    ['Sales will rise next quarter.', ['next quarter', '1999-01', '1999-03']],
    ['The deficit will shrink this fiscal year.', ['this fiscal year', '1998', null]],
  ])('%s', (text, expected) => {
    expect(dates('1998-11-10', text)).toEqual([expected]);
  });

  it.each([
    'The team scored 20 points in the third quarter.',
    'The Colts overcame a 14-0 deficit in the second quarter.',
    'He lives in the old quarter of the city.',
    'Shares of Q3 Systems rose 4%.',
  ])('no date in: %s', (text) => {
    expect(dates('1998-11-10', text).filter(([t]) => /quarter|Q3/.test(String(t)))).toEqual([]);
  });

  it('a year counted from a quarter is the year before the quarter\'s', () => {
    expect(dates('1998-02-13', 'It lost money in the fourth quarter, after a profit a year earlier.'))
      .toEqual([['the fourth quarter', '1997-10', '1997-12'], ['a year earlier', '1996', null]]);
  });

  it('without a publication date a quarter gets no invented year, a stated one keeps it', () => {
    expect(dates(null, 'Profits rose in the third quarter.')).toEqual([['the third quarter', null, null]]);
    expect(dates(null, 'Profits rose in the third quarter of 1997.')).toEqual([['the third quarter of 1997', '1997-07', '1997-09']]);
    expect(dates(null, 'The deficit will shrink this fiscal year.')).toEqual([['this fiscal year', null, null]]);
  });
});
