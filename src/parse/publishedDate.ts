// Publication dates as written in headers and front matter ("2021-05-12", "May 12, 2021", "12.05.2021
// 14:03") to YYYY-MM-DD. Only a date with a certain day, month and year counts; anything less is null, and so
// is a relative word ("yesterday", "Monday"): chrono's strict parser, since nothing here says relative to what.
import * as chrono from 'chrono-node';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

function valid(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parsePublishedDate(value: string): string | null {
  const v = value.trim().slice(0, 100);
  const iso = ISO.exec(v);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(v); // day first, as most of the world writes it
  if (dotted) return valid(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const [hit] = chrono.en.strict.parse(v, new Date(Date.UTC(2000, 0, 1)));
  if (!hit) return null;
  const c = hit.start;
  if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return null;
  return valid(c.get('year')!, c.get('month')!, c.get('day')!);
}
