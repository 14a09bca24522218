import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/extract/quotes/quoteMarks.js';

const texts = (p: string, continuing = false) => findQuoteSpans(p, continuing).map((s) => p.slice(s.start, s.end));

describe('quote marks, every style', () => {
  it('finds curly, straight, guillemet, low-high and backtick quotes', () => {
    expect(texts('“The port is open,” she said.')).toEqual(['The port is open,']);
    expect(texts('"The port is open," she said.')).toEqual(['The port is open,']);
    expect(texts('«Le port est ouvert», a-t-il dit.')).toEqual(['Le port est ouvert']);
    expect(texts('„Der Hafen ist offen“, sagte sie.')).toEqual(['Der Hafen ist offen']);
    expect(texts("``The port is open,'' she said.")).toEqual(['The port is open,']);
  });

  it('reads doubled apostrophes as opening and closing marks in transcripts', () => {
    expect(texts("He told me, ''We will not sell the land.''")).toEqual(['We will not sell the land.']);
  });

  it('finds British single quotes but not apostrophes', () => {
    expect(texts("‘We won’t close the library,’ the councillor said.")).toEqual(['We won’t close the library,']);
    expect(texts("'It's good news,' he said.")).toEqual(["It's good news,"]);
    expect(texts('The minister’s plan and the voters’ anger don’t mix.')).toEqual([]);
  });

  it('keeps a quote nested in another style inside the outer one', () => {
    const p = '"She asked me: “Will you stay?” and I said yes," he recalled.';
    expect(texts(p)).toEqual(['She asked me: “Will you stay?” and I said yes,']);
  });

  it('pairs a scrape that opens with one style and closes with another', () => {
    expect(texts('There was “no evidence" yet, the mayor said.')).toEqual(['no evidence']);
  });

  it('reports a quote still open at the paragraph end, and closes it in the next paragraph', () => {
    const [open] = findQuoteSpans('“We handed over every prisoner we held.');
    expect(open!.open).toBe(true);
    expect(texts('And we will do it again”, the president said.', true)).toEqual(['And we will do it again']);
  });

  it('stays linear on thousands of unbalanced marks', () => {
    const p = `${'“a '.repeat(20000)} ${"'b ".repeat(20000)}`;
    const spans = findQuoteSpans(p);
    expect(spans.length).toBeGreaterThan(0);
  });
});
