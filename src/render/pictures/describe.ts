// The pictures in words: the alternative text Discord shows and reads out, and the line under the picture.
// Says what the picture shows, counts first, with the same honesty about dates.
import type { Coverage } from '../../answer/coverage.js';
import type { Timeline } from '../../answer/timeline.js';
import { markDateLabel } from './timelineSvg.js';
import { isoDay } from '../../answer/timeline.js';
import { plural } from '../words.js';

/** Discord's limit for an attachment's description. */
export const DESCRIPTION_MAX = 1024;


function cutWords(s: string, max: number): string {
  if (s.length <= max) return s;
  const head = s.slice(0, max - 1);
  return `${head.slice(0, Math.max(head.lastIndexOf(' '), max * 0.6))}…`;
}

export function describeTimeline(t: Timeline): string {
  const who = t.person ? t.person.name : `“${t.title}”`;
  const total = t.dated.length + t.yearUnknown.length + t.undated.length;
  if (total === 0) return cutWords(`Timeline of ${who}: ${t.notFound ?? 'no events'}`, DESCRIPTION_MAX);
  const parts: string[] = [];
  if (t.dated.length) {
    const first = markDateLabel(t.dated[0]!);
    const last = markDateLabel(t.dated.at(-1)!);
    parts.push(`${plural(t.dated.length, 'dated event')}${t.dated.length > 1 ? `, from ${first} to ${last}` : ` (${first})`}`);
  }
  if (t.yearUnknown.length) {
    const shown = `${t.yearUnknown.slice(0, 4).map(markDateLabel).join(', ')}${t.yearUnknown.length > 4 ? ', …' : ''}`;
    parts.push(`${plural(t.yearUnknown.length, 'event')} with no year given (${shown})`);
  }
  if (t.undated.length) parts.push(`${plural(t.undated.length, 'event')} with no date`);
  const top = [...t.dated, ...t.yearUnknown].sort((a, b) => b.evidence.length - a.evidence.length)[0];
  const where = top?.place ? ` in ${top.place}` : '';
  const most = top && top.evidence.length > 1
    ? ` Most reported: ${top.kind}${where}, ${markDateLabel(top)} (${plural(top.evidence.length, 'article')}).` : '';
  return cutWords(`Timeline of ${who}: ${parts.join('; ')}.${most}`, DESCRIPTION_MAX);
}

export function describeCoverage(c: Coverage): string {
  const articles = c.rows.reduce((n, r) => n + r.articles.length, 0);
  if (articles === 0) return cutWords(`Coverage of “${c.query}”: no article reports it.`, DESCRIPTION_MAX);
  const stances = [
    c.counts.supports ? `${c.counts.supports} support${c.counts.supports === 1 ? 's' : ''}` : '',
    c.counts.partly ? `${c.counts.partly} partly match${c.counts.partly === 1 ? 'es' : ''}` : '',
    c.counts.conflicts ? `${c.counts.conflicts} conflict${c.counts.conflicts === 1 ? 's' : ''}` : '',
  ].filter(Boolean).join(', ');
  const when = !c.range ? ''
    : c.range.from === c.range.to ? `, published ${isoDay(c.range.from)}` : `, published ${isoDay(c.range.from)} to ${isoDay(c.range.to)}`;
  const undated = c.undated ? ` ${plural(c.undated, 'article')} ${c.undated === 1 ? 'gives' : 'give'} no publication date.` : '';
  const first = c.rows[0]!;
  const lead = first.articles[0]!.day !== null ? ` First: ${first.outlet} (${first.articles[0]!.evidence.published}).` : '';
  const counts = `${plural(articles, 'article')} from ${plural(c.rows.length, 'outlet')}`;
  return cutWords(`Coverage of “${c.query}”: ${counts}${when}: ${stances}.${undated}${lead}`, DESCRIPTION_MAX);
}
