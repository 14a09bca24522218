// A timeline as SVG: one lane per kind of event over a time axis, a dot for a day, a bar for a span (a pale
// bar for a month, dashed for a year: the date is no more precise than that), marks that would overlap
// merged into one that counts them, the most reported events numbered and listed with date, kind and
// place. Events whose year is unknown get a January-to-December strip of their own; undated ones a list.
import type { EventKind } from '../../model/contract.js';
import { YEARLESS_YEAR, type Timeline, type TimelineMark } from '../../answer/timeline.js';
import { el, text, type Measure, type TextStyle } from './svg.js';
import { INK, KIND_COLOR, KIND_LABEL, KIND_NAME, KIND_ORDER, MAX_HEIGHT, PAD, TYPE, WIDTH, frame } from './style.js';
import { dayLabel, timeAxis, yearlessAxis, type TimeAxis } from './timeAxis.js';
import { plural } from '../words.js';

export interface Drawing { svg: string; width: number; height: number }

const LABEL_W = 128;
const X0 = PAD + LABEL_W;
const X1 = WIDTH - PAD;
/** A lane: a row of number badges on top, the marks below it, a second track of bars under those. */
const LANE_H = 60;
const BADGE_Y = 11;
const MARK_Y = 34;
const LINE_H = 22;
/** Events numbered and listed under the lanes, at most. */
const LISTED = 10;
const LISTED_YEARLESS = 6;
const LISTED_UNDATED = 5;
const SPAN_H = 14;
const BADGE_GAP = 19;
/** Narrower than this (pixels), a span is drawn as a dot. */
const MIN_BAR = 12;

const radius = (reports: number) => Math.min(11, 5 + 1.6 * Math.sqrt(reports - 1));
const reportsOf = (m: TimelineMark) => m.evidence.length;
const span = (m: TimelineMark) => (m.date.kind === 'undated' ? { from: 0, to: 0 } : { from: m.date.from, to: m.date.to });
const precisionOf = (m: TimelineMark) => (m.date.kind === 'dated' ? m.date.precision : 'day');
/** A count drawn on or beside a mark. */
const countStyle = (fill: string): TextStyle => ({ size: TYPE.badge, bold: true, fill, anchor: 'middle' });

/** "11 May 2024", "5–6 May 2024", "May 2024 (month only)", "before 5–6 May" for a year-unknown date. */
export function markDateLabel(m: TimelineMark): string {
  if (m.date.kind === 'undated') return 'no date';
  const withYear = m.date.kind === 'dated';
  const p = precisionOf(m);
  const { from, to } = span(m);
  let s: string;
  if (from === to || p !== 'day') {
    s = dayLabel(from, p, withYear);
    if (to !== from && p !== 'day' && dayLabel(to, p, withYear) !== s) s += `–${dayLabel(to, p, withYear)}`;
  } else {
    const a = dayLabel(from, 'day', withYear);
    const b = dayLabel(to, 'day', withYear);
    const [da, ma, ya] = a.split(' ');
    const [db, mb, yb] = b.split(' ');
    s = ma === mb && ya === yb ? `${da}–${db} ${mb}${yb ? ` ${yb}` : ''}` : `${a} – ${b}`;
  }
  if (p === 'month') s += ' (month only)';
  if (p === 'year') s += ' (year only)';
  return m.relation === 'on' ? s : `${m.relation} ${s}`;
}

function describeLine(m: TimelineMark): string {
  const outlet = m.evidence[0]?.outlet ?? m.evidence[0]?.title ?? '';
  const more = m.evidence.length > 1 ? ` +${m.evidence.length - 1} more` : '';
  return [KIND_NAME[m.kind], m.place].filter(Boolean).join(' · ') + ` — ${m.what}` + (outlet ? ` · ${outlet}${more}` : '');
}

/** The marks that get a number: all of them when few, else the most reported (ties: the latest). */
function chooseListed(marks: TimelineMark[], n: number): Set<TimelineMark> {
  if (marks.length <= n) return new Set(marks);
  return new Set([...marks].sort((a, b) => reportsOf(b) - reportsOf(a) || span(b).from - span(a).from).slice(0, n));
}

interface Point { cx: number; r: number; marks: TimelineMark[] }

class Canvas {
  parts: string[] = [];
  add(s: string): void { this.parts.push(s); }
}

