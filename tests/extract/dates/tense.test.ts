import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/extractDates.js';
import { parseArticle } from '../../../src/parse/parseArticle.js';

/** The resolved start of `expression` in `text`, in a story published on `published`. */
function valueOf(published: string, text: string, expression: string): string | null {
  const r = parseArticle('t.md', ['---', 'title: T', 'outlet: W', `published: ${published}`, '---', '', text, ''].join('\n'));
  if (!r.ok) throw new Error(r.error);
  const found = extractDates(r.article).find((d) => d.text === expression);
  if (!found) throw new Error(`"${expression}" not found in: ${extractDates(r.article).map((d) => d.text).join(' | ')}`);
  return found.start;
}

// 2024-03-13 is a Wednesday: the Thursday before is 03-07 and the next 03-14; Monday 03-11 and 03-18.
const WED = '2024-03-13';

describe('the verb that governs a weekday decides its week', () => {
  it.each([
    // ahead: modals, plans, schedules, what is put off
    ['The envoys will meet again on Monday.', 'Monday', '2024-03-18'],
    ["They'll meet on Monday, aides said.", 'Monday', '2024-03-18'],
    ['The team planned to leave Nairobi on Thursday for Dar es Salaam.', 'Thursday', '2024-03-14'],
    ['Protesters were planning to drive around the airport on Monday.', 'Monday', '2024-03-18'],
    ['Protesters planned a large demonstration in the square on Saturday.', 'Saturday', '2024-03-16'],
    ['She is scheduled to spend five hours in Dar es Salaam, Tanzania, her first stop Monday morning.', 'Monday morning', '2024-03-18'],
    ['Officials postponed until Monday any action on the permit.', 'Monday', '2024-03-18'],
    ['The verdict is expected Thursday.', 'Thursday', '2024-03-14'],
    ['His father could come to the capital as early as Thursday.', 'Thursday', '2024-03-14'],
    ['The group would be ready to leave as soon as Monday, the minister said.', 'Monday', '2024-03-18'],
    ['The trial resumes Thursday in Harrisburg.', 'Thursday', '2024-03-14'],
    ['On Monday, the league plans to hold a news conference.', 'Monday', '2024-03-18'],
    ['Marsh said Monday that the talks will resume on Thursday.', 'Thursday', '2024-03-14'],
    // back: past verbs, wherever they stand in the clause
    ['Marsh said Monday that the talks will resume on Thursday.', 'Monday', '2024-03-11'],
    ['The ministers met in Geneva on Thursday.', 'Thursday', '2024-03-07'],
    ['On Thursday, the government planned to pay the first claims.', 'Thursday', '2024-03-07'],
    ['Neither he nor his parents could be located Monday in their hometown.', 'Monday', '2024-03-11'],
    ['A memorial service planned at the university for Saturday was canceled.', 'Saturday', '2024-03-09'],
    ['The court had ruled and set Friday as the deadline for his return.', 'Friday', '2024-03-08'],
    ['But on Monday, investigators, wondering how the gunman could have fled, searched the woods.', 'Monday', '2024-03-11'],
    ['Bombs exploded outside both embassies Friday, killing dozens of people.', 'Friday', '2024-03-08'],
    ['The border is closed since Thursday, officials say.', 'Thursday', '2024-03-07'],
    ['The following are the latest figures as of Monday.', 'Monday', '2024-03-11'],
    ['The store is closed until Thursday.', 'Thursday', '2024-03-14'],
    // a date that names a thing, not when the verb happened
    ['Relatives will look for ways to get around Monday\'s ruling.', 'Monday', '2024-03-11'],
  ])('%s (%s)', (text, expression, start) => {
    expect(valueOf(WED, text, expression)).toBe(start);
  });
});

describe('the verb that governs a month and day decides its year', () => {
  it.each([
    // a November story: what is still to come is next year, not last
    ['2024-11-20', 'The dividend is payable Jan. 2 to holders of record Dec. 15.', 'Jan. 2', '2025-01-02'],
    ['2024-11-20', 'The dividend is payable Jan. 2 to holders of record Dec. 15.', 'Dec. 15', '2024-12-15'],
    ['2024-11-20', 'Holders of preferred shares will be paid on Jan. 2.', 'Jan. 2', '2025-01-02'],
    ['2024-11-20', 'The reduced dividend is due Jan. 2.', 'Jan. 2', '2025-01-02'],
    ['2024-11-20', 'The offer expires Jan. 21.', 'Jan. 21', '2025-01-21'],
    ['2024-01-07', 'The agency ruled that he must be returned to his father by Jan. 14.', 'Jan. 14', '2024-01-14'],
    ['2024-01-07', 'He said he subpoenaed the boy to testify before the committee on Feb. 10.', 'Feb. 10', '2024-02-10'],
    ['2024-02-16', 'She has invited the ministers to a ceremony in Independence, Mo., on March 12 to mark the accession.', 'March 12', '2024-03-12'],
    ['2024-02-10', 'The alliance has decided to admit the three countries in early March, an official said.', 'early March', '2024-03'],
    ['2024-02-10', 'A ceremony would still be held at the summit on April 24.', 'April 24', '2024-04-24'],
    // …and what is done is this year or last
    ['2024-05-05', 'But on April 8, investigators, wondering how the gunman could have fled unseen, searched the site.', 'April 8', '2024-04-08'],
    ['2024-10-25', 'In January, a week after the anniversary of the Roe vs. Wade decision, a bombing killed a guard.', 'January', '2024-01'],
    ['2024-02-13', 'Lind told analysts that the mill, idled since October, will not reopen.', 'October', '2023-10'],
    ['2024-03-15', 'He died on March 21.', 'March 21', '2023-03-21'],
    // a day a story names is nearest publication, leaning back: "the Jan. 14 deadline"
    ['2024-01-05', 'Meissner gave no reason for the Jan. 14 deadline.', 'Jan. 14', '2024-01-14'],
  ])('%s: %s (%s)', (published, text, expression, start) => {
    expect(valueOf(published, text, expression)).toBe(start);
  });

  it('a story dated a day after it was written keeps a deadline that just passed in its year', () => {
    expect(valueOf('2024-01-15', 'Officials said they would repatriate the child by Jan. 14.', 'Jan. 14')).toBe('2024-01-14');
  });
});
