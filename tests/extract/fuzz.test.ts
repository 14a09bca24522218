// The extractors (through extractArticle) and buildLibrary under hostile articles: they never throw, every
// quote is a verbatim slice of its paragraph, and what the library hands out validates against the
// contract shapes. No timing assertions: the long cases are sizes a quadratic pass could not finish
// within the test timeout (a run-on sentence or a paragraph of thousands of quotes).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Event, ExtractedArticle, Person, Quote } from '../../src/model/contract.js';
import type { Article } from '../../src/parse/article.js';
import { parseArticle } from '../../src/parse/parseArticle.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { buildLibrary } from '../../src/library/library.js';
import { articleFile, hostileFile, megabyteParagraph } from '../support/hostileText.js';

function parsed(id: string, text: string): Article | null {
  const r = parseArticle(id, text);
  return r.ok ? r.article : null;
}

/** Every local quote is verbatim text of the paragraph it cites; every local key it names exists. */
function checkExtraction(a: Article): void {
  const x = extractArticle(a);
  const keys = new Set(x.people.map((p) => p.key));
  const paragraphs = new Map(a.paragraphs.map((p) => [p.n, p.text]));
  const bad = [
    ...x.quotes.filter((q) => !q.text.trim() || (q.kind === 'direct' && !paragraphs.get(q.cite.paragraph)?.includes(q.text)) || (q.speaker !== null && !keys.has(q.speaker))),
    ...x.events.filter((e) => !paragraphs.has(e.cite.paragraph) || e.participants.some((k) => !keys.has(k))),
    ...x.dates.filter((d) => !paragraphs.has(d.cite.paragraph)),
  ];
  expect(bad).toEqual([]);
}

function checkLibrary(articles: Article[]): void {
  const lib = buildLibrary(articles, [], 0);
  for (const e of lib.extracted) ExtractedArticle.parse(e);
  for (const p of lib.people) Person.parse(p);
  for (const q of lib.quotes) Quote.parse(q);
  for (const e of lib.events) Event.parse(e);
  expect(lib.extracted).toHaveLength(articles.length);
}

describe('extractArticle on hostile articles', () => {
  it('readable articles with random quote marks, cues, names and dates', () => {
    fc.assert(fc.property(articleFile, (text) => {
      const a = parsed('fuzz.txt', text);
      expect(a).not.toBeNull();
      checkExtraction(a!);
    }), { numRuns: 150 });
  });

  it('any hostile file that parses', () => {
    fc.assert(fc.property(hostileFile, (text) => {
      const a = parsed('fuzz.md', text);
      if (a) checkExtraction(a);
    }), { numRuns: 200 });
  });
});

describe('buildLibrary on hostile articles', () => {
  it('hands out only contract shapes, whatever the articles say', () => {
    fc.assert(fc.property(fc.array(fc.oneof(articleFile, hostileFile), { minLength: 1, maxLength: 4 }), (texts) => {
      checkLibrary(texts.map((t, k) => parsed(`a${k}.txt`, t)).filter((a): a is Article => a !== null));
    }), { numRuns: 60 });
  });

  it('the same person named in many articles with hostile spellings merges without throwing', () => {
    const names = ['Anna Novak', 'ANNA NOVAK', 'anna novak', 'Anna  Novak', 'Anna Nováková', 'Anna Novak‎', 'Dr. Anna Novak Jr.', 'Novak', '“Novak”'];
    checkLibrary(names.map((n, k) => parsed(`n${k}.txt`, `Headline\n\n“We will go on,” ${n} said on Monday.\n`)!));
  });
});

describe('long paragraphs finish', () => {
  const run = (unit: string, bytes: number) => {
    const a = parsed('long.txt', `Headline\nWire\nPublished: 2024-05-12\n\n${megabyteParagraph(unit, bytes)}\n`)!;
    checkExtraction(a);
    checkLibrary([a]);
  };

  it('a quarter-megabyte run-on sentence full of names, verbs and dates', () => {
    run('“Anna Novak said the talks in Paris on May 11 went well and Sergei Ivanov met her on Monday ', 256 * 1024);
  }, 120_000);

  it('a quarter-megabyte paragraph of short quotes of every style', () => {
    run('“a” «b» „c“ ‘d’ "e" said Novak. ', 256 * 1024);
  }, 120_000);

  it('a quarter-megabyte paragraph of ordinary news sentences', () => {
    run('“We will not give up,” Anna Novak, the minister, told reporters in Paris on May 11. She met Ivanov on Monday. ', 256 * 1024);
  }, 120_000);
});