function drawAxis(c: Canvas, axis: TimeAxis, top: number, bottom: number): void {
  for (const t of axis.ticks) {
    const x = axis.x(t.day);
    c.add(el('line', { x1: x, y1: top, x2: x, y2: bottom, stroke: INK.rule, 'stroke-width': 1 }));
    c.add(text(x, bottom + 17, t.label, { size: TYPE.small, fill: INK.muted, anchor: 'middle' }));
  }
  c.add(el('line', { x1: X0, y1: bottom, x2: X1, y2: bottom, stroke: INK.faint, 'stroke-width': 1 }));
}

function chevron(x: number, y: number, dir: -1 | 1, color: string): string {
  const d = `M${x + dir * 4},${y - 5} L${x + dir * 9},${y} L${x + dir * 4},${y + 5}`;
  return el('path', { d, fill: 'none', stroke: color, 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' });
}

/** A dot: solid for a day; pale with its outline for a month, dashed for a year. */
function dot(cx: number, cy: number, r: number, color: string, precision: 'day' | 'month' | 'year', outline: string): string {
  if (precision === 'day') return el('circle', { cx, cy, r, fill: color, stroke: outline, 'stroke-width': 1.5 });
  const dashes = precision === 'year' ? '3 2' : undefined;
  return el('circle', { cx, cy, r, fill: color, 'fill-opacity': 0.3, stroke: color, 'stroke-width': 2, 'stroke-dasharray': dashes });
}

function badge(x: number, y: number, n: number): string {
  return el('circle', { cx: x, cy: y, r: 8, fill: INK.text }) + text(x, y + 4, String(n), countStyle('#ffffff'));
}

/** Spans stacked into two tracks of a lane so that overlapping ones stay apart (a third overlap is drawn
 *  over the track that frees up first). */
function spanTracks(spans: { x0: number; x1: number }[]): number[] {
  const ends: number[] = [];
  return spans.map((s) => {
    let t = ends.findIndex((end) => end + 3 <= s.x0);
    if (t < 0) t = ends.length < 2 ? ends.length : ends.indexOf(Math.min(...ends));
    ends[t] = Math.max(ends[t] ?? -Infinity, s.x1);
    return t;
  });
}

/** Badge positions: at their marks where there is room, else pushed apart, kept inside the plot. */
function spreadBadges(anchors: number[]): number[] {
  const xs = [...anchors];
  for (let k = 1; k < xs.length; k++) xs[k] = Math.max(xs[k]!, xs[k - 1]! + BADGE_GAP);
  if (xs.length) xs[xs.length - 1] = Math.min(xs.at(-1)!, X1 - 9);
  for (let k = xs.length - 2; k >= 0; k--) xs[k] = Math.min(xs[k]!, xs[k + 1]! - BADGE_GAP);
  return xs.map((x) => Math.max(x, X0 + 9));
}

/** One lane's marks, the lane's top at `top`; each mark in its kind's colour. Numbered marks are drawn on
 *  their own (never merged) with their number in the badge row, tied to the mark by a short line. */
function drawLane(c: Canvas, axis: TimeAxis, marks: TimelineMark[], top: number, numbers: Map<TimelineMark, number>): void {
  const y = top + MARK_Y;
  // a span too narrow to read as a bar is drawn as a dot, pale for a month or a year: its precision still shows
  const wide = (m: TimelineMark) => axis.x(span(m).to + 1) - axis.x(span(m).from) >= MIN_BAR;
  const spans = marks.filter((m) => (span(m).to > span(m).from || precisionOf(m) !== 'day') && wide(m));
  const points = marks.filter((m) => !spans.includes(m));
  const anchors: { x: number; y: number; n: number }[] = [];

  // identical spans drawn once, with their count
  const bySpan = new Map<string, TimelineMark[]>();
  for (const m of spans) {
    const k = `${span(m).from}|${span(m).to}|${precisionOf(m)}|${m.kind}|${m.relation}`;
    bySpan.set(k, [...(bySpan.get(k) ?? []), m]);
  }
  const spanGroups = [...bySpan.values()].map((ms) => {
    const { from, to } = span(ms[0]!);
    return { ms, x0: axis.x(from), x1: Math.max(axis.x(to + 1), axis.x(from) + 6) };
  }).sort((a, b) => a.x0 - b.x0);
  const tracks = spanTracks(spanGroups);
  spanGroups.forEach((g, k) => {
    const ty = y + (tracks[k] === 1 ? SPAN_H + 2 : 0) - SPAN_H / 2;
    const first = g.ms[0]!;
    const p = precisionOf(first);
    const color = KIND_COLOR[first.kind];
    const w = g.x1 - g.x0;
    c.add(el('rect', {
      x: g.x0, y: ty, width: w, height: SPAN_H, rx: Math.min(SPAN_H / 2, w / 2),
      fill: color, 'fill-opacity': p === 'day' ? 0.9 : 0.25, stroke: color, 'stroke-width': 1.5,
      'stroke-dasharray': p === 'year' ? '5 3' : undefined,
    }));
    if (g.ms.length > 1 && w >= 22) c.add(text(g.x0 + w / 2, ty + SPAN_H - 3, String(g.ms.length), countStyle(INK.text)));
    if (first.relation === 'before') c.add(chevron(g.x0, ty + SPAN_H / 2, -1, color));
    if (first.relation === 'after') c.add(chevron(g.x1, ty + SPAN_H / 2, 1, color));
    const n = g.ms.map((m) => numbers.get(m)).filter((x): x is number => x !== undefined);
    if (n.length) anchors.push({ x: g.x0 + Math.min(w / 2, 10), y: ty, n: n[0]! });
  });

  // points that would overlap become one counted mark; numbered ones stay single, on top
  const sorted = points
    .map((m) => ({ m, cx: axis.x((span(m).from + span(m).to + 1) / 2), r: radius(reportsOf(m)) }))
    .sort((a, b) => a.cx - b.cx);
  const clusters: Point[] = [];
  for (const p of sorted.filter((p) => !numbers.has(p.m))) {
    const last = clusters.at(-1);
    if (last && p.cx - last.cx < last.r + p.r + 1) {
      last.marks.push(p.m);
      last.cx = (last.cx * (last.marks.length - 1) + p.cx) / last.marks.length;
      last.r = Math.min(15, 8 + 1.5 * Math.sqrt(last.marks.length));
    } else clusters.push({ cx: p.cx, r: p.r, marks: [p.m] });
  }
  for (const k of clusters) {
    const kinds = new Set(k.marks.map((m) => m.kind));
    const color = kinds.size === 1 ? KIND_COLOR[k.marks[0]!.kind] : INK.muted;
    // the least precise member decides how the whole group is drawn
    const p = k.marks.some((m) => precisionOf(m) === 'year') ? 'year' : k.marks.some((m) => precisionOf(m) === 'month') ? 'month' : 'day';
    c.add(dot(k.cx, y, k.r, color, p, '#ffffff'));
    if (k.marks.length > 1) c.add(text(k.cx, y + 4, String(k.marks.length), countStyle(p === 'day' ? '#ffffff' : INK.text)));
    else if (k.marks[0]!.relation === 'before') c.add(chevron(k.cx - k.r, y, -1, color));
    else if (k.marks[0]!.relation === 'after') c.add(chevron(k.cx + k.r, y, 1, color));
  }
  for (const p of sorted.filter((p) => numbers.has(p.m))) {
    const color = KIND_COLOR[p.m.kind];
    c.add(dot(p.cx, y, p.r, color, precisionOf(p.m), INK.text));
    if (p.m.relation === 'before') c.add(chevron(p.cx - p.r, y, -1, color));
    if (p.m.relation === 'after') c.add(chevron(p.cx + p.r, y, 1, color));
    anchors.push({ x: p.cx, y: y - p.r, n: numbers.get(p.m)! });
  }

  anchors.sort((a, b) => a.x - b.x || a.n - b.n);
  const xs = spreadBadges(anchors.map((a) => a.x));
  anchors.forEach((a, k) => {
    const bx = xs[k]!;
    c.add(el('line', { x1: bx, y1: top + BADGE_Y + 8, x2: a.x, y2: a.y - 1, stroke: INK.faint, 'stroke-width': 1 }));
    c.add(badge(bx, top + BADGE_Y, a.n));
  });
}

function laneLabel(c: Canvas, m: Measure, top: number, label: string, count: string, color: string | null): void {
  if (color) c.add(el('rect', { x: PAD + 6, y: top + MARK_Y - 12, width: 10, height: 10, rx: 2, fill: color }));
  const x = PAD + (color ? 22 : 6);
  c.add(text(x, top + MARK_Y - 2, m.fit(label, TYPE.label, LABEL_W - (x - PAD) - 4), { size: TYPE.label }));
  c.add(text(x, top + MARK_Y + 14, m.fit(count, TYPE.small, LABEL_W - (x - PAD) - 4), { size: TYPE.small, fill: INK.muted }));
}

function listLines(c: Canvas, m: Measure, marks: TimelineMark[], numbers: Map<TimelineMark, number>, y: number): number {
  for (const mark of marks) {
    const n = numbers.get(mark)!;
    c.add(badge(PAD + 8, y - 5, n));
    c.add(el('rect', { x: PAD + 22, y: y - 10, width: 10, height: 10, rx: 2, fill: KIND_COLOR[mark.kind] }));
    const date = markDateLabel(mark);
    const dateW = m.width(date, TYPE.label, true);
    c.add(text(PAD + 38, y, date, { size: TYPE.label, bold: true }));
    const rest = m.fit(describeLine(mark), TYPE.label, X1 - (PAD + 38 + dateW + 8));
    c.add(text(PAD + 38 + dateW + 8, y, rest, { size: TYPE.label, fill: INK.muted }));
    y += LINE_H;
  }
  return y;
}

function key(c: Canvas, m: Measure, t: Timeline, y: number): void {
  const all = [...t.dated, ...t.yearUnknown];
  const items: [string, (x: number) => string][] = [];
  const color = INK.muted;
  const dot = (cx: number, r: number) => el('circle', { cx, cy: y - 5, r, fill: color });
  if (all.some((x) => precisionOf(x) === 'day')) items.push(['a day', (x) => dot(x + 6, 5)]);
  const pale = { fill: color, 'fill-opacity': 0.3, stroke: color, 'stroke-width': 1.5 };
  // a pale point and span, as a month's or a year's mark is drawn (a year's dashed)
  const pointAndSpan = (x: number, pointDashes?: string, spanDashes?: string) =>
    el('circle', { cx: x + 5, cy: y - 5, r: 5, ...pale, 'stroke-dasharray': pointDashes })
    + el('rect', { x: x + 14, y: y - 11, width: 18, height: 12, rx: 6, ...pale, 'stroke-dasharray': spanDashes });
  if (all.some((x) => precisionOf(x) === 'month')) items.push(['month only', (x) => pointAndSpan(x)]);
  if (all.some((x) => precisionOf(x) === 'year')) items.push(['year only', (x) => pointAndSpan(x, '3 2', '5 3')]);
  if (all.some((x) => x.relation === 'before' || x.relation === 'after')) {
    items.push(['before / after', (x) => chevron(x + 6, y - 5, -1, color) + chevron(x + 10, y - 5, 1, color)]);
  }
  items.push(['bigger: more articles', (x) => dot(x + 4, 3) + dot(x + 16, 6)]);
  if (all.length > LISTED) {
    items.push(['events close together', (x) => dot(x + 8, 8) + text(x + 8, y - 1, '3', countStyle('#ffffff'))]);
  }
  let x = PAD;
  for (const [label, shape] of items) {
    c.add(shape(x));
    const w = label === 'month only' || label === 'year only' ? 38 : 28;
    c.add(text(x + w, y, label, { size: TYPE.small, fill: INK.muted }));
    x += w + m.width(label, TYPE.small) + 20;
  }
}

function heading(c: Canvas, y: number, title: string, note: string, m: Measure): void {
  c.add(text(PAD, y, title, { size: TYPE.subtitle, bold: true }));
  const w = m.width(title, TYPE.subtitle, true);
  c.add(text(PAD + w + 10, y, m.fit(note, TYPE.small, X1 - PAD - w - 10), { size: TYPE.small, fill: INK.muted }));
}


/** Events with no date, listed under the drawing; returns the y below the list. */
function undatedList(c: Canvas, m: Measure, undated: Timeline['undated'], y: number): number {
  y += 10;
  heading(c, y, 'No date given', `${plural(undated.length, 'event')} the articles report without a date`, m);
  y += LINE_H + 2;
  for (const mark of undated.slice(0, LISTED_UNDATED)) {
    c.add(el('rect', { x: PAD + 4, y: y - 10, width: 8, height: 8, rx: 2, fill: KIND_COLOR[mark.kind] }));
    c.add(text(PAD + 20, y, m.fit(describeLine(mark), TYPE.label, X1 - PAD - 20), { size: TYPE.label, fill: INK.muted }));
    y += LINE_H;
  }
  if (undated.length > LISTED_UNDATED) {
    c.add(text(PAD + 20, y, `and ${undated.length - LISTED_UNDATED} more`, { size: TYPE.label, fill: INK.faint }));
    y += LINE_H;
  }
  return y;
}

export function timelineSvg(t: Timeline, m: Measure): Drawing {
  const c = new Canvas();
  let y = PAD + TYPE.title;
  const articles = new Set([...t.dated, ...t.yearUnknown, ...t.undated].flatMap((x) => x.evidence.map((e) => e.article))).size;
  const title = m.fit(t.person ? t.person.name : `Events for “${t.title}”`, TYPE.title, X1 - PAD, true);
  c.add(text(PAD, y, title, { size: TYPE.title, bold: true }));
  y += 24;
  const parts = [
    t.dated.length ? plural(t.dated.length, 'dated event') : 'no event with a full date',
    t.yearUnknown.length ? `${t.yearUnknown.length} with no year given` : '',
    t.undated.length ? `${t.undated.length} with no date` : '',
  ].filter(Boolean);
  c.add(text(PAD, y, `${parts.join(', ')} · from ${plural(articles, 'article')}`, { size: TYPE.subtitle, fill: INK.muted }));
  y += 26;
  if (t.dated.length + t.yearUnknown.length > 0) { key(c, m, t, y); y += 26; }

  if (t.dated.length) {
    const first = Math.min(...t.dated.map((x) => span(x).from));
    const last = Math.max(...t.dated.map((x) => span(x).to));
    const widest = Math.max(...t.dated.map((x) => span(x).to + 1 - span(x).from));
    const axis = timeAxis(first, last, X0, X1, 90, Math.max(30, widest * 4));
    const lanes = KIND_ORDER.filter((k) => t.dated.some((x) => x.kind === k));
    const listed = chooseListed(t.dated, LISTED);
    const numbers = new Map(t.dated.filter((x) => listed.has(x)).map((x, k) => [x, k + 1] as const));
    const top = y;
    lanes.forEach((kind, k) => {
      const ly = top + k * LANE_H;
      if (k % 2 === 0) c.add(el('rect', { x: PAD, y: ly, width: X1 - PAD, height: LANE_H, fill: INK.band }));
      laneLabel(c, m, ly, KIND_LABEL[kind], plural(t.dated.filter((x) => x.kind === kind).length, 'event'), KIND_COLOR[kind]);
    });
    const bottom = top + lanes.length * LANE_H;
    drawAxis(c, axis, top, bottom);
    lanes.forEach((kind: EventKind, k) => drawLane(c, axis, t.dated.filter((x) => x.kind === kind), top + k * LANE_H, numbers));
    y = bottom + 44;
    const shown = t.dated.filter((x) => numbers.has(x));
    if (t.dated.length > shown.length) {
      const why = shown.every((x) => reportsOf(x) === 1) ? 'latest' : 'most reported, then the latest,';
      c.add(text(PAD, y, `The ${shown.length} ${why} of ${plural(t.dated.length, 'dated event')}:`, { size: TYPE.small, fill: INK.muted }));
      y += LINE_H;
    }
    y = listLines(c, m, shown, numbers, y) + 8;
  }

  if (t.yearUnknown.length) {
    y += 10;
    const events = plural(t.yearUnknown.length, 'event');
    heading(c, y, 'Year not given', `${events} the articles date by month and day only, placed in no year`, m);
    y += 14;
    const from = Math.min(...t.yearUnknown.map((x) => span(x).from));
    const axis = yearlessAxis(YEARLESS_YEAR, from, Math.max(...t.yearUnknown.map((x) => span(x).to)), X0, X1);
    const top = y;
    c.add(el('rect', { x: PAD, y: top, width: X1 - PAD, height: LANE_H, fill: INK.band }));
    laneLabel(c, m, top, 'Any year', plural(t.yearUnknown.length, 'event'), null);
    drawAxis(c, axis, top, top + LANE_H);
    const base = t.dated.length ? Math.min(LISTED, t.dated.length) : 0;
    const listed = chooseListed(t.yearUnknown, LISTED_YEARLESS);
    const numbers = new Map(t.yearUnknown.filter((x) => listed.has(x)).map((x, k) => [x, base + k + 1] as const));
    drawLane(c, axis, t.yearUnknown, top, numbers);
    y = top + LANE_H + 44;
    if (t.yearUnknown.length > numbers.size) {
      const why = [...numbers.keys()].every((x) => reportsOf(x) === 1) ? 'latest in the year' : 'most reported';
      const lead = `The ${numbers.size} ${why} of ${plural(t.yearUnknown.length, 'event')} with no year:`;
      c.add(text(PAD, y, lead, { size: TYPE.small, fill: INK.muted }));
      y += LINE_H;
    }
    y = listLines(c, m, t.yearUnknown.filter((x) => numbers.has(x)), numbers, y) + 8;
  }

  if (t.undated.length) y = undatedList(c, m, t.undated, y);

  if (t.dated.length + t.yearUnknown.length + t.undated.length === 0) {
    c.add(text(PAD, y + 10, t.notFound ?? 'Nothing to draw.', { size: TYPE.label, fill: INK.muted }));
    y += LINE_H + 10;
  }
  const height = Math.min(MAX_HEIGHT, Math.ceil(y + PAD - 10));
  return { svg: frame(WIDTH, height, c.parts.join('')), width: WIDTH, height };
}
