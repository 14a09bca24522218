// The command line over the mixed-language fixture folder: every article's language is named.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractOutput, SourcesAnswer } from '../../src/model/contract.js';
import { byline } from '../support/cli.js';
import { FIXTURES, SAMPLE } from '../support/fixtures.js';

const MIXED = join(FIXTURES, 'languages');

describe('byline over a mixed-language folder', () => {
  it('check-seeds names each article\'s language, and says what is not read', () => {
    const r = byline(['check-seeds', '--seeds', MIXED]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ok {8}en-lavrov-baku\.txt: .*, English\n/);
    expect(r.stdout).toMatch(/ok {8}ru-lavrov-baku\.txt: .*, Russian \(quotes and dates not read\)\n/);
    expect(r.stdout).toMatch(/ok {8}ka-tbilisi-talks\.txt: .*, Georgian \(quotes and dates not read\)\n/);
    expect(r.stdout).toMatch(/ok {8}hy-yerevan-border\.txt: .*, Armenian \(quotes and dates not read\)\n/);
    expect(r.stdout).toContain('6 loaded, 0 rejected');
  });

  it('check-seeds --json and extract --json carry "language" per article', () => {
    const checked = JSON.parse(byline(['check-seeds', '--json', '--seeds', MIXED]).stdout) as { articles: { article: string; language: string }[] };
    const out = ExtractOutput.parse(JSON.parse(byline(['extract', '--json', '--seeds', MIXED]).stdout));
    const languages = Object.fromEntries(out.articles.map((a) => [a.article, a.language]));
    expect(languages).toEqual({
      'az-bayramov-lavrov.txt': 'az', 'en-lavrov-baku.txt': 'en', 'hy-yerevan-border.txt': 'hy',
      'ka-tbilisi-talks.txt': 'ka', 'ru-front-matter.md': 'ru', 'ru-lavrov-baku.txt': 'ru',
    });
    expect(Object.fromEntries(checked.articles.map((a) => [a.article, a.language]))).toEqual(languages);
  });

  it('the sample article is English', () => {
    const out = ExtractOutput.parse(JSON.parse(byline(['extract', '--json']).stdout));
    expect(out.articles.find((a) => a.article === SAMPLE)!.language).toBe('en');
  });

  it('sources --json marks Russian evidence with its language', () => {
    const r = byline(['sources', 'в районе находятся 1600 российских миротворцев', '--json', '--seeds', MIXED]);
    expect(r.code).toBe(0);
    const a = SourcesAnswer.parse(JSON.parse(r.stdout));
    expect(a.answers[0]!.evidence).toMatchObject({ article: 'ru-lavrov-baku.txt', language: 'ru' });
  });
});
