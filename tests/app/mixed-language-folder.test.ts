// A mixed folder written for these tests (tests/fixtures/languages): the same story in English, Russian and
// Azerbaijani, with Georgian and Armenian reports beside it, and one Russian article in front matter.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runQuery } from '../../src/app/runQuery.js';
import { buildLibrary, type Library } from '../../src/library/library.js';
import { AskAnswer, ExtractedArticle, SearchAnswer, SourcesAnswer } from '../../src/model/contract.js';
import { parseArticle } from '../../src/parse/parseArticle.js';
import { aboutFacts, aboutSentence } from '../../src/render/about.js';
import { renderDiscord } from '../../src/render/discordAnswer.js';
import { aboutPage } from '../../src/render/discordNotices.js';
import { renderText } from '../../src/render/text.js';
import { FIXTURES, readFixture } from '../support/fixtures.js';

let lib: Library;
beforeAll(() => {
  const dir = join(FIXTURES, 'languages');
  lib = buildLibrary(readdirSync(dir).sort().map((f) => {
    const r = parseArticle(f, readFixture(join('languages', f)));
    if (!r.ok) throw new Error(`${f}: ${r.error}`);
    return r.article;
  }));
});

const extracted = (id: string) => ExtractedArticle.parse(lib.extracted.find((a) => a.article === id));

describe('a mixed folder: each article with its language', () => {
  it.each([
    ['en-lavrov-baku.txt', 'en'],
    ['ru-lavrov-baku.txt', 'ru'],
    ['ru-front-matter.md', 'ru'],
    ['ka-tbilisi-talks.txt', 'ka'],
    ['hy-yerevan-border.txt', 'hy'],
    ['az-bayramov-lavrov.txt', 'az'],
  ])('%s is in %s', (id, language) => {
    expect(extracted(id).language).toBe(language);
  });

  it.each(['ru-lavrov-baku.txt', 'ru-front-matter.md', 'ka-tbilisi-talks.txt', 'hy-yerevan-border.txt', 'az-bayramov-lavrov.txt'])(
    'nothing is extracted from %s: no person, quote, event or date', (id) => {
      const a = extracted(id);
      expect({ people: a.people, quotes: a.quotes, events: a.events, dates: a.dates }).toEqual({ people: [], quotes: [], events: [], dates: [] });
    });

  it('the English article is read as before: Lavrov, his quote, the meeting and its date', () => {
    const a = extracted('en-lavrov-baku.txt');
    expect(a.people.map((p) => p.name)).toContain('Sergei Lavrov');
    expect(a.quotes.some((q) => q.speaker.name === 'Sergei Lavrov' && /ready to help Baku and Yerevan/.test(q.text))).toBe(true);
    expect(a.events.some((e) => e.date?.start === '2024-05-10')).toBe(true);
  });

  it('the library knows no person from the Russian article ("России Сергей Лавров" is never a name)', () => {
    expect(lib.people.some((p) => /[\u0400-\u04ff]/.test(p.name + p.aliases.join(' ')))).toBe(false);
    expect(lib.quotes.every((q) => q.evidence.article.startsWith('en-'))).toBe(true);
    expect(lib.events.every((e) => e.evidence.article.startsWith('en-'))).toBe(true);
  });

  it('who said a Russian quote is not answered from the Russian article', () => {
    const r = runQuery(lib, { command: 'who-said', q: 'Мы готовы содействовать подписанию мирного договора' });
    expect(r.answer.answers.filter((q) => q.evidence.article.startsWith('ru-'))).toEqual([]);
  });
});

