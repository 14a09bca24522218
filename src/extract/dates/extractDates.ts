// Every date expression in the body, resolved against the publication date with news conventions, and
// against the dates the story gave before it ("the next day", "later that year").
import type { Article } from '../../parse/article.js';
import { datelineEnd } from '../../parse/header.js';
import type { LocalDate } from '../types.js';
import type { Anchor } from './anchored.js';
import { noonUtc, parseDay, type Day } from './dateValue.js';
import { findDateSpans, type DateSpan } from './findDateSpans.js';
import { countFrom, happeningDate, type HappeningMatch } from './happenings.js';
import { relationBefore } from './relation.js';
import { resolveSpan, type Resolved } from './resolveNews.js';
import { tenseReader } from './tense.js';

/** chrono needs a reference instant even when the article has none; only stated parts are then used. */
const NEUTRAL_REFERENCE = noonUtc({ y: 2000, m: 1, d: 1 });

/** "said Friday": the day of the report, which later "the next day" does not count from. */
const REPORTED = /\b(?:said|says|told|announced|reported|stated|added|confirmed)\s+(?:on\s+)?$/i;

/** A year stated by the next date of a list ("March 21 and April 3, 2016") applies to this one too. */
function borrowedYear(sentence: string, spans: DateSpan[], k: number): number | null {
  const here = spans[k]!;
  const next = spans[k + 1];
  if (here.parts.y !== null || !next || next.parts.y === null || next.relative || next.special) return null;
  return /^\s*(,|and|or|to|through|-|–|,\s*and)\s*$/i.test(sentence.slice(here.end, next.start)) ? next.parts.y : null;
}

/** Only a date whose year or week the words leave open, in a dated story, may need the clause's tense. */
function mayNeedTense(span: DateSpan, published: Day | null): boolean {
  if (!published) return false;
  if (span.special) return span.special.kind !== 'anchored' && span.special.kind !== 'happening';
  return !span.relative && span.parts.y === null && (span.parts.weekday !== null || span.parts.m !== null);
}

/** What a resolved value lets later dates count from. */
function anchorAfter(anchor: Anchor, r: Resolved): Anchor {
  const v = r.start;
  if (!v || v.startsWith('--')) return anchor;
  const y = Number(v.slice(0, 4));
  const m = v.length >= 7 ? Number(v.slice(5, 7)) : null;
  if (v.length === 10 && m !== null) return { day: { y, m, d: Number(v.slice(8, 10)) }, month: { y, m }, year: y };
  if (m !== null) return { day: null, month: { y, m }, year: y };
  return { day: null, month: null, year: y };
}

/** The filing date of a dateline on a header line of its own ("JOHANNESBURG, August 7 (Xinhua) --"), cited as
 *  the dateline heading the first paragraph. Read with no tense: a story filed on the 8th in Asia may be dated
 *  the 7th, so the nearer side of publication is taken. Later dates do not count from it. */
function datelineDates(article: Article, published: Day | null, ref: Date): LocalDate[] {
  const line = article.dateline;
  if (!line) return [];
  const ctx = { published, borrowedYear: null, anchor: { day: null, month: null, year: null }, notBefore: null };
  return findDateSpans(line, ref).filter((span) => !span.special && !span.relative).map((span) => ({
    text: span.text,
    ...resolveSpan(span, { ...ctx, tense: () => 'unknown' }),
    relation: 'on',
    cite: { paragraph: 1, text: line },
  }));
}

/** "the day after his death": counted from the date an earlier sentence gives the death, else unresolved. */
function fromHappening(h: HappeningMatch, earlier: readonly LocalDate[], sentence: string): Resolved {
  const d = happeningDate(h, earlier, sentence);
  return (d && countFrom(h, d)) ?? { start: null, end: null, precision: 'unknown' };
}

export function extractDates(article: Article): LocalDate[] {
  const published = parseDay(article.published);
  const ref = published ? noonUtc(published) : NEUTRAL_REFERENCE;
  const out: LocalDate[] = datelineDates(article, published, ref);
  let anchor: Anchor = { day: null, month: null, year: null };
  for (const p of article.paragraphs) {
    for (const s of p.sentences) {
      const spans = findDateSpans(s.text, ref);
      if (spans.length === 0) continue;
      // a dateline opening the story ("NEW YORK, Jan. 5 (Reuters) - Stocks will …") is the filing's, not the verb's
      const filed = p.n === 1 && s.start === 0 ? datelineEnd(s.text) : 0;
      const tenses = tenseReader(s.text, spans);
      let rangeStart: { date: LocalDate; day: Day | null } | null = null;
      spans.forEach((span, k) => {
        const ctx = { published, borrowedYear: borrowedYear(s.text, spans, k), anchor, notBefore: rangeStart?.day ?? null };
        // the clause is read only when its tense changes the value (a Friday in a Friday story does not)
        let resolved: Resolved;
        if (span.end <= filed) {
          resolved = resolveSpan(span, { ...ctx, tense: () => 'unknown' });
        } else if (mayNeedTense(span, published)) {
          const past = resolveSpan(span, { ...ctx, tense: () => 'past' });
          const ahead = resolveSpan(span, { ...ctx, tense: () => 'future' });
          const same = past.start === ahead.start && past.end === ahead.end;
          resolved = same ? past : resolveSpan(span, { ...ctx, tense: () => tenses.at(span.start, span.end) });
        } else {
          resolved = resolveSpan(span, { ...ctx, tense: () => 'unknown' });
        }
        const happening = span.special?.kind === 'happening' ? span.special.happening : null;
        if (happening) resolved = fromHappening(happening, out, s.text);
        const date: LocalDate = {
          text: span.text,
          ...resolved,
          relation: happening?.bound ?? relationBefore(s.text.slice(Math.max(0, span.start - 60), span.start), span.text),
          cite: { paragraph: p.n, text: s.text },
        };
        // "Sept. 14 to Thursday": the first date runs to the second
        if (rangeStart && resolved.start && !rangeStart.date.end) rangeStart.date.end = resolved.start;
        rangeStart = span.rangeToNext ? { date, day: parseDay(resolved.start) } : null;
        // a quarter is a year's to count from ("a year earlier" is the year before), not a month's or a day's
        const reported = REPORTED.test(s.text.slice(Math.max(0, span.start - 25), span.start));
        if (span.special?.kind === 'period') anchor = resolved.start ? { ...anchor, year: Number(resolved.start.slice(0, 4)) } : anchor;
        else if (!reported) anchor = anchorAfter(anchor, resolved);
        out.push(date);
      });
    }
  }
  return out;
}
