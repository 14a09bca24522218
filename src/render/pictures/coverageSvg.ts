// A coverage chart as SVG: one row per outlet (first to publish on top), each article a mark at its
// publication date, its shape and colour its stance (a filled circle supports, a ring partly matches, a
// diamond conflicts), syndicated copies pale. Articles without a publication date get a column of their
// own rather than a guessed place on the axis.
import type { Coverage, CoverageArticle, Stance } from '../../answer/coverage.js';
import { el, text, type Measure } from './svg.js';
import { INK, MAX_HEIGHT, PAD, STANCE_COLOR, STANCE_LABEL, TYPE, WIDTH, frame } from './style.js';
import { dayLabel, timeAxis } from './timeAxis.js';
import type { Drawing } from './timelineSvg.js';

const LABEL_W = 220;
const ROW_H = 30;
const UNDATED_W = 96;
const R = 7;
/** Outlets drawn at most; the rest are counted. */
export const MAX_ROWS = 24;

function shape(stance: Stance, cx: number, cy: number, copy: boolean): string {
  const color = STANCE_COLOR[stance];
  const opacity = copy ? 0.45 : 1;
  if (stance === 'supports') return el('circle', { cx, cy, r: R, fill: color, 'fill-opacity': opacity, stroke: color, 'stroke-width': 1 });
  if (stance === 'partly') {
    return el('circle', { cx, cy, r: R - 1.5, fill: '#ffffff', stroke: color, 'stroke-width': 3, 'stroke-opacity': opacity });
  }
  const d = `M${cx},${cy - R - 1} L${cx + R + 1},${cy} L${cx},${cy + R + 1} L${cx - R - 1},${cy} Z`;
  return el('path', { d, fill: color, 'fill-opacity': opacity, stroke: color, 'stroke-width': 1 });
}

interface Placed { cx: number; a: CoverageArticle; count: number }

/** Same day, stance and kind (copy or not) drawn once with a count; the rest pushed right until they clear. */
function place(articles: CoverageArticle[], xOf: (a: CoverageArticle) => number): Placed[] {
  const groups = new Map<string, Placed>();
  for (const a of articles) {
    const k = `${a.day}|${a.stance}|${a.copy}`;
    const g = groups.get(k);
    if (g) g.count++;
    else groups.set(k, { cx: xOf(a), a, count: 1 });
  }
  const out = [...groups.values()].sort((p, q) => p.cx - q.cx);
  for (let k = 1; k < out.length; k++) {
    const prev = out[k - 1]!;
    const gap = 2 * R + 3 + (prev.count > 1 ? 16 : 0);
    if (out[k]!.cx - prev.cx < gap) out[k]!.cx = prev.cx + gap;
  }
  return out;
}

/** The key: every stance with its count, and what pale means. */
function key(cov: Coverage, m: Measure, y: number): string {
  const parts: string[] = [];
  let kx = PAD;
  for (const s of ['supports', 'partly', 'conflicts'] as const) {
    parts.push(shape(s, kx + R, y - 5, false));
    const label = `${STANCE_LABEL[s]} ${cov.counts[s]}`;
    parts.push(text(kx + 2 * R + 6, y, label, { size: TYPE.small, fill: INK.muted }));
    kx += 2 * R + 6 + m.width(label, TYPE.small) + 22;
  }
  if (cov.rows.some((r) => r.articles.some((a) => a.copy))) {
    parts.push(shape('supports', kx + R, y - 5, true));
    parts.push(text(kx + 2 * R + 6, y, 'pale: a syndicated copy', { size: TYPE.small, fill: INK.muted }));
  }
  return parts.join('');
}

/** The title, the claim, and the verdict with how many articles and outlets, from the top of the picture. */
function heading(cov: Coverage, m: Measure, articles: number): string {
  const y = PAD + TYPE.title;
  const verdict = cov.verdict === 'supported' ? 'Supported' : cov.verdict === 'conflicting' ? 'The sources disagree' : 'Not found';
  const outlets = cov.rows.length;
  const counts = `${verdict} · ${articles} article${articles === 1 ? '' : 's'} from ${outlets} outlet${outlets === 1 ? '' : 's'}`;
  return text(PAD, y, 'Who reported it, and when', { size: TYPE.title, bold: true })
    + text(PAD, y + 24, m.fit(`“${cov.query}”`, TYPE.subtitle, WIDTH - 2 * PAD), { size: TYPE.subtitle, fill: INK.muted })
    + text(PAD, y + 48, counts, { size: TYPE.subtitle, bold: true });
}

