import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/extractDates.js';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import type { LocalDate } from '../../../src/extract/types.js';

/** The dates of an article in the front-matter layout, one paragraph per string. */
function dates(published: string | null, ...paragraphs: string[]): LocalDate[] {
  const head = ['---', 'title: Test story', 'outlet: Test Wire', ...(published ? [`published: ${published}`] : []), '---', ''];
  const r = parseArticle('test.md', [...head, ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
  if (!r.ok) throw new Error(r.error);
  return extractDates(r.article);
}

const find = (ds: LocalDate[], text: string): LocalDate => {
  const d = ds.find((x) => x.text === text);
  if (!d) throw new Error(`"${text}" not found in: ${ds.map((x) => x.text).join(' | ')}`);
  return d;
};

describe('dates counted from a happening the story dates elsewhere', () => {
  const STORY = [
    'Police are still looking for the gunman in the March 4 shooting of the grocer, Anton Pavel, officials said Friday.',
    'Neighbours gathered outside the shop the day after his death.',
    'A witness saw a grey van parked there 10 days before the killing, and detectives think the gun was hidden in the weeks before Pavel was shot.',
  ];

  it('"the day after his death": the death is the shooting the story dated, not the day of the report', () => {
    expect(find(dates('2024-03-22', ...STORY), 'the day after his death')).toMatchObject({ start: '2024-03-05', precision: 'day', relation: 'on' });
  });

  it('a count of days before it is a day; "the weeks before" is only a bound, on the happening\'s date', () => {
    const ds = dates('2024-03-22', ...STORY);
    expect(find(ds, '10 days before the killing').start).toBe('2024-02-23');
    expect(find(ds, 'the weeks before Pavel was shot')).toMatchObject({ start: '2024-03-04', relation: 'before' });
  });

  it('a vote, and a month counted from an election', () => {
    const ds = dates('2023-06-30', 'Voters in Ostrava went to the polls on May 14.', 'Two days after the vote, the count was done, and a month after the election the council met.');
    expect(find(ds, 'Two days after the vote').start).toBe('2023-05-16');
    expect(find(ds, 'a month after the election')).toMatchObject({ start: '2023-06', precision: 'month' });
  });

  it('a happening the story never dates leaves the phrase unresolved, never counted from publication', () => {
    const ds = dates('2024-03-22', 'The family left town two days after the funeral.');
    expect(find(ds, 'two days after the funeral')).toMatchObject({ start: null, precision: 'unknown' });
  });

  it('a date far from the happening\'s word is not its date', () => {
    const ds = dates('2024-03-22',
      'On March 12 detectives went back to search the alley behind the shop where the shooting happened, and found nothing.',
      'A witness saw the van the day after the shooting.');
    expect(find(ds, 'the day after the shooting').start).toBeNull();
  });

  it('without a publication date, a happening dated with no year gives no year either', () => {
    const ds = dates(null, 'The grocer was shot on March 4.', 'Neighbours gathered the day after his death.');
    expect(find(ds, 'the day after his death').start).toBeNull();
  });

  it('a happening dated in its own clause keeps that date as written', () => {
    const ds = dates('2024-03-15', 'The envoys talked a day after Brandt arrived from Vienna on Wednesday.');
    expect(ds.map((d) => d.text)).toEqual(['Wednesday']);
  });

  it('"the day after" with no happening after it still counts from the story\'s last date', () => {
    const ds = dates('2024-03-22', 'The ministers met on March 4.', 'The day after, they signed the accord.');
    expect(find(ds, 'The day after').start).toBe('2024-03-05');
  });
});
