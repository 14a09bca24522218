// The seed parser under random and hostile text: it never throws, it either rejects with a one-line reason or
// returns an Article that validates, whose sentences are verbatim slices of their paragraph. No timing
// assertions: the megabyte cases are sizes a quadratic pass could not finish within the test timeout.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Article } from '../src/parse/article.js';
import { parseArticle } from '../src/parse/parseArticle.js';
import { parseSeedFiles } from '../src/load/loadSeeds.js';
import { QUOTE_MARKS, hostileFile, hostileText, megabyteParagraph, quotedSentence } from './support/hostileText.js';

function checkParse(text: string): void {
  const r = parseArticle('fuzz.txt', text);
  if (!r.ok) {
    expect(r.error).toMatch(/\S/);
    expect(r.error).not.toMatch(/\n/);
    return;
  }
  expect(() => Article.parse(r.article)).not.toThrow();
  const notVerbatim = r.article.paragraphs.flatMap((p) => p.sentences.filter((s) => p.text.slice(s.start, s.end) !== s.text));
  expect(notVerbatim).toEqual([]);
}

describe('parseArticle on hostile text', () => {
  it('any string: rejected with a one-line reason, or a valid Article with verbatim sentences', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkParse), { numRuns: 300 });
  });

  it('hostile files (front matter or header, quotes, controls, markdown, mentions)', () => {
    fc.assert(fc.property(hostileFile, checkParse), { numRuns: 300 });
  });

  it('a file of every quote mark, nested and unbalanced', () => {
    fc.assert(fc.property(fc.array(quotedSentence, { minLength: 1, maxLength: 30 }), (s) => checkParse(`Headline\n\n${s.join(' ')}\n`)), { numRuns: 100 });
  });

  it('a broken front matter block never throws', () => {
    fc.assert(fc.property(hostileText(20), hostileText(20), (head, body) => checkParse(`---\n${head}\n${body}`)), { numRuns: 200 });
  });

  it('a one-megabyte paragraph of hostile sentences', () => {
    fc.assert(fc.property(fc.array(quotedSentence, { minLength: 1, maxLength: 5 }), (s) => {
      checkParse(`Headline\nWire\n\n${megabyteParagraph(s.join(' '))}\n`);
    }), { numRuns: 3 });
  });

  it('a one-megabyte paragraph with no sentence end, no space and no quote closed', () => {
    checkParse(`Headline\n\n${'x'.repeat(1024 * 1024)}\n`);
    checkParse(`Headline\n\n${QUOTE_MARKS.join('a').repeat(1024 * 1024 / 40)}\n`);
    checkParse(`Headline\n\n${'Mr. '.repeat(256 * 1024)}\n`);
    checkParse(`Headline\n\n${'\u0007\u202e'.repeat(512 * 1024)}\n`);
  });

  it('parseSeedFiles keeps going past bad files and names each one it rejects', () => {
    const r = parseSeedFiles([
      { file: 'empty.txt', text: '' },
      { file: 'blank.txt', text: '\n\n\u00a0\t\n' },
      { file: 'good.txt', text: 'Headline\n\nA body sentence.\n' },
      { file: 'fm.md', text: '---\ntitle: x\n' },
    ]);
    expect(r.articles.map((a) => a.id)).toEqual(['good.txt']);
    expect(r.rejected.map((x) => x.file).sort()).toEqual(['blank.txt', 'empty.txt', 'fm.md']);
  });
});
