// One Evidence per cited place in an article: the quotes, dates and events citing the same sentence share
// it, and it says what evidenceOf says for that place.
import { describe, expect, it } from 'vitest';
import { evidenceFor, evidenceOf } from '../../src/library/evidence.js';
import { parseSeedFiles } from '../../src/load/loadSeeds.js';

const TEXT = 'Ferry crews vote on a strike\n\nHarbour Wire\nPublished: 2024-03-04\n\n' +
  'The ferry crews of the western sound voted on Monday to stop work. “We will not sail,” said Ilse Varga.\n\n' +
  'The vote ends talks that began in January.\n';

const article = () => {
  const a = parseSeedFiles([{ file: 'ferry.txt', text: TEXT }]).articles[0];
  if (!a) throw new Error('the fixture did not parse');
  return a;
};

describe('evidenceFor', () => {
  it('gives one object for one place and another for another place, each as evidenceOf gives it', () => {
    const a = article();
    const p1 = a.paragraphs[0]!;
    const first = { paragraph: p1.n, text: p1.sentences[0]!.text };
    const second = { paragraph: p1.n, text: p1.sentences[1]!.text };
    const of = evidenceFor(a);
    const e = of(first);
    expect(of({ ...first })).toBe(e);
    expect(e).toEqual(evidenceOf(a, first));
    expect(of(second)).not.toBe(e);
    expect(of(second)).toEqual(evidenceOf(a, second));
  });

  it('tells a headline cite from a body cite of the same text and paragraph', () => {
    const a = article();
    const body = { paragraph: 1, text: a.title };
    const headline = { paragraph: 1, text: a.title, headline: true as const };
    const of = evidenceFor(a);
    expect(of(headline)).not.toBe(of(body));
    expect(of(headline).headline).toBe(true);
    expect(of(body).headline).toBeUndefined();
  });
});
