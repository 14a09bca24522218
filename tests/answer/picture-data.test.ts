// What the pictures show, as data: a person's events kept at the precision the articles give (a month is a
// span, a missing year is never filled in), one mark per reported event, and a claim's outlets by date.
import { describe, expect, it } from 'vitest';
import type { DateRef, Event, EventKind, Evidence } from '../../src/model/contract.js';
import { coverageOf, stanceOf } from '../../src/answer/coverage.js';
import { dayNumber, groupEvents, isoDay, markDate, personAlone, personTimeline, timelineOf, whenTimeline } from '../../src/answer/timeline.js';
import { when } from '../../src/answer/when.js';
import { buildLibrary } from '../../src/library/library.js';
import { parseArticle } from '../../src/parse/parseArticle.js';

const evidence = (article: string, published: string | null, outlet: string | null = 'Northwind Wire'): Evidence =>
  ({ article, title: `Headline of ${article}`, outlet, published, paragraph: 1, text: 'A sentence.' });

const date = (start: string | null, end: string | null = null, relation: DateRef['relation'] = 'on'): DateRef => ({
  text: start, start, end, relation,
  precision: !start ? 'unknown' : /^\d{4}$/.test(start) ? 'year' : /^\d{4}-\d{2}$/.test(start) ? 'month' : 'day',
});

const event = (kind: EventKind, d: DateRef | null, place: string | null, ev: Evidence, what = `${kind} of the ministers`): Event =>
  ({ kind, what, participants: ['Amara Okafor'], place, date: d, evidence: ev });

describe('markDate: where a date goes, no more precise than written', () => {
  const day = (iso: string) => { const [y, m, d] = iso.split('-').map(Number); return dayNumber(y!, m!, d!); };
  it.each([
    ['a day', date('2024-05-11'), { kind: 'dated', from: day('2024-05-11'), to: day('2024-05-11'), precision: 'day' }],
    ['a month is the whole month', date('2024-02'), { kind: 'dated', from: day('2024-02-01'), to: day('2024-02-29'), precision: 'month' }],
    ['a year is the whole year', date('2023'), { kind: 'dated', from: day('2023-01-01'), to: day('2023-12-31'), precision: 'year' }],
    ['two days', date('2024-05-05', '2024-05-06'), { kind: 'dated', from: day('2024-05-05'), to: day('2024-05-06'), precision: 'day' }],
    ['an end before the start is dropped', date('2024-05-06', '2024-05-01'), { kind: 'dated', from: day('2024-05-06'), to: day('2024-05-06'), precision: 'day' }],
    ['no year: month and day only', date('--05-11'), { kind: 'year-unknown', from: day('2000-05-11'), to: day('2000-05-11') }],
    ['no year, two days', date('--05-05', '--05-06'), { kind: 'year-unknown', from: day('2000-05-05'), to: day('2000-05-06') }],
    ['no year with a dated end: the end says nothing', date('--05-05', '2024-05-06'), { kind: 'year-unknown', from: day('2000-05-05'), to: day('2000-05-05') }],
    ['"today" unresolved', date(null), { kind: 'undated' }],
    ['no date at all', null, { kind: 'undated' }],
  ])('%s', (_, d, expected) => {
    expect(markDate(d)).toEqual(expected);
  });

  it('day numbers read back as the same ISO day', () => {
    expect(isoDay(dayNumber(2024, 2, 29))).toBe('2024-02-29');
  });
});