export function coverageSvg(cov: Coverage, m: Measure): Drawing {
  const parts: string[] = [];
  const add = (s: string) => parts.push(s);
  const hasUndated = cov.undated > 0;
  const x0 = PAD + LABEL_W;
  const x1 = WIDTH - PAD - (hasUndated && cov.range ? UNDATED_W : 0);
  const articles = cov.rows.reduce((n, r) => n + r.articles.length, 0);
  add(heading(cov, m, articles));
  let y = PAD + TYPE.title + 48 + 26;

  add(key(cov, m, y));
  y += 22;

  const rows = cov.rows.slice(0, MAX_ROWS);
  const top = y;
  const bottom = top + rows.length * ROW_H;
  const axis = cov.range ? timeAxis(cov.range.from, cov.range.to, x0 + R + 4, x1 - R - 24, 100) : null;
  const undatedX = axis ? x1 + UNDATED_W / 2 : x0 + UNDATED_W / 2;

  rows.forEach((r, k) => {
    const ry = top + k * ROW_H;
    if (k % 2 === 0) add(el('rect', { x: PAD, y: ry, width: WIDTH - 2 * PAD, height: ROW_H, fill: INK.band }));
    const count = r.articles.length > 1 ? ` (${r.articles.length})` : '';
    const outlet = m.fit(r.outlet, TYPE.label, LABEL_W - 14 - m.width(count, TYPE.label));
    add(text(PAD + 6, ry + ROW_H / 2 + 5, outlet + count, { size: TYPE.label }));
  });
  if (axis) {
    for (const t of axis.ticks) {
      const x = axis.x(t.day);
      add(el('line', { x1: x, y1: top, x2: x, y2: bottom, stroke: INK.rule, 'stroke-width': 1 }));
      add(text(x, bottom + 17, t.label, { size: TYPE.small, fill: INK.muted, anchor: 'middle' }));
    }
    add(el('line', { x1: x0, y1: bottom, x2: x1, y2: bottom, stroke: INK.faint, 'stroke-width': 1 }));
  }
  if (hasUndated) {
    const dashes = { stroke: INK.faint, 'stroke-width': 1, 'stroke-dasharray': '3 3' };
    if (axis) add(el('line', { x1: x1 + 6, y1: top, x2: x1 + 6, y2: bottom, ...dashes }));
    add(text(undatedX, bottom + 17, axis ? 'no date' : 'no publication date', { size: TYPE.small, fill: INK.muted, anchor: 'middle' }));
  }
  // with few articles, each mark says its date (or, when no article is dated, its headline)
  const labelled = articles <= 12;
  rows.forEach((r, k) => {
    const cy = top + k * ROW_H + ROW_H / 2;
    const dated = r.articles.filter((a) => a.day !== null);
    const undated = r.articles.filter((a) => a.day === null);
    const placed = [
      ...(axis ? place(dated, (a) => axis.x(a.day! + 0.5)) : []),
      ...place(undated, () => undatedX - ((Math.min(undated.length, 3) - 1) * (R + 2))),
    ];
    placed.forEach((p, j) => {
      add(shape(p.a.stance, p.cx, cy, p.a.copy));
      if (p.count > 1) add(text(p.cx + R + 3, cy + 4, `×${p.count}`, { size: TYPE.badge, bold: true, fill: INK.text }));
      else if (labelled && placed.length === 1) {
        const label = p.a.day !== null ? dayLabel(p.a.day)
          : axis ? '' : m.fit(p.a.evidence.title, TYPE.small, WIDTH - PAD - (p.cx + R + 8));
        const w = m.width(label, TYPE.small);
        const right = p.cx + R + 6 + w <= (p.a.day !== null ? x1 : WIDTH - PAD);
        const style = { size: TYPE.small, fill: INK.muted, anchor: right ? 'start' : 'end' } as const;
        if (label && j === 0) add(text(right ? p.cx + R + 6 : p.cx - R - 6, cy + 4, label, style));
      }
    });
  });
  y = bottom + 40;
  if (cov.rows.length > rows.length) {
    const hidden = cov.rows.slice(rows.length);
    const n = hidden.reduce((s, r) => s + r.articles.length, 0);
    const more = `and ${hidden.length} more outlet${hidden.length === 1 ? '' : 's'} (${n} article${n === 1 ? '' : 's'}), not drawn`;
    add(text(PAD, y, more, { size: TYPE.label, fill: INK.muted }));
    y += 22;
  }
  if (articles === 0) {
    add(text(PAD, y, 'No article in the loaded seeds reports it.', { size: TYPE.label, fill: INK.muted }));
    y += 22;
  }
  const height = Math.min(MAX_HEIGHT, Math.ceil(y + PAD - 14));
  return { svg: frame(WIDTH, height, parts.join('')), width: WIDTH, height };
}
