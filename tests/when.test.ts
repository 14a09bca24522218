import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { when } from '../src/answer/when.js';
import { buildLibrary } from '../src/index/library.js';
import { ExtractedArticle, WhenAnswer } from '../src/model/contract.js';
import { renderDiscord } from '../src/render/discordAnswer.js';
import { renderText } from '../src/render/text.js';
import { parseArticle } from '../src/parse/parseArticle.js';
import type { Article } from '../src/parse/article.js';

const DIR = join(import.meta.dirname, 'fixtures', 'dates');
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
