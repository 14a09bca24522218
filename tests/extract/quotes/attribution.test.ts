import { describe, expect, it } from 'vitest';
import { readFixture } from '../../support/fixtures.js';
import { article, body, quotesOf, quoteWith as find } from '../../support/quotes.js';

describe('direct quotes and their speakers', () => {
  it('given wire copy, attributes after the quote, inverted and by pronoun', () => {
    const qs = quotesOf(article(readFixture('quotes/wire-harbour.txt')));
    expect(find(qs, 'waited eleven years')).toEqual(['Marta Velikova', 'direct', 'We have waited eleven years for this decision, and the ships cannot wait any longer']);
    expect(find(qs, 'spawning grounds')?.[0]).toBe('Anton Brek');
    expect(find(qs, 'take this to court')?.[0]).toBe('Anton Brek');
    expect(find(qs, 'best day for the harbour')?.[0]).toBe('Marta Velikova');
  });

  it('given British single quotes, finds them and the partial quote inside a that-clause', () => {
    const qs = quotesOf(article(readFixture('quotes/british-library.txt')));
    expect(find(qs, 'Libraries are where')?.slice(0, 2)).toEqual(['Priya Natarajan', 'direct']);
    expect(find(qs, 'a mistake we will not repeat')?.[0]).toBe('Priya Natarajan');
    expect(find(qs, 'good news')?.[0]).toBe('Gareth Moss');
    // a two-word name of a scheme in quotes is not speech
    expect(find(qs, 'reading cafe')).toBeUndefined();
  });

  it('given a quote over two paragraphs, gives both parts the speaker named at the end, found by role', () => {
    const qs = quotesOf(article(readFixture('quotes/continued-summit.txt')));
    expect(find(qs, 'agreed on the principles')?.[0]).toBe('Juris Ozols');
    expect(find(qs, 'report to parliament')?.[0]).toBe('Juris Ozols');
    expect(find(qs, 'protect the river')?.[0]).toBe('Kadri Lepik');
    expect(find(qs, 'sign the treaty in the autumn')?.slice(0, 2)).toEqual(['Kadri Lepik', 'direct']);
  });

  it('given a transcript, takes the speaker labels and doubled-apostrophe quotes, but not the moderator', () => {
    const qs = quotesOf(article(readFixture('quotes/transcript-forum.txt')));
    expect(find(qs, 'federal grant')?.[0]).toBe('Elena Sorokina');
    expect(find(qs, 'conditions the city could not meet')?.[0]).toBe('Tomas Reyes');
    expect(find(qs, 'east side wait')?.[0]).toBe('Elena Sorokina');
    expect(find(qs, 'pay for the new tram')).toBeUndefined();
  });

  it('given the attribution in the middle, gives both halves one speaker', () => {
    const qs = quotesOf(body('"The bridge will open in May," Mayor Ines Kowal said, "and the tolls will be lifted in June."'));
    expect(find(qs, 'bridge will open')?.[0]).toBe('Ines Kowal');
    expect(find(qs, 'tolls will be lifted')?.[0]).toBe('Ines Kowal');
  });

  it('given a dash signature after a quote, takes the name', () => {
    const qs = quotesOf(body('“The new bus lanes have cut my commute in half and I hope they stay.” ― Dana Whitfield'));
    expect(find(qs, 'bus lanes')?.[0]).toBe('Dana Whitfield');
  });

  it('given a colon introduction in its own paragraph, attributes the next paragraph', () => {
    const qs = quotesOf(body('Senator Ruth Adeyemi, who chairs the committee, continued:', '"We will hold hearings on the contracts in the spring, and every bidder will testify."'));
    expect(find(qs, 'hold hearings')?.[0]).toBe('Ruth Adeyemi');
  });

  it('given a pronoun, picks the last person of that gender', () => {
    const qs = quotesOf(body(
      'Mr. Paul Okafor met Mrs. Helen Strand on Friday.',
      '"The talks were frank and we will meet again next month," she said.',
    ));
    expect(find(qs, 'talks were frank')?.[0]).toBe('Helen Strand');
  });

  it('given no attribution anywhere, leaves the speaker unknown rather than guessing', () => {
    const qs = quotesOf(body('Farmers gathered outside the ministry on Monday.', '"No rain, no harvest, no future for this valley at all."'));
    expect(find(qs, 'No rain')?.[0]).toBe('unknown');
  });

  it('ignores scare quotes and titles', () => {
    const qs = quotesOf(body('The so-called "reform" was discussed on "Morning Politics With Jan" by the panel.'));
    expect(qs.filter((q) => q[1] === 'direct')).toEqual([]);
  });
});

describe('reported speech', () => {
  it('finds "X said that", "…, X said" and "according to"', () => {
    const qs = quotesOf(article(readFixture('quotes/wire-harbour.txt')));
    expect(find(qs, 'dredging of the northern channel')).toEqual(['Marta Velikova', 'indirect', 'the dredging of the northern channel would begin in June']);
    expect(find(qs, 'too shallow')?.slice(0, 2)).toEqual(['officials', 'indirect']);
    expect(find(qs, '42 million euros')?.[1]).toBe('indirect');
  });

  it('reads the organisation or unnamed source that spoke', () => {
    const qs = quotesOf(body(
      'The ministry said the border crossing would reopen on Thursday after repairs.',
      'The Valley Herald reported that the repairs had cost twice the estimate.',
      'The crossing had been closed for weeks, a source said.',
    ));
    expect(find(qs, 'border crossing would reopen')?.[0]).toBe('the ministry');
    expect(find(qs, 'cost twice the estimate')?.[0]).toBe('The Valley Herald');
    expect(find(qs, 'closed for weeks')?.[0]).toBe('a source');
  });

  it('does not take "said" without a clause, or words inside a quote, as reported speech', () => {
    const qs = quotesOf(body('He said so on Monday.', '"I will say that the vote was fair and the count was clean," she said.'));
    expect(qs.filter((q) => q[1] === 'indirect')).toEqual([]);
  });
});

describe('hostile input', () => {
  it('survives a huge paragraph of unbalanced marks and cues quickly', () => {
    const p = `${'“He said that '.repeat(5000)}${'" said Ann Lee, '.repeat(5000)}`;
    const a = body(p);
    expect(() => quotesOf(a)).not.toThrow();
  });
});
