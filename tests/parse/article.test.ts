import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/parseArticle.js';
import type { Article } from '../../src/parse/article.js';
import { readFixture, readSeed, SAMPLE } from '../support/fixtures.js';

function parse(id: string, text: string): Article {
  const r = parseArticle(id, text);
  if (!r.ok) throw new Error(r.error);
  return r.article;
}

const SAMPLE_BOILERPLATE = [
  'What’s on the agenda of the Russian FM’s visit to Caucasus? Commentary from Baku, Yerevan',
  'Georgian opposition leader Nika Melia released from prison after EU posts bail',
  '‘Black Gold’ of Armenia: How can copper boost the Armenian economy?',
  'Sergey Lavrov and Ilham Aliyev. Photo: AzerTac',
  'Sergei Lavrov in the Martyrs’ Alley in Baku. Photo: AzerTac',
  'You may also like',
];

describe('the sample article (scraped layout)', () => {
  const a = parse(SAMPLE, readSeed(SAMPLE));

  it('reads the headline, outlet and dateline from the header', () => {
    expect(a.id).toBe(SAMPLE);
    expect(a.title).toBe('Russian FM Lavrov in Baku: Normalization of Azerbaijani-Armenian relations is in Russia’s best interest');
    expect(a.outlet).toBe('JAM News');
    expect(a.dateline).toBe('JAMnews, Baku');
    expect(a.published).toBeNull();
    expect(a.layout).toBe('scraped');
  });

  it('has 14 body paragraphs numbered from 1', () => {
    expect(a.paragraphs).toHaveLength(14);
    expect(a.paragraphs.map((p) => p.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(a.paragraphs[0]!.text.startsWith('Russian Foreign Minister Sergei Lavrov has paid a visit to Baku')).toBe(true);
    expect(a.paragraphs[11]!.text).toBe('On May 11, Sergey Lavrov met with his Azerbaijani counterpart Jeyhun Bayramov.');
  });

  it('keeps every boilerplate line out of every paragraph', () => {
    const body = a.paragraphs.map((p) => p.text).join('\n');
    for (const line of SAMPLE_BOILERPLATE) expect(body).not.toContain(line);
    expect(body).not.toContain('Photo:');
  });

  it('keeps curly quote marks as written, including a quote that only closes a paragraph later', () => {
    expect(a.paragraphs[4]!.text.startsWith('“I must say')).toBe(true);
    expect(a.paragraphs[4]!.text).not.toContain('”');
    expect(a.paragraphs[5]!.text).toContain('approximately 4,000”, President Aliyev said.');
  });

  it('splits sentences with offsets that point back into the paragraph', () => {
    for (const p of a.paragraphs) {
      for (const s of p.sentences) expect(p.text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(a.paragraphs[9]!.sentences).toHaveLength(5);
    expect(a.paragraphs[0]!.sentences[1]!.text).toBe('During the meeting with President Aliyev, Lavrov stressed that “military aspects of the settlement of the Karabakh conflict are resolved”.');
  });
});

describe('own fixtures in several layouts', () => {
  it('wire copy: keyed header lines, bullets, caption and trailers out', () => {
    const a = parse('wire-summit.txt', readFixture('articles/wire-summit.txt'));
    expect(a.outlet).toBe('Northwind Wire');
    expect(a.published).toBe('2024-03-02');
    expect(a.url).toBe('https://example.org/news/grain-talks');
    expect(a.author).toBe('Dana Whitfield');
    expect(a.paragraphs).toHaveLength(3);
    const body = a.paragraphs.map((p) => p.text).join('\n');
    for (const gone of ['Earlier: Grain prices', 'Analysis: What the corridor', 'Palais des Nations', 'Share', 'Tags:']) {
      expect(body).not.toContain(gone);
    }
    expect(a.paragraphs[1]!.sentences.map((s) => s.text)).toEqual([
      '"We have agreed to meet again in St. Petersburg on Jan. 5," Okafor told reporters.',
      '"Nothing is settled yet."',
    ]);
  });

  it('front matter wins, British single quotes and ``…\'\' survive as written', () => {
    const a = parse('british-budget.md', readFixture('articles/british-budget.md'));
    expect(a.layout).toBe('front-matter');
    expect(a.title).toBe("Chancellor defends spending plan as 'fair and necessary'");
    expect(a.outlet).toBe('The Morning Ledger');
    expect(a.published).toBe('2023-11-23');
    expect(a.language).toBe('en');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs[1]!.text).toBe("'We will not balance the books on the backs of pensioners,' she said. 'That is a promise.'");
    expect(a.paragraphs[2]!.text).toContain("``a budget for the few,''");
    expect(a.paragraphs.map((p) => p.text).join(' ')).not.toContain('Read also');
  });

  it('guillemets and low-high quotes survive; "You may also like" ends the article', () => {
    const a = parse('guillemets-visit.txt', readFixture('articles/guillemets-visit.txt'));
    expect(a.dateline).toBe('Courier, Tbilisi');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.paragraphs[0]!.text).toContain('«Our partnership is stronger than ever»');
    expect(a.paragraphs[1]!.text).toContain('„the door remains open“');
  });

  it('hard-wrapped lines join into one paragraph; a "Date:" line in words is the publication date', () => {
    const a = parse('hardwrapped-council.txt', readFixture('articles/hardwrapped-council.txt'));
    expect(a.published).toBe('2022-05-12');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.paragraphs[0]!.text).toContain('approve the northern tram line, ending');
    expect(a.paragraphs[0]!.sentences).toHaveLength(2);
  });

  it('long lines in one block are one paragraph each (one-paragraph-per-line scrapes)', () => {
    const long = (k: number) => `Paragraph ${k} ` + 'goes on with words about the meeting and its outcome. '.repeat(4);
    const a = parse('lines.txt', `Headline\n\nOutlet\n\n${long(1)}\n${long(2)}\n${long(3)}\n`);
    expect(a.paragraphs).toHaveLength(3);
  });
});

describe('front matter errors name the line', () => {
  it('an invalid published date', () => {
    const r = parseArticle('x.md', '---\ntitle: T\npublished: sometime soon\n---\nBody text here.\n');
    expect(r).toEqual({ ok: false, error: expect.stringContaining('front matter line 3: published') });
  });
  it('a block never closed', () => {
    const r = parseArticle('x.md', '---\ntitle: T\n\nBody text here.\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain("closing '---' missing");
    const r2 = parseArticle('x.md', '---\ntitle: T\nauthor: A\n');
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.error).toContain('never closed');
  });
  it('a line that is not key: value', () => {
    const r = parseArticle('x.md', '---\ntitle: T\njust words\n---\nBody.\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('front matter line 3');
  });
});

describe('articles that are not articles', () => {
  it.each([
    ['empty', ''],
    ['white space only', '  \n\n\t\n'],
    ['headline only', 'Just a headline\n'],
    ['headline and header only', 'Headline\n\nSome Outlet\nPublished: 2024-01-01\n'],
    ['only boilerplate after the headline', 'Headline\n\n• Related link one\n• Related link two\n\nShare\n'],
  ])('%s is rejected with a reason', (_name, text) => {
    const r = parseArticle('bad.txt', text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeGreaterThan(3);
  });

  it('CRLF line endings and a byte-order mark parse like LF', () => {
    const lf = parse('a.txt', 'Headline\n\nOutlet\n\nFirst paragraph here.\n\nSecond one.\n');
    const crlf = parse('a.txt', '\uFEFFHeadline\r\n\r\nOutlet\r\n\r\nFirst paragraph here.\r\n\r\nSecond one.\r\n');
    expect(crlf).toEqual(lf);
  });
});
