import { describe, expect, it } from 'vitest';
import { findDateSpans } from '../../../src/extract/dates/findDateSpans.js';

// chrono is skipped for sentences that hold nothing its parsers read as a date: these pin that the quick
// check lets every kind of date through, and that sentences without one still give nothing.
const REF = new Date(Date.UTC(2024, 2, 15, 12));
const texts = (sentence: string): string[] => findDateSpans(sentence, REF).map((s) => s.text);

describe('a sentence that holds a date still has it found', () => {
  it.each([
    ['The ceasefire was signed on 2024-03-01 in Geneva.', '2024-03-01'],
    ['Ballots cast on 3/12/2023 were counted twice.', '3/12/2023'],
    ['The council met on Tuesday.', 'Tuesday'],
    ['Talks resumed on Sept. 4 after a pause.', 'Sept. 4'],
    ['The ministry said so yesterday.', 'yesterday'],
    ['The mayor will speak to reporters tomorrow.', 'tomorrow'],
    ['The strike began two weeks ago.', 'two weeks ago'],
    ['The port reopened last month.', 'last month'],
    ['The offices stay shut on a weekday.', 'weekday'],
    ['Residents were evacuated on the 5th of March.', '5th of March'],
    ['They met last night.', 'last night'],
  ])('%s', (sentence, expected) => {
    expect(texts(sentence)).toContain(expected);
  });

  it('keeps a bare year, which never needed chrono', () => {
    expect(texts('The plant closed in 1998 and never reopened.')).toEqual(['1998']);
  });
});

describe('a sentence without a date gives nothing', () => {
  it.each([
    'The vote was 52 to 48, with 3 abstentions.',
    'The mayor and the market regulator disagreed about money.',
    'Secretary Lin, a minister since the reform, declined to comment.',
    'He scored 7 points in the second half.',
    'They said the peace lasts.', // no "the y" or "last s"
    'Nowhere has the vote been counted for hours.',
    'She took the money out of the account.',
    '',
  ])('%j', (sentence) => {
    expect(texts(sentence)).toEqual([]);
  });
});
