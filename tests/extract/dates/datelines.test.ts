import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/extractDates.js';
import { extractEvents } from '../../../src/extract/events/extractEvents.js';
import { datelineEnd, isDatelineLine } from '../../../src/parse/header.js';
import { parseArticle } from '../../../src/parse/parseArticle.js';

/** A scraped story: headline, header lines, then one body paragraph. */
function scraped(header: string[], body: string) {
  const r = parseArticle('wire.txt', ['Ministers meet on trade', '', ...header, '', body, ''].join('\n'));
  if (!r.ok) throw new Error(r.error);
  return r.article;
}

describe('wire datelines on a header line of their own', () => {
  it.each([
    ['BEIJING, March 3 (Xinhua) --', 'Xinhua News Agency', '2011-03-04', 'March 3', '2011-03-03'],
    ['NEW YORK, Jan. 5 (Reuters) -', 'Reuters', '2015-01-05', 'Jan. 5', '2015-01-05'],
    ['CAIRO, 12 May (AFP) —', 'AFP', '2019-05-12', '12 May', '2019-05-12'],
    // filed on the 8th in Asia, dated the 7th at home: the nearer side of publication, not a year back
    ['TOKYO, Aug. 8 (Kyodo) _', 'Kyodo News', '2009-08-07', 'Aug. 8', '2009-08-08'],
    ['PARIS, Dec. 31 --', 'Wire Service', '2002-01-02', 'Dec. 31', '2001-12-31'],
  ])('%s is a date of the story', (line, outlet, published, text, value) => {
    const a = scraped([outlet, `Published: ${published}`, line], 'The ministers agreed on a plan.');
    expect(a.dateline).toBe(line);
    expect(a.outlet).toBe(outlet);
    const d = extractDates(a).find((x) => x.text === text);
    expect(d?.start).toBe(value);
    expect(d?.cite).toEqual({ paragraph: 1, text: line });
  });

  it('a dateline right after the publication line is not taken as the outlet', () => {
    const a = scraped(['Published: 2011-03-04', 'BEIJING, March 3 (Xinhua) --'], 'The ministers agreed on a plan.');
    expect([a.outlet, a.dateline]).toEqual([null, 'BEIJING, March 3 (Xinhua) --']);
  });

  it('without a publication date the dateline gives no invented year', () => {
    const a = scraped(['Xinhua News Agency', 'BEIJING, March 3 (Xinhua) --'], 'The ministers agreed on a plan.');
    expect(extractDates(a).map((d) => d.start)).toEqual(['--03-03']);
  });

  it('the dateline date dates no event, and the lede keeps its own dates', () => {
    const a = scraped(['Xinhua News Agency', 'Published: 2011-03-04', 'BEIJING, March 3 (Xinhua) --'],
      'The minister visited Shanghai on Tuesday.');
    const ds = extractDates(a);
    expect(ds.map((d) => d.text)).toEqual(['March 3', 'Tuesday']);
    expect(extractEvents(a, [], ds).map((e) => e.date?.text ?? null)).toEqual(['Tuesday']);
  });
});

describe('datelines read from a line or a paragraph', () => {
  it.each([
    ['BEIJING, March 3 (Xinhua) --', true],
    ['DAR ES SALAAM, Tanzania (AP) _', true],
    ['HAVANA (AP) --', true],
    ['WASHINGTON —', true],
    ['Xinhua News Agency', false],
    ['BREAKING NEWS', false],
    ['By Jane Smith', false],
  ])('%s is a dateline line: %s', (line, yes) => {
    expect(isDatelineLine(line)).toBe(yes);
  });

  it.each([
    ['NEW YORK, Jan. 5 (Reuters) - Stocks rose.', 'NEW YORK, Jan. 5 (Reuters) -'],
    ['WASHINGTON (AP) _ The Senate voted.', 'WASHINGTON (AP) _'],
    ['LONDON - The pound fell.', 'LONDON -'],
    ['U.S.-led forces moved north.', ''],
    ['The Senate voted on Tuesday.', ''],
  ])('%s opens with the dateline "%s"', (text, head) => {
    expect(text.slice(0, datelineEnd(text)).trim()).toBe(head);
  });

  it('a date in an opening dateline is the filing day, whatever the verb after it', () => {
    // published five days after filing: "will" after the dateline does not push Jan. 5 into next year
    const a = scraped(['Reuters', 'Published: 2015-01-10'], 'NEW YORK, Jan. 5 (Reuters) - Stocks will open lower, traders said.');
    expect(extractDates(a).find((d) => d.text === 'Jan. 5')?.start).toBe('2015-01-05');
  });
});
