import { describe, expect, it } from 'vitest';
import { headlineReading } from '../../../src/answer/sources/headline.js';
import { sources } from '../../../src/answer/sources/sources.js';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import { buildLibrary } from '../../../src/library/library.js';

const article = (title: string, body: string) => ({ title, paragraphs: [{ text: body }] });

describe('headline: read as the body writes its words', () => {
  it('given a title-case headline, words the body writes in lower case lose their capital, names keep it', () => {
    const a = article('Mara Vent Checks Into Clinic', 'Mara Vent checked into a clinic on Friday. Vent said she felt well.');
    const reading = headlineReading(a);
    expect(reading).toBe('Mara Vent checks into clinic');
    expect(reading.length).toBe(a.title.length);
  });

  it('given a headline in sentence case, it is read as written', () => {
    expect(headlineReading(article('Mara Vent checks into clinic', 'Mara Vent checked in.'))).toBe('Mara Vent checks into clinic');
  });

  it('given a claim with another first name than the headline\'s, the headline does not back it', () => {
    const r = parseArticle('vent.txt', 'Mara Vent Checks Into Clinic\n\nDaily Lamp\nPublished: 2024-02-02\n\n'
      + 'The singer spent the weekend at a private clinic near the coast, her agent said.\n\nVent has put her tour on hold.');
    if (!r.ok) throw new Error(r.error);
    const lib = buildLibrary([r.article]);
    expect(sources(lib, 'Mara Vent checks into clinic').verdict).toBe('supported');
    expect(sources(lib, 'Tessa Vent checks into clinic').verdict).not.toBe('supported');
  });
});
