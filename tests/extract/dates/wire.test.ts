import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/extractDates.js';
import { parseArticle } from '../../../src/parse/parseArticle.js';

function load(file: string) {
  const r = parseArticle(file, readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'dates', file), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.article;
}

describe('a business wire story published on Friday, Feb. 13, 1998', () => {
  const found = extractDates(load('markets-wire.md')).map((d) => [d.cite.paragraph, d.text, d.start, d.end]);

  it('finds and resolves every date expression, in order', () => {
    expect(found).toEqual([
      [1, 'Feb. 13', '1998-02-13', null],
      [1, 'Friday', '1998-02-13', null],
      [1, 'the fourth quarter', '1997-10', '1997-12'], // lost money in it: the last one before publication
      [1, 'a year earlier', '1996', null], // than that quarter
      [1, 'June', '1998-06', null], // "would close … by June": still to come
      [2, '1921', '1921', null],
      [2, '1997', '1997', null],
      [3, 'Wednesday', '1998-02-11', null],
      [3, 'October', '1997-10', null], // "idled since October": the last October before publication
      [4, 'yesterday', '1998-02-12', null], // not "$14.25 yesterday": a price is not a clock time
      [4, 'last month', '1998-01', null],
      [5, 'Dec. 31', '1997-12-31', null],
      [5, 'Monday', '1998-02-09', null],
      [5, 'next week', '1998-02-16', '1998-02-22'],
      [6, 'Earlier this week', '1998-02-09', '1998-02-15'],
      [6, 'Jan. 12', '1998-01-12', null],
      [7, '1992', '1992', null],
      [7, '1996', '1996', null],
    ]);
  });
});

describe('stories on either side of the new year', () => {
  it('a storm "on Dec. 30" reported on January 2 happened the year before', () => {
    const ds = extractDates(load('new-year.md'));
    expect(ds.filter((d) => d.text?.startsWith('Dec.')).map((d) => d.start)).toEqual(['2024-12-30', '2024-12-31']);
    expect(ds.find((d) => d.text === 'Jan. 6')?.start).toBe('2025-01-06');
  });
});

describe('a story with no publication date', () => {
  it('keeps stated years, leaves years out where the text gives none, and resolves no weekday', () => {
    const ds = extractDates(load('undated-visit.txt')).map((d) => [d.text, d.start, d.precision]);
    expect(ds).toEqual([['May 11', '--05-11', 'day'], ['Friday', null, 'unknown'], ['August 3, 2008', '2008-08-03', 'day']]);
  });
});
