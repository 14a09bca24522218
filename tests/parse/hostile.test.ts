import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/parseArticle.js';

// No timing assertions (shared machines): a backtracking or quadratic pass would blow the test timeout.
describe('parsing hostile text', () => {
  it('a 2 MB paragraph parses, and nothing is lost', () => {
    const para = 'The minister said the talks went on. '.repeat(55_000);
    const r = parseArticle('big.txt', `Headline\n\nOutlet\n\n${para}\n`);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.article.paragraphs).toHaveLength(1);
      expect(r.article.paragraphs[0]!.text).toBe(para.trim());
      expect(r.article.paragraphs[0]!.sentences).toHaveLength(55_000);
    }
  });

  it('20,000 unbalanced quote marks of every style', () => {
    const marks = '“"«„‘\'`';
    let text = '';
    for (let i = 0; i < 20_000; i++) text += marks[i % marks.length] + 'word ';
    const r = parseArticle('quotes.txt', `Headline\n\n${text}\n`);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.paragraphs[0]!.text.length).toBe(text.trim().length);
  });

  it('markdown, mentions and control characters stay text', () => {
    const r = parseArticle('x.txt', 'Headline **bold** @everyone\n\nOutlet\n\n<@&123456789012345678> said `rm -rf` \u0007 and ||spoiler||.\n');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.article.title).toBe('Headline **bold** @everyone');
      expect(r.article.paragraphs[0]!.text).toContain('<@&123456789012345678>');
    }
  });

  it('100,000 short lines', () => {
    const r = parseArticle('lines.txt', 'Headline\n\n' + 'A line of text.\n'.repeat(100_000));
    expect(r.ok).toBe(true);
  });
});
