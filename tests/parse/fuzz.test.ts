// The seed parser under random and hostile text: it never throws, it either rejects with a one-line reason or
// returns an Article that validates, whose sentences are verbatim slices of their paragraph. No timing
// assertions: the megabyte cases are sizes a quadratic pass could not finish within the test timeout.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Article } from '../../src/parse/article.js';
import { parseArticle } from '../../src/parse/parseArticle.js';
import { parseSeedFiles } from '../../src/load/loadSeeds.js';
import { QUOTE_MARKS, hostileFile, hostileText, megabyteParagraph, quotedSentence } from '../support/hostileText.js';

/** Checks one parse; true when the text was parsed into an Article, false when it was rejected. */
function checkParse(text: string): boolean {
  const r = parseArticle('fuzz.txt', text);
  if (!r.ok) {
    expect(r.error).toMatch(/\S/);
    expect(r.error).not.toMatch(/\n/);
    return false;
  }
  expect(() => Article.parse(r.article)).not.toThrow();
  const notVerbatim = r.article.paragraphs.flatMap((p) => p.sentences.filter((s) => p.text.slice(s.start, s.end) !== s.text));
  expect(notVerbatim).toEqual([]);
  return true;
}

describe('parseArticle on hostile text', () => {
  // a property that only ever sees rejections checks nothing: the runs that parse are counted
  it('any string: rejected with a one-line reason, or a valid Article with verbatim sentences', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (t) => { checkParse(t); }), { numRuns: 300 });
  });

  // random strings alone almost never make an article (no blank line, no body), so the parsed path gets its own
  it('any headline above a blank line and a body-length string: the same, and most of them parse', () => {
    let parsed = 0;
    const head = fc.string({ unit: 'binary', minLength: 1, maxLength: 100 });
    const body = fc.string({ unit: 'binary', minLength: 150, maxLength: 400 });
    fc.assert(fc.property(head, body, (h, b) => { if (checkParse(`${h}\n\n${b}\n`)) parsed++; }), { numRuns: 300 });
    expect(parsed).toBeGreaterThan(150);
  });

  it('hostile files (front matter or header, quotes, controls, markdown, mentions)', () => {
    let parsed = 0;
    fc.assert(fc.property(hostileFile, (t) => { if (checkParse(t)) parsed++; }), { numRuns: 300 });
    expect(parsed).toBeGreaterThan(100);
  });

  // not every one: a body that is only a photo caption ('... Photo: X') is boilerplate, rightly rejected
  it('a file of every quote mark, nested and unbalanced: most of them parse', () => {
    let parsed = 0;
    fc.assert(fc.property(fc.array(quotedSentence, { minLength: 1, maxLength: 30 }), (s) => {
      if (checkParse(`Headline\n\n${s.join(' ')}\n`)) parsed++;
    }), { numRuns: 100 });
    expect(parsed).toBeGreaterThan(50);
  });

  it('a broken front matter block never throws', () => {
    fc.assert(fc.property(hostileText(20), hostileText(20), (head, body) => { checkParse(`---\n${head}\n${body}`); }), { numRuns: 200 });
  });

  it('a one-megabyte paragraph of hostile sentences parses', () => {
    fc.assert(fc.property(fc.array(quotedSentence, { minLength: 1, maxLength: 5 }), (s) => {
      expect(checkParse(`Headline\nWire\n\n${megabyteParagraph(s.join(' '))}\n`)).toBe(true);
    }), { numRuns: 3 });
  });

  it.each([
    ['no sentence end and no space', 'x'.repeat(1024 * 1024)],
    ['no quote closed', QUOTE_MARKS.join('a').repeat(1024 * 1024 / 40)],
    ['only abbreviations', 'Mr. '.repeat(256 * 1024)],
    ['only a bell and a direction override', '\u0007\u202e'.repeat(512 * 1024)],
  ])('a one-megabyte paragraph with %s parses', (_what, body) => {
    expect(checkParse(`Headline\n\n${body}\n`)).toBe(true);
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
