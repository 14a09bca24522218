import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/parse/parseArticle.js';
import type { Article } from '../../src/parse/article.js';
import { buildLibrary } from '../../src/library/library.js';
import { holdsWords, whoSaid } from '../../src/answer/whoSaid.js';
import { quotesBy } from '../../src/answer/quotesBy.js';
import { QuotesAnswer } from '../../src/model/contract.js';
import { FIXTURES, readFixture } from '../support/fixtures.js';

const articles: Article[] = readdirSync(join(FIXTURES, 'quotes')).sort().map((f) => {
  const r = parseArticle(f, readFixture(`quotes/${f}`));
  if (!r.ok) throw new Error(r.error);
  return r.article;
});
const lib = buildLibrary(articles);
const speaker = (a: QuotesAnswer) => a.answers[0]?.speaker.name;

describe('who-said', () => {
  it('names the speaker from a few words of the quote, with verbatim evidence', () => {
    const a = whoSaid(lib, 'ships cannot wait any longer');
    expect(QuotesAnswer.safeParse(a).success).toBe(true);
    expect(speaker(a)).toBe('Marta Velikova');
    expect(a.answers[0]!.evidence.text).toContain('ships cannot wait any longer');
    expect(a.answers[0]!.evidence.article).toBe('wire-harbour.txt');
  });

  it('forgives typos and scattered recall', () => {
    expect(speaker(whoSaid(lib, 'libaries children love reading'))).toBe('Priya Natarajan');
    expect(speaker(whoSaid(lib, 'take it to court spawning grounds silt'))).toBe('Anton Brek');
  });

  it('finds words recalled across a mid-quote attribution', () => {
    expect(speaker(whoSaid(lib, 'cannot wait any longer'))).toBe('Marta Velikova');
    expect(speaker(whoSaid(lib, 'data will be shared every week both governments will report'))).toBe('Juris Ozols');
  });

  it('answers notFound with a reason rather than inventing a speaker', () => {
    const a = whoSaid(lib, 'volcanic ash grounded every flight');
    expect(a.answers).toEqual([]);
    expect(a.notFound).toMatch(/no quote/i);
    expect(whoSaid(lib, '   ').notFound).toBeTruthy();
  });

  it.each(['nothing like this', 'thank you very much', 'it was the best of times', 'purple elephants dancing on the moon'])(
    'given words no quote holds (%s), no quote matches, however close Fuse.js finds a look-alike', (q) => {
      const a = whoSaid(lib, q);
      expect(a.answers).toEqual([]);
      expect(a.notFound).toMatch(/no quote/i);
    });
});

describe('who-said: how much of the query a quote must hold', () => {
  it.each([
    ['most of a long query', 'the talks on the border were useful and frank', 'We had useful and frank talks on the border, he said.', true],
    ['under most of a long query', 'the talks on the border were useful and frank', 'The border is closed.', false],
    ['a short query, close together', 'frank talks', 'We had frank talks.', true],
    ['a short query with curly contractions', '— but you don’t have to share my', '“I know — but you don’t have to share my view,” she said.', true],
    ['a short query with curly contractions the quote lacks', 'you don’t have to share my', 'You have to share.', false],
    ['a short query, far apart', 'frank talks', 'Frank said the weather was bad and nobody wanted any more talks.', false],
    ['only function words', 'it was the', 'It was the day.', false],
  ])('%s', (_, query, text, holds) => {
    expect(holdsWords(query, text)).toBe(holds);
  });
});

describe('quotes by speaker', () => {
  it('finds the person by exact name, spelling slip or role', () => {
    expect(speaker(quotesBy(lib, 'Marta Velikova'))).toBe('Marta Velikova');
    expect(speaker(quotesBy(lib, 'velikowa'))).toBe('Marta Velikova');
    expect(speaker(quotesBy(lib, 'the Latvian foreign minister'))).toBe('Juris Ozols');
    expect(speaker(quotesBy(lib, 'foreign minister of Latvia'))).toBe('Juris Ozols');
  });

  it('narrows to a topic, best first', () => {
    const a = quotesBy(lib, 'Velikova', 'contracts signed');
    expect(a.answers[0]!.text).toContain('contracts would be signed');
  });

  it('says plainly when the person is unknown, quoted nowhere, or silent on the topic', () => {
    expect(quotesBy(lib, 'Zebulon Quartermaine').notFound).toMatch(/Nobody/);
    expect(quotesBy(lib, 'Andrus Lepik').notFound).toMatch(/no quote/);
    expect(quotesBy(lib, 'Velikova', 'volcanic ash').notFound).toMatch(/No quote of Marta Velikova/);
  });
});

describe('who-said: ranking', () => {
  const article = (id: string, body: string) => {
    const r = parseArticle(id, `${body.split('\n')[0]}\n\nThe Valley Post\nPublished: 2024-03-04\n\n${body.split('\n').slice(1).join('\n\n')}\n`);
    if (!r.ok) throw new Error(r.error);
    return r.article;
  };
  const rankLib = buildLibrary([
    article('banner.txt', 'River day draws crowds\nA banner above the bridge carried the words “Keep the river clean for our children and theirs.”'),
    article('mayor.txt', 'Mayor backs clean-up\nMayor Ilse Varga said the town had a duty to “keep the river clean for our children,” and pledged funds.'),
  ]);

  it('puts a quote with a known speaker before one whose speaker is unknown, even one holding the words exactly', () => {
    const a = whoSaid(rankLib, 'keep the river clean for our children and theirs');
    expect(a.answers.map((x) => x.speaker.name)).toEqual(['Ilse Varga', expect.anything()]);
  });
});
