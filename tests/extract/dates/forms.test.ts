import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/extractDates.js';
import { easter, findHolidays, nthWeekday } from '../../../src/extract/dates/holidays.js';
import { findSpelledYears } from '../../../src/extract/dates/spelledYears.js';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import type { LocalDate } from '../../../src/extract/types.js';

function dates(published: string | null, ...paragraphs: string[]): LocalDate[] {
  const head = ['---', 'title: T', 'outlet: W', ...(published ? [`published: ${published}`] : []), '---', ''];
  const r = parseArticle('t.md', [...head, ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
  if (!r.ok) throw new Error(r.error);
  return extractDates(r.article);
}

const pairs = (ds: LocalDate[]): [string | null, string | null][] => ds.map((d) => [d.text, d.start]);

describe('a stated weekday picks the year in which it falls on that date', () => {
  it.each([
    // 2024-10-28 is a Monday, 2023-10-28 a Saturday
    ['2024-10-27', 'The paper said in an editorial on Monday, Oct. 28:', 'Monday, Oct. 28', '2024-10-28'],
    ['2024-10-27', 'The vote was held on Saturday, Oct. 28.', 'Saturday, Oct. 28', '2023-10-28'],
    ['2024-03-15', 'He was shot on the night of Friday, Oct. 23.', 'Friday, Oct. 23', '2023-10-23'],
  ])('%s: %s', (published, text, expression, start) => {
    expect(dates(published, text).find((d) => d.text === expression)?.start).toBe(start);
  });
});

describe('the word before a month says which one', () => {
  // a story of 2024-11-21
  it.each([
    ['It rained last December.', 'last December', '2023-12'],
    ['It rained last November.', 'last November', '2023-11'],
    ['Planting starts this September.', 'this September', '2024-09'],
    ['The law takes effect next March.', 'next March', '2025-03'],
    ['Sales fell this past May.', 'this past May', '2024-05'],
  ])('%s', (text, expression, start) => {
    expect(pairs(dates('2024-11-21', text))).toEqual([[expression, start]]);
  });
});

describe('holidays by rule', () => {
  it.each([
    [2024, 11, 4, 4, '2024-11-28'], // Thanksgiving: the fourth Thursday of November
    [1999, 11, 4, 4, '1999-11-25'],
    [2024, 9, 1, 1, '2024-09-02'], // Labor Day: the first Monday of September
    [2024, 5, 1, -1, '2024-05-27'], // Memorial Day: the last Monday of May
    [2023, 12, 0, -1, '2023-12-31'],
  ])('the nth weekday: %i-%i weekday %i, n=%i', (y, m, wd, n, iso) => {
    const d = nthWeekday(y, m, wd, n);
    expect(`${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`).toBe(iso);
  });

  it.each([[1998, '1998-04-12'], [2000, '2000-04-23'], [2024, '2024-03-31'], [2025, '2025-04-20']])('Easter %i', (y, iso) => {
    const d = easter(y);
    expect(`${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`).toBe(iso);
  });

  it.each([
    ['2000-01-07', 'The boy was found clinging to an inner tube on Thanksgiving Day.', 'Thanksgiving Day', '1999-11-25'],
    ['2000-02-10', 'He was placed in his care after being found at sea last Thanksgiving.', 'last Thanksgiving', '1999-11-25'],
    ['1998-10-26', 'Stopping clinic violence will be our theme from now to Election Day.', 'Election Day', '1998-11-03'],
    ['2024-12-02', 'The shops will stay open on Christmas Eve.', 'Christmas Eve', '2024-12-24'],
    ['2024-02-01', 'The ferry sank on New Year\'s Day.', 'New Year\'s Day', '2024-01-01'],
    ['2024-06-01', 'Fireworks are planned for the Fourth of July.', 'Fourth of July', '2024-07-04'],
    ['2024-05-01', 'Pilgrims gathered on Good Friday.', 'Good Friday', '2024-03-29'],
    ['2024-03-15', 'Turnout fell on Christmas 2019.', 'Christmas 2019', '2019-12-25'],
  ])('%s: %s', (published, text, expression, start) => {
    expect(pairs(dates(published, text))).toEqual([[expression, start]]);
  });

  it.each([
    'Christmas shopping began early.',
    'The Easter Island statues drew crowds.',
    'Orthodox Christmas is marked by many.',
    'The season of thanksgiving services began.',
  ])('a holiday name that describes something else is no date: %s', (text) => {
    expect(dates('2024-03-15', text)).toEqual([]);
  });

  it('without a publication date a fixed holiday keeps its day and no year; a moving one stays open', () => {
    expect(dates(null, 'They met on Christmas Day and again on Thanksgiving.').map((d) => [d.text, d.start, d.precision]))
      .toEqual([['Christmas Day', '--12-25', 'day'], ['Thanksgiving', null, 'unknown']]);
  });

  it('finds names with curly apostrophes and ignores a sentence without one', () => {
    expect(findHolidays('Parades on St. Patrick’s Day and Valentine’s Day.').map((h) => h.text)).toEqual(['St. Patrick’s Day', 'Valentine’s Day']);
    expect(findHolidays('The council met in the hall.')).toEqual([]);
  });
});

describe('years written out, fiscal years, and years bounded by a prefix', () => {
  it.each([
    ['He was born in nineteen ninety-seven.', 1997],
    ['It closed in nineteen oh five.', 1905],
    ['Built in nineteen hundred.', 1900],
    ['It opened in two thousand and one.', 2001],
    ['The plan runs to twenty twenty-four.', 2024],
    ['The town was founded in seventeen seventy-six.', 1776],
  ])('%s', (text, y) => {
    expect(findSpelledYears(text).map((s) => s.y)).toEqual([y]);
  });

  it.each([
    'Two thousand troops crossed the border.',
    'Nineteen ninety-seven people signed.',
    'Twenty five buses were late.',
    'He counted nineteen.',
  ])('a number in words is not a year: %s', (text) => {
    expect(findSpelledYears(text)).toEqual([]);
  });

  it('reads a spelled year after a month as one date', () => {
    expect(pairs(dates('2024-03-15', 'The treaty was signed in May nineteen ninety-seven.'))).toEqual([['May nineteen ninety-seven', '1997-05']]);
  });

  it.each([
    ['Earnings for fiscal 1999 rose.', 'fiscal 1999', '1999'],
    ['Sales in fiscal year 1998 rose.', 'fiscal year 1998', '1998'],
    ['The FY99 budget passed.', 'FY99', '1999'],
    ['The FY2005 budget passed.', 'FY2005', '2005'],
    ['The 2001 fiscal year ended badly.', '2001 fiscal year', '2001'],
  ])('%s', (text, expression, start) => {
    expect(pairs(dates('2024-03-15', text))).toEqual([[expression, start]]);
  });

  it('"post-1959" is after 1959 and "pre-1990" before 1990; "1990-1995" is no bare year', () => {
    const ds = dates('2024-03-15', 'The post-1959 politics split families, unlike pre-1990 rules.');
    expect(ds.map((d) => [d.text, d.start, d.relation])).toEqual([['post-1959', '1959', 'after'], ['pre-1990', '1990', 'before']]);
    expect(dates('2024-03-15', 'Flight B-1990 landed.')).toEqual([]);
  });
});

describe('dates counted from the date the story last gave', () => {
  it.each([
    [['Munero fled to Florida in June 1998 and returned to Cuba later that year.'], 'later that year', '1998'],
    [['The plant opened in 2008.', 'The following year, it closed.'], 'The following year', '2009'],
    [['Slepian was killed on Oct. 23, 1998.', 'Earlier that day, the family sent a fax.'], 'Earlier that day', '1998-10-23'],
    [['He was arrested on Feb. 22.', 'He appeared in court the next morning.'], 'the next morning', '2024-02-23'],
    [['The storm hit on March 2.', 'Crews had warned of it the day before.'], 'the day before', '2024-03-01'],
    [['The storm hit on March 2.', 'Two days later, the port reopened.'], 'Two days later', '2024-03-04'],
    [['The storm hit on March 2.', 'A week later, the port reopened.'], 'A week later', '2024-03-09'],
    [['The strike began in January 2020.', 'Three months later, it ended.'], 'Three months later', '2020-04'],
    [['The talks ended on Wednesday, March 6.', 'They had met the previous Friday.'], 'the previous Friday', '2024-03-01'],
    [['The talks ended on Wednesday, March 6.', 'They met again the following Monday.'], 'the following Monday', '2024-03-11'],
    [['Prices rose in May 2019.', 'Later that month, they fell.'], 'Later that month', '2019-05'],
  ])('%j', (paragraphs, expression, start) => {
    expect(dates('2024-03-15', ...paragraphs).find((d) => d.text === expression)?.start).toBe(start);
  });

  it('counts from the date of the event, not the day of the report ("said Friday")', () => {
    const ds = dates('2024-03-15', 'The storm hit on March 2, officials said Friday.', 'The next day, crews arrived.');
    expect(ds.find((d) => d.text === 'The next day')?.start).toBe('2024-03-03');
  });

  it('with nothing to count from, stays unresolved rather than counting from publication', () => {
    expect(dates('2024-03-15', 'The next day, crews arrived.').map((d) => [d.text, d.start])).toEqual([['The next day', null]]);
  });

  it('without a publication date, an offset from a day keeps the year unknown', () => {
    expect(pairs(dates(null, 'Talks ended the day before May 11.'))).toEqual([['the day before May 11', '--05-10']]);
    expect(pairs(dates(null, 'Talks ended the day after Feb. 28.'))).toEqual([['the day after Feb. 28', null]]);
  });

  it('without a publication date, counts only from a year the story states', () => {
    expect(pairs(dates(null, 'The dam was built in 1961.', 'The following year, it flooded.'))).toEqual([['1961', '1961'], ['The following year', '1962']]);
  });

  it.each([
    'He said that morning traffic was heavy.',
  ])('no anchored date where the words count from something else: %s', (text) => {
    expect(dates('2024-03-15', 'The storm hit on March 2.', text).filter((d) => d.cite.paragraph === 2)).toEqual([]);
  });
});

it('words that count from a happening count from its date, or stay unresolved when the story gives none', () => {
  const ds = dates('2024-03-15', 'The storm hit on March 2.', 'A day after the storm, crews cleared the roads.', 'It was the day after his death that police came.');
  expect(ds.find((d) => d.text === 'A day after the storm')?.start).toBe('2024-03-03');
  expect(ds.find((d) => d.text === 'the day after his death')).toMatchObject({ start: null, precision: 'unknown' });
});

describe('weekends run Saturday to Sunday', () => {
  // 2024-03-13 is a Wednesday; its week's weekend is March 16-17
  it.each([
    ['Talks collapsed over the weekend.', 'the weekend', '2024-03-09', '2024-03-10'],
    ['The rally will be held this weekend.', 'this weekend', '2024-03-16', '2024-03-17'],
    ['Fighting eased last weekend.', 'last weekend', '2024-03-09', '2024-03-10'],
    ['The vote is next weekend.', 'next weekend', '2024-03-23', '2024-03-24'],
  ])('%s', (text, expression, start, end) => {
    expect(dates('2024-03-13', text).map((d) => [d.text, d.start, d.end])).toEqual([[expression, start, end]]);
  });

  it('a weekend that describes a thing is no date', () => {
    expect(dates('2024-03-13', 'She reads the weekend edition.')).toEqual([]);
  });
});

describe('ranges and lists', () => {
  it('"Sept. 14 to Thursday" is two dates, the first running to the second', () => {
    // 2024-09-18 is a Wednesday; Sept. 14 a Saturday; the Thursday on or after it is Sept. 19
    const ds = dates('2024-09-18', 'The exhibition runs from Sept. 14 to Thursday.');
    expect(ds.map((d) => [d.text, d.start, d.end])).toEqual([['Sept. 14', '2024-09-14', '2024-09-19'], ['Thursday', '2024-09-19', null]]);
  });

  it('"Monday to Thursday" and "between May 5 and May 9" run from the first to the second', () => {
    expect(dates('2024-03-15', 'They met from Monday to Thursday.').map((d) => [d.text, d.start, d.end]))
      .toEqual([['Monday', '2024-03-11', '2024-03-14'], ['Thursday', '2024-03-14', null]]);
    expect(dates('2024-06-15', 'They met between May 5 and May 9.').map((d) => [d.text, d.start, d.end]))
      .toEqual([['May 5', '2024-05-05', '2024-05-09'], ['May 9', '2024-05-09', null]]);
  });

  it('"June 12-13" stays one date with its end', () => {
    expect(dates('2024-06-20', 'Leaders met on June 12-13.').map((d) => [d.text, d.start, d.end])).toEqual([['June 12-13', '2024-06-12', '2024-06-13']]);
  });

  it('days listed after a month-day are dates of that month', () => {
    expect(pairs(dates('2024-02-10', 'The summit will be held on April 24 and 25.'))).toEqual([['April 24', '2024-04-24'], ['25', '2024-04-25']]);
    expect(pairs(dates('2024-02-10', 'Polls open on May 3, 4 and 5 in the north.'))).toEqual([['May 3', '2024-05-03'], ['4', '2024-05-04'], ['5', '2024-05-05']]);
  });

  it('a year after the last listed day is every listed day\'s', () => {
    expect(pairs(dates('2024-03-15', 'The summit was held on April 24 and 25, 1999.'))).toEqual([['April 24', '1999-04-24'], ['25, 1999', '1999-04-25']]);
  });

  it('a number after a date that counts something is no day', () => {
    expect(pairs(dates('2024-02-10', 'On April 24 and 25 people were hurt.'))).toEqual([['April 24', '2023-04-24']]);
  });
});

describe('"the March accession", not "the March on Washington"', () => {
  it.each([
    ['The March accession will let them sign.', [['March', '2024-03']]],
    ['The March on Washington drew thousands.', []],
    ['The May elections were close.', [['May', '2024-05']]],
  ])('%s', (text, expected) => {
    expect(pairs(dates('2024-06-10', text))).toEqual(expected);
  });
});

describe('hostile input', () => {
  it('an enormous sentence of dates is read whole', () => {
    const text = Array.from({ length: 400 }, (_, i) => `on Monday${i % 7 === 0 ? ' the day before' : ''}`).join(' and ') + '.';
    expect(dates('2024-03-15', text).length).toBeGreaterThanOrEqual(400);
  });

  it.each(['', '   ', '\u0000\u0001', 'Christmas'.repeat(2000), 'nineteen '.repeat(3000)])('nothing breaks on %j', (text) => {
    expect(() => dates('2024-03-15', 'A first line.', text)).not.toThrow();
  });
});
