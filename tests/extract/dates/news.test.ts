import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/extractDates.js';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import type { Article } from '../../../src/parse/article.js';
import type { LocalDate } from '../../../src/extract/types.js';

/** An article in the front-matter layout, one paragraph per string. */
function article(published: string | null, ...paragraphs: string[]): Article {
  const head = ['---', 'title: Test story', 'outlet: Test Wire', ...(published ? [`published: ${published}`] : []), '---', ''];
  const r = parseArticle('test.md', [...head, ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
  if (!r.ok) throw new Error(r.error);
  return r.article;
}

function dates(published: string | null, ...paragraphs: string[]): LocalDate[] {
  return extractDates(article(published, ...paragraphs));
}

function one(published: string | null, text: string, expression: string): LocalDate {
  const found = dates(published, text).find((d) => d.text === expression);
  if (!found) throw new Error(`"${expression}" not found in: ${dates(published, text).map((d) => d.text).join(' | ')}`);
  return found;
}

describe('weekdays in news reports', () => {
  // 2024-03-15 is a Friday
  it('a weekday in a past-tense report is the latest one on or before publication', () => {
    expect(one('2024-03-15', 'The ministers met in Geneva on Tuesday.', 'Tuesday').start).toBe('2024-03-12');
    expect(one('2024-03-15', 'The ministers met in Geneva on Friday.', 'Friday').start).toBe('2024-03-15');
    expect(one('2024-03-15', 'Shares fell sharply on Saturday.', 'Saturday').start).toBe('2024-03-09');
  });

  it('a weekday in a clause that looks ahead is the next one', () => {
    expect(one('2024-03-15', 'The envoys will meet again on Monday.', 'Monday').start).toBe('2024-03-18');
    expect(one('2024-03-15', 'Marsh said both sides would meet again on Tuesday.', 'Tuesday').start).toBe('2024-03-19');
    expect(one('2024-03-15', 'The trial resumes Wednesday in Harrisburg.', 'Wednesday').start).toBe('2024-03-20');
  });

  it('"said Friday" is the report itself, in the past, even when the clause after it looks ahead', () => {
    const ds = dates('2024-03-14', 'Marsh said Monday that the talks will resume on Friday.');
    expect(ds.map((d) => [d.text, d.start])).toEqual([['Monday', '2024-03-11'], ['Friday', '2024-03-15']]);
  });

  it('keeps the part of the day in the text and the day in the value', () => {
    const d = one('2024-03-15', 'Protesters gathered on Thursday night outside parliament.', 'Thursday night');
    expect([d.start, d.precision]).toEqual(['2024-03-14', 'day']);
  });
});

describe('days and months without a year', () => {
  it('"on Dec. 30" in an article of January 2 is the year before', () => {
    const d = one('2025-01-02', 'A winter storm tore through the harbour on Dec. 30.', 'Dec. 30');
    expect([d.start, d.precision, d.relation]).toEqual(['2024-12-30', 'day', 'on']);
  });

  it('a day still to come in the new year stays in it', () => {
    expect(one('2025-01-02', 'Repairs will begin on Jan. 6.', 'Jan. 6').start).toBe('2025-01-06');
  });

  it('a past-tense month-day never lands after publication', () => {
    expect(one('2024-03-15', 'He died on March 21.', 'March 21').start).toBe('2023-03-21');
    expect(one('2024-03-15', 'Elections will be held on March 21.', 'March 21').start).toBe('2024-03-21');
  });

  it('a month-day in a clause that points nowhere leans past unless the next one is much nearer', () => {
    expect(one('2016-09-27', 'The outcome of the Nov. 8 presidential election is open.', 'Nov. 8').start).toBe('2016-11-08');
    expect(one('2016-09-27', 'The March 3 vote split the party.', 'March 3').start).toBe('2016-03-03');
  });

  it('a month alone after "in" takes the nearest year on the right side of publication', () => {
    expect(one('2024-03-15', 'Prices rose sharply in February.', 'February').start).toBe('2024-02');
    expect(one('2024-03-15', 'Prices rose sharply in October.', 'October').start).toBe('2023-10');
  });

  it('ranges keep their start and end', () => {
    const d = one('2023-06-20', 'Leaders met in Lisbon on June 12-13.', 'June 12-13');
    expect([d.start, d.end, d.precision]).toEqual(['2023-06-12', '2023-06-13', 'day']);
  });

  it('a list takes its year from the date that states it', () => {
    const ds = dates('2024-03-15', 'Floods struck on March 21 and April 3, 2016.');
    expect(ds.map((d) => d.start)).toEqual(['2016-03-21', '2016-04-03']);
  });
});

describe('relative expressions against the publication date', () => {
  const pub = '2024-03-15';
  it.each([
    ['Fighting flared two days ago.', 'two days ago', '2024-03-13', 'day'],
    ['The minister resigned yesterday.', 'yesterday', '2024-03-14', 'day'],
    ['Shelling cut power earlier this month.', 'earlier this month', '2024-03', 'month'],
    ['Exports fell last month.', 'last month', '2024-02', 'month'],
    ['Sales rose 5 percent last year.', 'last year', '2023', 'year'],
    ['The plant closed a year ago.', 'a year ago', '2023', 'year'],
    ['Output will rise next year.', 'next year', '2025', 'year'],
    ['He will step down early next year.', 'early next year', '2025', 'year'],
  ])('%s', (text, expression, start, precision) => {
    const d = one(pub, text, expression);
    expect([d.start, d.precision]).toEqual([start, precision]);
  });

  it('"last week" is the Monday-to-Sunday week before publication', () => {
    const d = one(pub, 'Their deputies drafted the text last week.', 'last week');
    expect([d.start, d.end]).toEqual(['2024-03-04', '2024-03-10']);
  });
});

describe('months, years and hedges', () => {
  it('"mid-March" keeps its hedge in the text and is about a month', () => {
    const d = one('2024-06-01', 'The ceasefire held until mid-March.', 'mid-March');
    expect([d.start, d.precision]).toEqual(['2024-03', 'month']);
  });

  it('"November 2019", "in 2016" and "January 20, 1990" are absolute', () => {
    const ds = dates('2024-06-01', 'He first raised it in November 2019, again in 2016, and on January 20, 1990.');
    expect(ds.map((d) => [d.text, d.start, d.precision])).toEqual([
      ['November 2019', '2019-11', 'month'], ['2016', '2016', 'year'], ['January 20, 1990', '1990-01-20', 'day'],
    ]);
  });

  it('says how a date bounds what it dates', () => {
    expect(one('2024-06-01', 'Prices have risen since 2016.', '2016').relation).toBe('after');
    expect(one('2024-06-01', 'The law must pass before May 5.', 'May 5').relation).toBe('before');
    expect(one('2024-06-01', 'The ceasefire held until mid-March.', 'mid-March').relation).toBe('before');
  });
});

describe('offsets and compounds', () => {
  it.each([
    ['Donors gave on the day after Monday\'s debate.', 'the day after Monday', '2016-09-27'],
    ['The day before last Tuesday\'s hearing, he flew in.', 'The day before last Tuesday', '2016-09-26'],
    ['Talks ended the day before Sept. 14.', 'the day before Sept. 14', '2016-09-13'],
  ])('an offset moves the date it counts from: %s', (text, expression, start) => {
    expect(one('2016-09-30', text, expression).start).toBe(start);
  });

  it('"Seventy-four years ago" is not "four years ago"', () => {
    expect(dates('2016-09-08', 'Seventy-four years ago, a naval battle raged here.')).toEqual([]);
  });

  it('"March of next year" is one month of one year', () => {
    const d = one('2016-09-18', 'Leaders agreed to draft a plan by March of next year.', 'March of next year');
    expect([d.start, d.precision, d.relation]).toEqual(['2017-03', 'month', 'before']);
  });

  it('"the next day" counts from the date the story last gave', () => {
    const ds = dates('2024-03-15', 'The storm hit on March 2.', 'The next day, crews arrived.');
    expect(ds.map((d) => d.start)).toEqual(['2024-03-02', '2024-03-03']);
  });

  it('"June 16th of last year" is one day', () => {
    expect(one('2016-10-02', 'We started this journey on June 16th of last year.', 'June 16th of last year').start).toBe('2015-06-16');
  });

  it('a compound word is not a date: "the day-long meeting"', () => {
    expect(dates('2016-09-18', 'Merkel spoke to reporters after the day-long meeting.')).toEqual([]);
  });

  it('a price before a date is not a clock time', () => {
    expect(dates('1998-02-13', 'Shares fell to $14.25 yesterday.').map((d) => d.text)).toEqual(['yesterday']);
  });
});

describe('without a publication date, no year is invented', () => {
  it('a month-day keeps an unknown year', () => {
    const d = one(null, 'On May 11, Sergey Lavrov met with his counterpart.', 'May 11');
    expect([d.start, d.precision]).toEqual(['--05-11', 'day']);
  });

  it('a range keeps an unknown year at both ends', () => {
    const d = one(null, 'Prior to his arrival in Baku on May 5-6, he visited Yerevan.', 'May 5-6');
    expect([d.start, d.end]).toEqual(['--05-05', '--05-06']);
  });

  it('relative words stay unresolved but are still listed', () => {
    const ds = dates(null, 'He visited the pumping station on Friday and left yesterday.');
    expect(ds.map((d) => [d.text, d.start, d.precision])).toEqual([['Friday', null, 'unknown'], ['yesterday', null, 'unknown']]);
  });

  it('a stated year is kept', () => {
    expect(one(null, 'The dam was repaired on August 3, 2008.', 'August 3, 2008').start).toBe('2008-08-03');
  });
});

describe('things that are not dates', () => {
  it.each([
    'About 2000 people attended the rally.',
    'The 1990s were a turbulent decade.',
    'Prices have doubled over the past two years.',
    'May I add one thing, he asked.',
    'The march on the capital was peaceful.',
    'The meeting began at 3 p.m. local time.',
    'The company employs 1500 workers.',
    'The two spoke for about five minutes.',
    'The town has not seen such floods for 75 years.',
    'In the weeks since the vote, turnout data trickled in.',
    'A reporter for USA Today asked the question.',
    'It happened several years ago.',
    'A suspect was returned after three days of questioning.',
    'The family must appeal within 14 days.',
    'Sales of preferred shares reduced the dividend.',
    'The mill was sold in the mid-1980s after its owner went bankrupt.',
    'Unemployment stayed in the low 50s after the cuts.',
  ])('%s', (text) => {
    expect(dates('2024-03-15', text)).toEqual([]);
  });

  it('an empty or dateless paragraph gives nothing', () => {
    expect(dates('2024-03-15', 'Nothing happened here at all.')).toEqual([]);
  });
});

describe('every date of the body, with where it stands', () => {
  it('cites the paragraph and the sentence', () => {
    const ds = dates('2024-03-15', 'First paragraph without one.', 'Talks began on Monday. They ended on Wednesday.');
    expect(ds.map((d) => [d.cite.paragraph, d.cite.text])).toEqual([
      [2, 'Talks began on Monday.'], [2, 'They ended on Wednesday.'],
    ]);
  });
});
