// The picture of an answer: a timeline for `when` (a person's whole timeline when the query names a person
// alone), a coverage chart for `sources`. The SVG is built here in a few milliseconds; rasterising runs off
// the main thread.
import type { Library } from '../../library/library.js';
import type { QueryAnswer } from '../../model/query.js';
import { coverageOf, type Coverage } from '../../answer/coverage.js';
import { whenTimeline, type Timeline } from '../../answer/timeline.js';
import { coverageSvg } from './coverageSvg.js';
import { describeCoverage, describeTimeline } from './describe.js';
import { fonts } from './fonts.js';
import { rasterise } from './rasterise.js';
import { measure, type Measure } from './svg.js';
import { timelineSvg, type Drawing } from './timelineSvg.js';

export interface Picture {
  png: Buffer;
  /** The attachment's file name, which an embed refers to as attachment://<name>. */
  name: 'timeline.png' | 'coverage.png';
  title: string;
  /** What the picture shows, in words (alternative text). */
  description: string;
  width: number;
  height: number;
}

let metrics: Measure | null = null;
function measurer(): Measure {
  if (!metrics) metrics = measure(fonts().regular, fonts().bold);
  return metrics;
}

export function timelineDrawing(t: Timeline): Drawing {
  return timelineSvg(t, measurer());
}

export function coverageDrawing(c: Coverage): Drawing {
  return coverageSvg(c, measurer());
}

async function finish(d: Drawing, name: Picture['name'], title: string, description: string): Promise<Picture> {
  return { png: await rasterise(d.svg), name, title, description, width: d.width, height: d.height };
}

export async function drawTimeline(t: Timeline): Promise<Picture> {
  return finish(timelineDrawing(t), 'timeline.png', t.person ? `Timeline: ${t.person.name}` : 'Timeline', describeTimeline(t));
}

export async function drawCoverage(c: Coverage): Promise<Picture> {
  return finish(coverageDrawing(c), 'coverage.png', 'Who reported it, and when', describeCoverage(c));
}

export type PictureData = { kind: 'timeline'; timeline: Timeline } | { kind: 'coverage'; coverage: Coverage };

/** What an answer's picture would show, or null for an answer that has none (who-said, quotes, ask). */
export function pictureData(lib: Library, result: QueryAnswer): PictureData | null {
  if (result.command === 'when') return { kind: 'timeline', timeline: whenTimeline(lib, result.answer) };
  if (result.command === 'sources') return { kind: 'coverage', coverage: coverageOf(result.answer) };
  return null;
}

/** The picture Discord gets with this answer, or null: a person's timeline (a `when` query naming a person
 *  alone, which its timeline says by having a person), or a claim some article reports. */
export function discordPictureData(lib: Library, result: QueryAnswer): PictureData | null {
  if (result.command === 'sources' && result.answer.answers.length === 0) return null;
  const data = pictureData(lib, result);
  return data?.kind === 'timeline' && !data.timeline.person ? null : data;
}

export function drawPicture(data: PictureData): Promise<Picture> {
  return data.kind === 'timeline' ? drawTimeline(data.timeline) : drawCoverage(data.coverage);
}
