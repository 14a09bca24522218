import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/extractDates.js';
import { extractEvents } from '../../../src/extract/events/extractEvents.js';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import type { Article } from '../../../src/parse/article.js';
import type { LocalEvent, LocalPerson } from '../../../src/extract/types.js';

function person(key: string, name: string, aliases: string[] = [], roles: string[] = []): LocalPerson {
  return { key, name, aliases, roles, gender: null, kind: 'person' };
}

const LAVROV = person('p1', 'Sergei Lavrov', ['Sergey Lavrov', 'Lavrov'], ['Russian Foreign Minister', 'the Russian foreign minister']);
const BAYRAMOV = person('p2', 'Jeyhun Bayramov', ['Bayramov'], ['his Azerbaijani counterpart', 'Foreign Minister']);
const PASHINYAN = person('p3', 'Nikol Pashinyan', ['Pashinyan'], ['the acting Prime Minister of Armenia']);
const PEOPLE = [LAVROV, BAYRAMOV, PASHINYAN];

function scraped(header: string[], ...paragraphs: string[]): Article {
  const r = parseArticle('story.txt', ['Minister on tour', '', ...header, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
  if (!r.ok) throw new Error(r.error);
  return r.article;
}
function withDate(published: string | null, ...paragraphs: string[]): Article {
  const head = ['---', 'title: Test story', 'outlet: Test Wire', ...(published ? [`published: ${published}`] : []), '---', ''];
  const r = parseArticle('story.md', [...head, ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
  if (!r.ok) throw new Error(r.error);
  return r.article;
}
function events(a: Article, people: LocalPerson[] = PEOPLE): LocalEvent[] {
  return extractEvents(a, people, extractDates(a));
}
function find(es: LocalEvent[], kind: string, what: string | RegExp): LocalEvent {
  const e = es.find((x) => x.kind === kind && (typeof what === 'string' ? x.what.includes(what) : what.test(x.what)));
  if (!e) throw new Error(`no ${kind} "${what}" in ${JSON.stringify(es.map((x) => [x.kind, x.what]))}`);
  return e;
}

describe('a trip reported with "prior to his arrival"', () => {
  const es = events(scraped(['Test Wire', 'Test Wire, Baku'],
    'Prior to his arrival in Baku on May 5-6, Sergey Lavrov visited Yerevan, where he met with the acting Prime Minister of Armenia Nikol Pashinyan.'));

  it('the arrival is on the date, in the place it names', () => {
    const arrival = find(es, 'visit', 'arrival');
    expect(arrival.date).toMatchObject({ text: 'May 5-6', start: '--05-05', end: '--05-06', relation: 'on' });
    expect(arrival.place).toBe('Baku');
    expect(arrival.participants).toEqual(['p1']);
  });

  it('the meeting in the main clause comes before that date, in the place "where" points to', () => {
    const meeting = find(es, 'meeting', 'met with');
    expect(meeting.date).toMatchObject({ text: 'May 5-6', relation: 'before' });
    expect(meeting.place).toBe('Yerevan');
    expect(meeting.participants).toEqual(expect.arrayContaining(['p1', 'p3']));
  });
});

describe('participants', () => {
  it('resolves a role ("his Azerbaijani counterpart") and a surname', () => {
    const es = events(withDate(null, 'On May 11, Lavrov met with his Azerbaijani counterpart.'));
    const m = find(es, 'meeting', 'met with');
    expect(m.participants.sort()).toEqual(['p1', 'p2']);
    expect(m.date).toMatchObject({ text: 'May 11', start: '--05-11', relation: 'on' });
  });

  it('a pronoun subject is the person last named', () => {
    const es = events(withDate('2024-03-15', 'Sergei Lavrov flew to the region.', 'He visited Yerevan on Tuesday.'));
    const v = find(es, 'visit', 'visited');
    expect(v.participants).toEqual(['p1']);
    expect(v.place).toBe('Yerevan');
    expect(v.date?.start).toBe('2024-03-12');
  });

  it('with no people known the event is still found, with no participants', () => {
    const es = events(withDate('2024-03-15', 'The delegations met in Vienna on Tuesday.'), []);
    expect(find(es, 'meeting', 'met').participants).toEqual([]);
  });
});

describe('dates that belong to a different event of the sentence', () => {
  it('a relative clause keeps its own date', () => {
    const es = events(withDate('2024-03-15', 'Pashinyan, who visited Moscow in 2016, met Lavrov in Paris on Tuesday.'));
    expect(find(es, 'meeting', 'met').date?.start).toBe('2024-03-12');
    expect(find(es, 'visit', 'visited').date?.start).toBe('2016');
  });

  it('"said Friday" dates the report, not the meeting it reports', () => {
    const es = events(withDate('2024-03-15', 'Lavrov said Friday that he met Pashinyan in Yerevan.'));
    expect(find(es, 'meeting', 'met').date).toBeNull();
    const report = es.find((e) => e.kind === 'other' && e.date?.text === 'Friday');
    expect(report?.date?.start).toBe('2024-03-15');
  });

  it('a date far from any trigger becomes an event of its own', () => {
    const es = events(withDate('2024-03-15', 'Lavrov noted the results of the meeting in Moscow on January 11 and the trilateral November 9 agreement.'));
    expect(find(es, 'meeting', 'meeting in Moscow').date?.text).toBe('January 11');
    expect(es.some((e) => e.kind === 'other' && e.date?.text === 'November 9')).toBe(true);
  });

  it('an opening date dates every event of the sentence', () => {
    const es = events(withDate('2024-03-15', 'On Monday, Lavrov arrived in Baku and later met Bayramov at the ministry.'));
    expect(find(es, 'visit', 'arrived').date?.start).toBe('2024-03-11');
    expect(find(es, 'meeting', 'met').date?.start).toBe('2024-03-11');
  });
});

describe('kinds, places and undated events', () => {
  const es = events(scraped(['Test Wire', 'Test Wire, Baku'],
    'The main result of the trip was the signing of a memorandum on biological safety.',
    'Lavrov spoke by phone with Pashinyan.',
    'The two sides held talks on energy.'));

  it('finds a signing with no date as undated, and with no place: the dateline is not its place', () => {
    const s = find(es, 'signing', 'memorandum on biological safety');
    expect(s.date).toBeNull();
    expect(s.place).toBeNull();
  });

  it('finds calls and talks', () => {
    expect(find(es, 'call', 'spoke by phone').participants.sort()).toEqual(['p1', 'p3']);
    expect(find(es, 'talks', 'talks').date).toBeNull();
  });

  it('an intention is not a happening: "the need to sign it"', () => {
    const only = events(withDate(null, 'Lavrov spoke about the need to sign it back in November 2019.'));
    expect(only.some((e) => e.kind === 'signing')).toBe(false);
    expect(only.find((e) => e.kind === 'other')?.date).toMatchObject({ text: 'November 2019', start: '2019-11' });
  });


  it('a sentence repeated in a paragraph keeps one dated event per copy', () => {
    const a = withDate('2024-03-15', 'Lavrov met Bayramov on Monday. Lavrov met Bayramov on Monday.');
    expect(events(a).filter((e) => e.kind === 'meeting' && e.date?.start === '2024-03-11')).toHaveLength(2);
  });

  it('every date of the body dates some event', () => {
    const a = withDate('2024-03-15', 'Fighting flared two days ago, and earlier this month shelling cut power to three towns.');
    const ds = extractDates(a);
    const es = events(a);
    for (const d of ds) expect(es.some((e) => e.date?.text === d.text)).toBe(true);
  });
});

describe('place comes from the event\'s own sentence, never from the dateline', () => {
  it('a header dateline ("Test Wire, Baku") does not place a meeting whose sentence names no place', () => {
    const es = events(scraped(['Test Wire', 'Test Wire, Baku'], 'On May 11, Lavrov met with his Azerbaijani counterpart Jeyhun Bayramov.'));
    const m = find(es, 'meeting', 'met with');
    expect(m.place).toBeNull();
    expect(m.date).toMatchObject({ text: 'May 11', relation: 'on' });
  });

  it('a wire dateline in the body ("GENEVA (Northwind) -") does not place the talks', () => {
    const es = events(withDate('2024-03-15', 'GENEVA (Northwind) - The envoys held talks on Thursday.'));
    expect(find(es, 'talks', 'talks').place).toBeNull();
  });

  it('a place the sentence names wins over a dateline elsewhere', () => {
    const es = events(scraped(['Test Wire', 'Test Wire, Baku'], 'Lavrov met Pashinyan in Yerevan on May 4.'));
    expect(find(es, 'meeting', 'met').place).toBe('Yerevan');
  });

  it('a verb joined by "and" to a placed verb shares its place: "paid a visit to Tbilisi and held a meeting"', () => {
    const es = events(withDate('2024-03-15', 'Lavrov paid a visit to Tbilisi and held a meeting with Bayramov.'));
    expect(find(es, 'visit', 'visit').place).toBe('Tbilisi');
    expect(find(es, 'meeting', 'held a meeting').place).toBe('Tbilisi');
  });

  it('"arrived in Baku on Monday and then met" links too', () => {
    const es = events(withDate('2024-03-15', 'Lavrov arrived in Baku on Monday and then met Bayramov.'));
    expect(find(es, 'meeting', 'met').place).toBe('Baku');
  });

  it('a clause between them breaks the link: "arrived in Baku while Aliyev was away and met"', () => {
    const es = events(withDate('2024-03-15', 'Lavrov arrived in Baku while Aliyev was away and met Bayramov.'));
    expect(find(es, 'meeting', 'met').place).toBeNull();
  });

  it('a new subject after "and" breaks the link: "visited Tbilisi and Bayramov met Pashinyan"', () => {
    const es = events(withDate('2024-03-15', 'Lavrov visited Tbilisi and Bayramov met Pashinyan.'));
    expect(find(es, 'visit', 'visited').place).toBe('Tbilisi');
    expect(find(es, 'meeting', 'met').place).toBeNull();
  });

  it('a place in a subordinate clause is not linked: "After he visited Tbilisi last week, Lavrov met"', () => {
    const es = events(withDate('2024-03-15', 'After he visited Tbilisi last week, Lavrov met Bayramov.'));
    expect(find(es, 'meeting', 'met').place).toBeNull();
  });

  it('a place in the previous sentence is not carried over', () => {
    const es = events(withDate('2024-03-15', 'Lavrov arrived in Baku on Monday.', 'He met Bayramov on Tuesday.'));
    expect(find(es, 'meeting', 'met').place).toBeNull();
  });
});

describe('"the visit" refers back to the story\'s visit', () => {
  it('given a lede visit to Baku and an earlier stop in Yerevan, "the main result of the visit was the signing" happened in Baku', () => {
    const es = events(scraped(['Test Wire'],
      'Russian Foreign Minister Sergei Lavrov has paid a visit to Baku and held a meeting with Bayramov.',
      'Before his arrival, Lavrov visited Yerevan, where he met with Pashinyan.',
      'The main result of the visit was the signing of a memorandum on biological safety.',
      'Lavrov later met with Bayramov again.'));
    expect(find(es, 'signing', 'memorandum').place).toBe('Baku');
    // a sentence that does not refer to the visit stays unplaced
    expect(es.filter((e) => e.cite.paragraph === 4).every((e) => e.place === null)).toBe(true);
  });
});

describe('who took part, for events inside a report or known only by their date', () => {
  it('given "Lavrov noted that Russia is committed to … the meeting in Moscow on January 11", Lavrov reports the meeting, he is not named at it', () => {
    const es = events(withDate('2021-05-07',
      'In his speech, Sergei Lavrov noted that Russia is committed to the agreements and to the results of the meeting in Moscow on January 11.'));
    const m = find(es, 'meeting', 'meeting in Moscow');
    expect(m.participants).toEqual([]);
    expect(m.place).toBe('Moscow');
  });

  it('given "he laid flowers for those who died during the entry of the army into Baku on January 20, 1990", the 1990 happening has no participant and is placed in Baku', () => {
    const es = events(withDate('2021-05-07',
      'Sergei Lavrov visited the memorial, where he laid flowers for those who died during the entry of the Soviet army into Baku on January 20, 1990.'));
    const other = es.find((e) => e.kind === 'other' && e.date?.start === '1990-01-20');
    expect(other?.participants).toEqual([]);
    expect(other?.place).toBe('Baku');
  });
});
