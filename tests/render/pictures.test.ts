// The pictures as files: real PNGs of the size the drawing says, the same bytes for the same data and
// different ones for different data, hostile and enormous input drawn safely, and the words that go with them.
import { describe, expect, it } from 'vitest';
import type { DateRef, Event, EventKind, Evidence } from '../../src/model/contract.js';
import { coverageOf } from '../../src/answer/coverage.js';
import { timelineOf, type Timeline } from '../../src/answer/timeline.js';
import { describeCoverage, describeTimeline, DESCRIPTION_MAX } from '../../src/render/pictures/describe.js';
import { withPicture } from '../../src/render/pictures/discordPicture.js';
import { fontMetrics } from '../../src/render/pictures/fontMetrics.js';
import { fonts } from '../../src/render/pictures/fonts.js';
import { coverageDrawing, drawCoverage, drawTimeline, timelineDrawing } from '../../src/render/pictures/picture.js';
import { MAX_HEIGHT, WIDTH } from '../../src/render/pictures/style.js';
import { esc, measure } from '../../src/render/pictures/svg.js';
import { timeAxis, yearlessAxis } from '../../src/render/pictures/timeAxis.js';
import { embedLength } from '../../src/render/discordAnswer.js';
import { LIMITS } from '../../src/render/discordLimits.js';
import fc from 'fast-check';
import { hostileText } from '../support/hostileText.js';

const HOSTILE = ['', '<script>alert(1)</script>', '<image href="file:///etc/passwd"/>', ']]><svg onload="x">', '&amp; &#0; &', '\u0000\u001b[31m\u202eevil', '\ud800 lone', 'x'.repeat(10_000), 'Лавров and 李强'];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

const evidence = (article: string, published: string | null, outlet: string | null = 'Northwind Wire'): Evidence =>
  ({ article, title: `Headline of ${article}`, outlet, published, paragraph: 1, text: 'A sentence.' });
const date = (start: string | null, relation: DateRef['relation'] = 'on'): DateRef => ({
  text: start, start, end: null, relation,
  precision: !start ? 'unknown' : /^\d{4}$/.test(start) ? 'year' : /^\d{4}-\d{2}$/.test(start) ? 'month' : 'day',
});
const event = (kind: EventKind, start: string | null, place: string | null, article: string, what = `${kind} with the delegation`): Event =>
  ({ kind, what, participants: ['Amara Okafor'], place, date: start ? date(start) : null, evidence: evidence(article, null) });
const person = { id: 'p1', name: 'Amara Okafor' };
const timeline = (events: Event[]): Timeline => timelineOf('Okafor', 'Amara Okafor', person, events);

const small = timeline([
  event('meeting', '2024-03-14', 'Geneva', 'a.txt'),
  event('visit', '2024-05', 'Accra', 'b.txt'),
  event('signing', '--05-11', null, 'c.txt'),
  event('talks', null, 'Lagos', 'd.txt'),
]);

/** A busy person: hundreds of events over ten years, many reported by several articles. */
function busy(n: number): Timeline {
  const kinds: EventKind[] = ['meeting', 'visit', 'talks', 'call', 'signing', 'other'];
  const events: Event[] = [];
  for (let k = 0; k < n; k++) {
    const y = 2014 + (k % 10);
    const m = String(1 + ((k * 7) % 12)).padStart(2, '0');
    const d = String(1 + ((k * 13) % 28)).padStart(2, '0');
    const start = k % 5 === 0 ? `${y}-${m}` : k % 17 === 0 ? `${y}` : k % 23 === 0 ? `--${m}-${d}` : k % 11 === 0 ? null : `${y}-${m}-${d}`;
    for (let r = 0; r <= k % 3; r++) events.push(event(kinds[k % kinds.length]!, start, `City ${k % 40}`, `article-${k}-${r}.txt`, `event number ${k}`));
  }
  return timeline(events);
}

