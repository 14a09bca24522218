import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/parseArticle.js';
import { buildLibrary } from '../../src/library/library.js';
import { whoSaid } from '../../src/answer/whoSaid.js';

const article = (id: string, paragraphs: string[]) => {
  const r = parseArticle(id, ['---', `title: ${id}`, 'outlet: The Valley Post', 'published: 2024-03-04', '---', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
  if (!r.ok) throw new Error(r.error);
  return r.article;
};

// Many short quotes share the one content word of a query made mostly of function words; the quote asked for
// is long and runs across a mid-quote attribution, in the last article.
const lookAlikes = Array.from({ length: 30 }, (_, i) =>
  article(`a-${String(i).padStart(2, '0')}.md`, [`“We talk every week,” said Councillor Name${String.fromCharCode(97 + (i % 26))}son.`]));
const lib = buildLibrary([
  ...lookAlikes,
  article('a-something.md', ['“Something must be done about it, and we will talk,” said Councillor Bram Oduya.']),
  article('b-poster.md', ['The square was quiet on Sunday.', '“If you talk to them at all, do something useful about the bins.”']),
  article('z-neighbours.md', [
    '“Whether we agree or not, we can talk about them,” said Orla Fenwick, who chairs the residents group. “We can do a great deal together.”',
  ]),
]);
const top = (q: string) => whoSaid(lib, q).answers[0];

describe('who-said: the order of every word asked, function words too', () => {
  it('finds a quote asked for by its function words, across a mid-quote attribution, among many look-alikes', () => {
    const a = top('we can talk about them,” “We can do');
    expect(a?.speaker.name).toBe('Orla Fenwick');
    // the quote shown is the one that holds the words, not the first of the speaker's run
    expect(a?.text).toContain('we can talk about them');
  });

  it('puts a quote holding the words as asked, speaker unknown, before a named look-alike holding its words but not their order', () => {
    const a = whoSaid(lib, 'if you talk to them at all do something');
    expect(a.answers[0]?.evidence.article).toBe('b-poster.md');
    expect(a.answers[0]?.speaker.id).toBe('unknown');
  });

  it('refuses a few-word query whose words stand apart in every quote, and answers one they stand together in', () => {
    const near = buildLibrary([
      article('c-lives.md', ['“Nothing matters more than the lives of our children,” said Mayor Ada Quist.']),
      article('d-river.md', ['“I have seen nothing like this flood in forty years,” said Ferry Captain Ivo Lind.']),
    ]);
    expect(whoSaid(near, 'nothing like this').answers[0]?.speaker.name).toBe('Ivo Lind');
    const only = buildLibrary([article('c-lives.md', ['“Nothing matters more than the lives of our children,” said Mayor Ada Quist.'])]);
    expect(whoSaid(only, 'nothing like this').notFound).toMatch(/no quote/i);
  });

  it('answers a 10,000-character query with no quote, at once', () => {
    for (const q of ['x'.repeat(10000), 'talk '.repeat(2000)]) {
      const t = performance.now();
      expect(whoSaid(lib, q).notFound).toMatch(/no quote/i);
      expect(performance.now() - t).toBeLessThan(2000);
    }
  });
});