describe('search across scripts: a claim finds its sentence, and the answer says what was not read', () => {
  it('a Russian claim finds its Russian sentence through /sources, marked as Russian', () => {
    const r = runQuery(lib, { command: 'sources', q: 'В районе находятся 1600 российских миротворцев' });
    const a = SourcesAnswer.parse(r.answer);
    expect(a.verdict).toBe('supported');
    expect(a.answers[0]!.evidence).toMatchObject({ article: 'ru-lavrov-baku.txt', paragraph: 3, language: 'ru' });
    expect(a.answers[0]!.evidence.text).toContain('1600 российских миротворцев');
    expect(renderText(r)).toContain('(in Russian; quotes and dates not read)');
  });

  it('a changed number in a Russian claim is a conflict, not support', () => {
    const r = runQuery(lib, { command: 'sources', q: 'В районе находятся 1500 российских миротворцев' });
    expect(SourcesAnswer.parse(r.answer).verdict).toBe('conflicting');
  });

  it.each([
    ['Russian, in other cases and capitals', 'ЛАВРОВ ПРИБЫЛ В БАКУ', 'ru-lavrov-baku.txt'],
    ['Russian with a typo', 'лавроф журналистам', 'ru-lavrov-baku.txt'],
    ['Russian with ё written е', 'следующий раунд переговоров пройдет в Москве', 'ru-lavrov-baku.txt'],
    ['Georgian', 'მოლაპარაკებები ხუთ საათს გაგრძელდა', 'ka-tbilisi-talks.txt'],
    ['Georgian in Mtavruli capitals', 'ᲡᲐᲢᲠᲐᲜᲡᲞᲝᲠᲢᲝ ᲞᲠᲝᲔᲥᲢᲔᲑᲘ', 'ka-tbilisi-talks.txt'],
    ['Armenian in capitals', 'ՏՐԱՆՍՊՈՐՏԱՅԻՆ ՈՒՂԻՆԵՐԻ ԲԱՑՈՒՄԸ', 'hy-yerevan-border.txt'],
    ['Azerbaijani', 'sülh müqaviləsinin imzalanması', 'az-bayramov-lavrov.txt'],
  ])('asked in %s, finds the sentence (as a search or a claim)', (_what, q, id) => {
    const r = runQuery(lib, { command: 'ask', q });
    const a = AskAnswer.parse(r.answer);
    expect(a.intent === 'search' || a.intent === 'sources').toBe(true);
    if (a.intent !== 'search' && a.intent !== 'sources') return;
    expect(a.answers[0]?.evidence.article).toBe(id);
    expect(a.answers[0]?.evidence.language).toBeDefined();
  });

  it('a Georgian paragraph of two sentences gives the one that matches, not both', () => {
    const r = runQuery(lib, { command: 'ask', q: 'მოლაპარაკებები ხუთ საათს გაგრძელდა' });
    expect(SearchAnswer.parse(r.answer).answers[0]!.evidence.text).toBe('მოლაპარაკებები ხუთ საათს გაგრძელდა.');
  });

  it('English evidence carries no language note: English answers are as they were', () => {
    const r = runQuery(lib, { command: 'sources', q: 'Lavrov told reporters Russia is ready to help sign a peace treaty' });
    const a = SourcesAnswer.parse(r.answer);
    expect(a.answers[0]!.evidence.article).toBe('en-lavrov-baku.txt');
    expect('language' in a.answers[0]!.evidence).toBe(false);
    expect(renderText(r)).not.toContain('not read');
  });

  it('on Discord the evidence of a Russian passage has a Language field saying what was not read', () => {
    const r = runQuery(lib, { command: 'sources', q: 'В районе находятся 1600 российских миротворцев' });
    const fields = renderDiscord(r)[0]!.embeds[0]!.fields!;
    expect(fields.find((f) => f.name === 'Language')?.value).toBe('In Russian; quotes and dates not read');
  });
});

describe('/about names the languages loaded', () => {
  it('counts articles per language, most first, and says which are not read', () => {
    const f = aboutFacts(lib);
    expect(f.languages.map((l) => [l.code, l.articles, l.read])).toEqual([['ru', 2, false], ['az', 1, false], ['en', 1, true], ['hy', 1, false], ['ka', 1, false]]);
    expect(aboutSentence(f)).toMatch(/^6 articles from \d outlets \(2 in Russian \(quotes and dates not read\), 1 in Azerbaijani \(quotes and dates not read\), 1 in English, /);
    expect(aboutPage(lib, null).embeds[0]!.fields!.find((x) => x.name === 'Languages')?.value).toContain('1 in Georgian');
  });
});
