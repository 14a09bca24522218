import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { when } from '../../src/answer/when.js';
import { buildLibrary } from '../../src/library/library.js';
import { ExtractedArticle, WhenAnswer } from '../../src/model/contract.js';
import { renderDiscord } from '../../src/render/discordAnswer.js';
import { renderText } from '../../src/render/text.js';
import { parseArticle } from '../../src/parse/parseArticle.js';
import type { Article } from '../../src/parse/article.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'dates');
const articles: Article[] = readdirSync(DIR).sort().map((f) => {
  const r = parseArticle(f, readFileSync(join(DIR, f), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.article;
});
const lib = buildLibrary(articles);

describe('when: events by participants, kind, place and words', () => {
  it('answers in the contract shape', () => {
    expect(() => WhenAnswer.parse(when(lib, 'When did Costa meet King Alvaro?'))).not.toThrow();
  });

  it('a meeting bounded by a later arrival: "before" that date', () => {
    const top = when(lib, 'When did Costa meet King Alvaro?').answers[0]!;
    expect(top.evidence.text).toContain('where he met with King Alvaro');
    expect(top.date).toMatchObject({ text: 'June 11', start: '2023-06-11', relation: 'before' });
  });

  it('the meeting in a named place', () => {
    const top = when(lib, 'When was the meeting in Geneva?').answers[0]!;
    expect(top.place).toBe('Geneva');
    expect(top.date?.start).toBe('2024-03-14');
  });

  it('any happening, not only meetings: the storm across the new year', () => {
    const a = when(lib, 'When did the winter storm hit the harbour?');
    expect(a.answers.slice(0, 3).some((e) => e.date?.start === '2024-12-30')).toBe(true);
  });

  it('a year the article does not give stays unknown', () => {
    const top = when(lib, 'When did Ciobanu meet the mayors?').answers[0]!;
    expect(top.date).toMatchObject({ text: 'May 11', start: '--05-11' });
  });

  it('tolerates a typo in a name', () => {
    expect(when(lib, 'When did Cioabnu meet the mayors?').answers[0]?.date?.text).toBe('May 11');
  });

  it('an undated event points to the nearest dated context, as a separate field', () => {
    const a = when(lib, 'Ciobanu meeting with local engineers');
    const top = a.answers[0]! as (typeof a.answers)[number] & { nearestDate?: { text: string; note: string } };
    expect(top.date).toBeNull();
    expect(top.nearestDate?.text).toBe('May 11'); // his meeting with the mayors, not the dam's repair
    expect(top.nearestDate?.note).toMatch(/no date of its own/);
  });

  it('says so when nothing matches', () => {
    const a = when(lib, 'When did the volcano erupt in Iceland?');
    expect(a.answers).toEqual([]);
    expect(a.notFound).not.toBeNull();
    expect(when(lib, '   ').notFound).not.toBeNull();
  });
});

describe('when: a person alone', () => {
  it('lists their dated events in time order', () => {
    const a = when(lib, 'Marsh');
    const starts = a.answers.map((e) => e.date?.start ?? '');
    expect(starts.length).toBeGreaterThan(1);
    expect(starts.every((s) => s !== '')).toBe(true);
    expect([...starts].sort()).toEqual(starts);
  });
});

describe('when: a dated sentence asked back without its date', () => {
  it('finds the day among the first three answers', () => {
    const asked = lib.extracted.flatMap((x) => x.dates)
      .filter((d) => d.text && d.start && /^\d{4}-\d\d-\d\d$/.test(d.start));
    expect(asked.length).toBeGreaterThan(8);
    const missed = asked.filter((d) => {
      const q = d.evidence.text.replace(d.text!, ' ').replace(/\s+/g, ' ').trim();
      return !when(lib, q).answers.slice(0, 3).some((e) => e.date?.start === d.start);
    });
    expect(missed.map((d) => d.evidence.text)).toEqual([]);
  });
});

describe('when: the place is the event\'s own, never the dateline', () => {
  // undated-visit.txt is filed from Tiraspol; its May 11 meeting names no place
  const a = when(lib, 'When did Ciobanu meet the mayors?');

  it('a meeting whose sentence names no place has none', () => {
    expect(() => WhenAnswer.parse(a)).not.toThrow();
    expect(a.answers[0]!.evidence.text).toContain('met with the mayors');
    expect(a.answers[0]!.place).toBeNull();
  });

  it('no event of a dateline-only story takes the dateline city', () => {
    const x = lib.extracted.find((e) => e.article === 'undated-visit.txt')!;
    expect(() => ExtractedArticle.parse(x)).not.toThrow();
    expect(x.events.length).toBeGreaterThan(0);
    expect(x.events.filter((e) => e.place === 'Tiraspol')).toEqual([]);
  });

  it('the answer, as text and in Discord, does not name the dateline city as the place', () => {
    expect(renderText({ command: 'when', answer: a })).not.toMatch(/, Tiraspol/);
    const embed = renderDiscord({ command: 'when', answer: a })[0]!.embeds[0]!;
    expect(embed.description).not.toMatch(/in Tiraspol/);
  });
});

describe('when: a name no article holds is said so, never answered with someone else\'s event', () => {
  const story = (file: string, body: string[]): Article => {
    const r = parseArticle(file, ['---', 'title: Ministers meet', 'outlet: Test Wire', 'published: 2024-05-12', '---', '', ...body.flatMap((p) => [p, ''])].join('\n'));
    if (!r.ok) throw new Error(r.error);
    return r.article;
  };
  const small = buildLibrary([
    story('talks.md', [
      'Russian Foreign Minister Sergei Lavrov met his Azerbaijani counterpart Jeyhun Bayramov in Baku on May 11.',
      'Lavrov visited Yerevan on May 9 before flying on to Baku.',
    ]),
  ]);

  it.each([
    ['When did Blinken meet Lavrov?', 'No article names Blinken. Events of Sergei Lavrov:'],
    ['When did Antony Blinken meet Sergei Lavrov in Baku?', 'No article names Antony Blinken. Events of Sergei Lavrov:'],
  ])('%s: the person the articles do know, in time order, after the note', (q, note) => {
    const a = when(small, q);
    expect(a.note).toBe(note);
    expect(a.notFound).toBeNull();
    expect(a.answers.length).toBeGreaterThan(0);
    expect(a.answers.every((e) => e.participants.includes('Sergei Lavrov'))).toBe(true);
    const starts = a.answers.map((e) => e.date?.start ?? '');
    expect([...starts].sort()).toEqual(starts);
    expect(() => WhenAnswer.parse(a)).not.toThrow();
  });

  it.each([
    ['When did Blinken visit Reykjavik?', 'No article names Blinken or Reykjavik.'],
    ['when Blinken', 'No article names Blinken.'],
  ])('%s: a plain not-found', (q, notFound) => {
    const a = when(small, q);
    expect(a.answers).toEqual([]);
    expect(a.notFound).toBe(notFound);
  });

  it.each([
    'When did Lavrov meet Bayramov?',
    'When did Lavorv meet Bayramov?', // a typo is still the person
    'When did Lavrov visit Yerevan?', // a place the articles name
    'When did the Russian Foreign Minister meet Bayramov in Baku?',
  ])('%s: answered as asked', (q) => {
    const a = when(small, q);
    expect(a.note).toBeUndefined();
    expect(a.notFound).toBeNull();
    expect(a.answers[0]?.participants).toContain('Sergei Lavrov');
  });

  it('the note leads the answer, as text and in Discord', () => {
    const a = when(small, 'When did Blinken meet Lavrov?');
    expect(renderText({ command: 'when', answer: a }).split('\n')[0]).toBe('No article names Blinken. Events of Sergei Lavrov:');
    expect(renderDiscord({ command: 'when', answer: a })[0]!.content).toMatch(/^No article names Blinken\. Events of Sergei Lavrov: \d+ events?/);
  });
});