describe('groupEvents: one mark per reported event', () => {
  it('the same meeting, date and place in three articles is one mark, earliest report first', () => {
    const marks = groupEvents([
      event('meeting', date('2024-03-14'), 'Geneva', evidence('b.txt', '2024-03-16')),
      event('meeting', date('2024-03-14'), 'geneva', evidence('a.txt', '2024-03-15')),
      event('meeting', date('2024-03-14'), 'Geneva', evidence('c.txt', null)),
    ]);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.evidence.map((e) => e.article)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it.each([
    ['another place', event('meeting', date('2024-03-14'), 'Bern', evidence('b.txt', null))],
    ['another day', event('meeting', date('2024-03-15'), 'Geneva', evidence('b.txt', null))],
    ['another kind', event('visit', date('2024-03-14'), 'Geneva', evidence('b.txt', null))],
    ['"before" the day', event('meeting', date('2024-03-14', null, 'before'), 'Geneva', evidence('b.txt', null))],
  ])('%s is another mark', (_, other) => {
    expect(groupEvents([event('meeting', date('2024-03-14'), 'Geneva', evidence('a.txt', null)), other])).toHaveLength(2);
  });

  it('one article telling the same event twice counts once', () => {
    const marks = groupEvents([event('call', date('2024-01'), null, evidence('a.txt', null)), event('call', date('2024-01'), null, evidence('a.txt', null))]);
    expect(marks[0]!.evidence).toHaveLength(1);
  });

  it('undated events stay apart unless they are told in the same words', () => {
    const marks = groupEvents([
      event('visit', null, 'Baku', evidence('a.txt', null), 'paid a visit to Baku'),
      event('visit', null, 'Baku', evidence('b.txt', null), 'paid a visit to Baku'),
      event('visit', null, 'Baku', evidence('c.txt', null), 'visited the old town'),
    ]);
    expect(marks.map((m) => m.evidence.length).sort()).toEqual([1, 2]);
  });
});

describe('timelineOf: dated, year unknown and undated set apart', () => {
  const t = timelineOf('Okafor', 'Amara Okafor', { id: 'p1', name: 'Amara Okafor' }, [
    event('signing', date('2024-06'), null, evidence('a.txt', '2024-07-01')),
    event('meeting', date('2023-11-02'), 'Lagos', evidence('b.txt', '2023-11-03')),
    event('visit', date('--05-11'), 'Accra', evidence('c.txt', null)),
    event('visit', date('--01-20'), 'Abuja', evidence('c.txt', null)),
    event('talks', null, null, evidence('d.txt', null)),
  ]);

  it('puts dated events in time order', () => {
    expect(t.dated.map((m) => m.kind)).toEqual(['meeting', 'signing']);
  });

  it('never gives a year to an event whose article gives none: it is listed by month and day', () => {
    expect(t.yearUnknown.map((m) => m.value)).toEqual(['--01-20', '--05-11']);
    expect(t.dated.some((m) => m.value?.startsWith('--'))).toBe(false);
  });

  it('keeps undated events, apart', () => {
    expect(t.undated.map((m) => m.kind)).toEqual(['talks']);
    expect(t.notFound).toBeNull();
  });

  it('says so when there is nothing', () => {
    expect(timelineOf('x', 'x', { id: 'p', name: 'Nobody Here' }, []).notFound).toMatch(/no events of Nobody Here/);
  });
});

describe('a person across the archive', () => {
  const parse = (file: string, text: string) => {
    const r = parseArticle(file, text);
    if (!r.ok) throw new Error(r.error);
    return r.article;
  };
  const lib = buildLibrary([
    parse('geneva.md', '---\ntitle: Ministers meet in Geneva\noutlet: Northwind Wire\npublished: 2024-03-16\n---\n\nForeign Minister Amara Okafor met Foreign Minister Ingrid Lindqvist in Geneva on March 14.\n\nOkafor said the talks were useful.\n'),
    parse('geneva-copy.md', '---\ntitle: Okafor and Lindqvist meet\noutlet: Harbour Daily\npublished: 2024-03-15\n---\n\nForeign Minister Amara Okafor met Ingrid Lindqvist in Geneva on March 14.\n'),
    parse('accra.txt', 'Okafor in Accra\n\nLagos Letter\n\nForeign Minister Amara Okafor visited Accra on May 11 and met traders there.\n'),
  ]);

  it('finds the person by surname and gathers their events from every article', () => {
    const t = personTimeline(lib, 'Okafor');
    expect(t.person?.name).toBe('Amara Okafor');
    const meeting = t.dated.find((m) => m.kind === 'meeting');
    expect(meeting?.value).toBe('2024-03-14');
    expect(meeting?.evidence.map((e) => e.outlet)).toEqual(['Harbour Daily', 'Northwind Wire']);
    // the Accra article has no publication date: May 11 of no year
    expect(t.yearUnknown.some((m) => m.value === '--05-11')).toBe(true);
  });

  it.each([
    ['Okafor', 'Amara Okafor'],
    ['when did Amara Okafor', 'Amara Okafor'],
    ['Okafr', 'Amara Okafor'],
    ['Okafor met Lindqvist', null],
    ['the talks in Geneva', null],
    ['', null],
  ])('a when query "%s" names a person alone: %s', (q, name) => {
    expect(personAlone(lib, q)?.name ?? null).toBe(name);
  });

  it("a when query about an event draws that answer's events, not a person's", () => {
    const t = whenTimeline(lib, when(lib, 'Okafor met Lindqvist in Geneva'));
    expect(t.person).toBeNull();
    expect(t.dated.every((m) => m.participants.includes('Ingrid Lindqvist'))).toBe(true);
  });

  it('an unknown name is not found, not guessed', () => {
    const t = personTimeline(lib, 'Zebediah Quuxworth');
    expect(t.person).toBeNull();
    expect(t.notFound).toMatch(/No person/);
  });
});

describe('coverage: outlets by publication date, each article with its stance', () => {
  it.each([
    [{ stance: 'supports', match: 'full' as const }, 'supports'],
    [{ stance: 'supports', match: 'partial' as const }, 'partly'],
    [{ stance: 'partly' }, 'partly'],
    [{ stance: 'conflicts', match: 'full' as const }, 'conflicts'],
    [{ stance: 'conflicts', match: 'partial' as const }, 'conflicts'],
  ])('%j is drawn as %s', (item, stance) => {
    expect(stanceOf(item)).toBe(stance);
  });

  const c = coverageOf({
    query: 'the dam was closed',
    verdict: 'conflicting',
    answers: [
      { stance: 'supports', match: 'full', evidence: evidence('late.txt', '2024-05-03', 'Valley Post'), syndicated: [evidence('copy.txt', '2024-05-04', 'Ledger')] },
      { stance: 'conflicts', evidence: evidence('early.txt', '2024-05-01', 'Wire') },
      { stance: 'partly', evidence: evidence('undated.txt', null, null) },
      { stance: 'supports', match: 'partial', evidence: evidence('second.txt', '2024-05-09', 'Valley Post') },
      { stance: 'conflicts', evidence: evidence('late.txt', '2024-05-03', 'Valley Post') },
    ],
  });

  it('orders outlets by their first article; outlets with no dated article last', () => {
    expect(c.rows.map((r) => r.outlet)).toEqual(['Wire', 'Valley Post', 'Ledger', 'outlet not named']);
    expect(c.rows[1]!.articles.map((a) => [a.evidence.article, a.stance])).toEqual([['late.txt', 'supports'], ['second.txt', 'partly']]);
  });

  it('a syndicated copy is its own outlet’s article, marked as a copy, with the stance of its text', () => {
    expect(c.rows[2]!.articles[0]).toMatchObject({ copy: true, stance: 'supports' });
  });

  it('counts each article once, and the undated apart', () => {
    expect(c.counts).toEqual({ supports: 2, partly: 2, conflicts: 1 });
    expect(c.undated).toBe(1);
    expect(c.range && [isoDay(c.range.from), isoDay(c.range.to)]).toEqual(['2024-05-01', '2024-05-09']);
  });

  it('an answer with nothing has no rows and no range', () => {
    expect(coverageOf({ query: 'x', verdict: 'not-found', answers: [] })).toMatchObject({ rows: [], range: null, undated: 0 });
  });
});