describe('timeline pictures', () => {
  it('are PNGs as wide as Discord shows them, as tall as the drawing', async () => {
    const pic = await drawTimeline(small);
    expect(pic.png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(pngSize(pic.png)).toEqual({ width: WIDTH, height: pic.height });
    expect(pic.width).toBeGreaterThanOrEqual(800);
    expect(pic.name).toBe('timeline.png');
  });

  it('draw the same data to the same bytes, and other data to other bytes', async () => {
    const [a, b, c] = await Promise.all([drawTimeline(small), drawTimeline(small), drawTimeline(timeline([...small.dated.flatMap(() => []), event('call', '2021-01-02', null, 'z.txt')]))]);
    expect(a.png.equals(b.png)).toBe(true);
    expect(a.png.equals(c.png)).toBe(false);
  });

  it('say what is known of each date: a month as a span, no year set apart, undated listed', () => {
    const svg = timelineDrawing(small).svg;
    expect(svg).toContain('May 2024 (month only)');
    expect(svg).toContain('Year not given');
    expect(svg).toContain('11 May</text>'); // with no year after it
    expect(svg).not.toMatch(/11 May \d{4}/);
    expect(svg).toContain('No date given');
  });

  it('keep a busy person legible: at most ten numbered events, close marks merged, within the height limit', async () => {
    const t = busy(900);
    const d = timelineDrawing(t);
    expect(d.height).toBeLessThanOrEqual(MAX_HEIGHT);
    expect(d.svg).toMatch(/The 10 most reported, then the latest, of [\d,]+ dated events/);
    const badges = [...d.svg.matchAll(/font-weight="bold" fill="#ffffff" text-anchor="middle">(\d+)<\/text>/g)].map((m) => Number(m[1]));
    expect(Math.max(...badges)).toBeGreaterThan(10); // a merged mark counting its events
    expect(d.svg).toContain('events close together');
    const pic = await drawTimeline(t);
    expect(pngSize(pic.png).height).toBe(d.height);
  });

  it('with nothing to draw, say so', async () => {
    const t = timeline([]);
    expect(timelineDrawing(t).svg).toContain('no events of Amara Okafor');
    expect((await drawTimeline(t)).png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it('describe themselves in words, counts first, within Discord’s limit', () => {
    expect(describeTimeline(small)).toBe('Timeline of Amara Okafor: 2 dated events, from 14 Mar 2024 to May 2024 (month only); 1 event with no year given (11 May); 1 event with no date.');
    expect(describeTimeline(busy(900)).length).toBeLessThanOrEqual(DESCRIPTION_MAX);
  });
});

describe('hostile text in pictures', () => {
  const hostileTimeline = (s: string) => timelineOf(s, s, { id: 'x', name: s }, [event('meeting', '2024-01-02', s, s || 'a.txt', s || 'x')]);
  const hostileCoverage = (s: string) => coverageOf({ query: s, verdict: 'supported', answers: [{ stance: 'supports', evidence: { ...evidence('a.txt', null, s), title: s } }] });

  it.each(HOSTILE.map((s) => [JSON.stringify(s).slice(0, 40), s]))('%s is drawn as text, never as markup', async (_, s) => {
    for (const svg of [timelineDrawing(hostileTimeline(s)).svg, coverageDrawing(hostileCoverage(s)).svg]) {
      expect(svg).not.toMatch(/<(script|image|foreignObject|use)\b/i);
      expect(svg).not.toMatch(/[\u0000-\u0008\u202e]/);
    }
    const pic = await drawTimeline(hostileTimeline(s));
    expect(pic.png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it('random hostile text never gets markup into the drawing', () => {
    fc.assert(fc.property(hostileText(), (s) => {
      for (const svg of [timelineDrawing(hostileTimeline(s)).svg, coverageDrawing(hostileCoverage(s)).svg]) {
        // every element is one the drawing writes itself
        for (const m of svg.matchAll(/<([a-zA-Z]+)/g)) expect(['svg', 'rect', 'text', 'circle', 'line', 'path']).toContain(m[1]);
      }
    }), { numRuns: 200 });
  });

  it('escapes markup and drops what XML cannot hold', () => {
    expect(esc('<b a="1">&\u0000\u202e\ud800x')).toBe('&lt;b a=&quot;1&quot;&gt;&amp;x');
  });

  it('cuts a 10,000-character label to the width it is given', () => {
    const m = measure(fonts().regular, fonts().bold);
    const label = m.fit('W'.repeat(10_000), 14, 300);
    expect(label.endsWith('…')).toBe(true);
    expect(m.width(label, 14)).toBeLessThanOrEqual(300);
    expect(m.fit('short', 14, 300)).toBe('short');
  });
});

describe('coverage pictures', () => {
  const answer = {
    query: 'the dam was closed on Monday',
    verdict: 'supported',
    answers: [
      { stance: 'supports', match: 'full' as const, evidence: evidence('a.txt', '2024-05-03', 'Valley Post'), syndicated: [evidence('b.txt', '2024-05-04', 'Ledger')] },
      { stance: 'conflicts', evidence: evidence('c.txt', '2024-05-01', 'Wire') },
      { stance: 'supports', match: 'partial' as const, evidence: evidence('d.txt', null, 'Morning Star') },
    ],
  };

  it('are PNGs whose bytes follow the data', async () => {
    const a = await drawCoverage(coverageOf(answer));
    const b = await drawCoverage(coverageOf({ ...answer, answers: answer.answers.slice(1) }));
    expect(a.png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(pngSize(a.png)).toEqual({ width: WIDTH, height: a.height });
    expect(a.png.equals(b.png)).toBe(false);
    expect(a.name).toBe('coverage.png');
  });

  it('give undated articles a column of their own and mark the stances', () => {
    const svg = coverageDrawing(coverageOf(answer)).svg;
    expect(svg).toContain('no date');
    expect(svg).toContain('partly matches 1');
    expect(svg).toContain('conflicts 1');
    expect(svg).toContain('pale: a syndicated copy');
  });

  it('count the outlets they cannot draw', () => {
    const many = { ...answer, answers: Array.from({ length: 40 }, (_, k) => ({ stance: 'supports', evidence: evidence(`${k}.txt`, `2024-01-${String(1 + (k % 28)).padStart(2, '0')}`, `Outlet ${k}`) })) };
    const d = coverageDrawing(coverageOf(many));
    expect(d.svg).toContain('and 16 more outlets (16 articles), not drawn');
    expect(d.height).toBeLessThanOrEqual(MAX_HEIGHT);
  });

  it('describe themselves in words', () => {
    expect(describeCoverage(coverageOf(answer))).toBe('Coverage of “the dam was closed on Monday”: 4 articles from 4 outlets, published 2024-05-01 to 2024-05-04: 2 support, 1 partly matches, 1 conflicts. 1 article gives no publication date. First: Wire (2024-05-01).');
  });
});

describe('the picture on a Discord page', () => {
  const picture = { png: Buffer.alloc(8), name: 'timeline.png' as const, title: 'Timeline: @everyone', description: 'Timeline of **x**', width: 960, height: 400 };

  it('is an embed of its own, first, showing the attachment, with mentions and markdown inert', () => {
    const page = withPicture({ content: 'summary', embeds: [{ title: 'answer', description: 'text' }] }, picture);
    expect(page.embeds).toHaveLength(2);
    expect(page.embeds[0]!.image).toEqual({ url: 'attachment://timeline.png' });
    expect(page.embeds[0]!.title).not.toContain('@everyone');
    expect(page.embeds[0]!.description).toBe('Timeline of \\*\\*x\\*\\*');
  });

  it('goes on the first answer when the page has no room for another embed', () => {
    const full = { content: '', embeds: Array.from({ length: LIMITS.embedsPerMessage }, () => ({ title: 't', description: 'x'.repeat(590) })) };
    const page = withPicture(full, picture);
    expect(page.embeds).toHaveLength(LIMITS.embedsPerMessage);
    expect(page.embeds[0]!.image?.url).toBe('attachment://timeline.png');
    expect(page.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedsTotal);
  });
});

describe('font metrics and the time axis', () => {
  const { regular } = fonts();

  it('measure wide letters wider, and text in proportion to its size', () => {
    expect(regular.width('MMMM', 14)).toBeGreaterThan(regular.width('iiii', 14));
    expect(regular.width('Lavrov', 28)).toBeCloseTo(2 * regular.width('Lavrov', 14), 6);
    expect(regular.has('Л'.codePointAt(0)!)).toBe(true);
  });

  it('refuse a file that is not a font', () => {
    expect(() => fontMetrics(Buffer.from('not a font at all, just some text here'))).toThrow();
  });

  const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
  it.each([
    ['a week: days', day(2024, 5, 1), day(2024, 5, 7), /^\d+( [A-Z][a-z]{2})?$/],
    ['a few months: months', day(2024, 1, 10), day(2024, 6, 20), /^[A-Z][a-z]{2}( \d{4})?$/],
    ['ten years: years', day(2014, 1, 1), day(2024, 1, 1), /^\d{4}$/],
    ['five centuries: years', day(1600, 1, 1), day(2100, 1, 1), /^\d{4}$/],
  ])('%s', (_, from, to, label) => {
    const axis = timeAxis(from, to, 100, 900);
    expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
    expect(axis.ticks.length).toBeLessThanOrEqual(9);
    for (const t of axis.ticks) {
      expect(t.label).toMatch(label);
      expect(axis.x(t.day)).toBeGreaterThanOrEqual(100);
      expect(axis.x(t.day)).toBeLessThanOrEqual(900);
    }
  });

  it.each([
    ['a week in May', day(2000, 5, 5), day(2000, 5, 11)],
    ['the turn of the year', day(2000, 1, 2), day(2000, 1, 20)],
    ['all year', day(2000, 1, 20), day(2000, 11, 9)],
  ])('an axis with no year (%s) never labels one', (_, from, to) => {
    const axis = yearlessAxis(2000, from, to, 100, 900);
    expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
    for (const t of axis.ticks) expect(t.label).not.toMatch(/\d{4}/);
    expect(axis.x(from)).toBeGreaterThanOrEqual(100);
    expect(axis.x(to)).toBeLessThanOrEqual(900);
  });

  it('a single month gets an axis wider than the month', () => {
    const axis = timeAxis(day(2019, 11, 1), day(2019, 11, 30), 100, 900, 90, 120);
    expect(axis.to - axis.from).toBeGreaterThanOrEqual(120);
  });
});
