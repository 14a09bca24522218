// Every date expression in the body, resolved against the publication date with news conventions.
import type { Article } from '../../parse/article.js';
import type { LocalDate } from '../types.js';
import { addDays, noonUtc, parseDay, ymd, type Day } from './dateValue.js';
import { findDateSpans, type DateSpan } from './findDateSpans.js';
import { relationBefore } from './relation.js';
import { resolveSpan } from './resolveNews.js';
import { tenseAt } from './tense.js';

/** chrono needs a reference instant even when the article has none; only stated parts are then used. */
const NEUTRAL_REFERENCE = noonUtc({ y: 2000, m: 1, d: 1 });

/** "The next day", "the previous day": a day counted from the date the story last gave, not from publication. */
const ANCHORED_DAY = /^(?:the\s+)?(?:(next|following|previous|preceding)\s+day|day\s+(before|after))$/i;

/** A year stated by the next date of a list ("March 21 and April 3, 2016") applies to this one too. */
function borrowedYear(sentence: string, spans: DateSpan[], k: number): number | null {
  const here = spans[k]!;
  const next = spans[k + 1];
  if (here.parts.y !== null || !next || next.parts.y === null || next.relative) return null;
  return /^\s*(,|and|or|to|through|-|–|,\s*and)\s*$/i.test(sentence.slice(here.end, next.start)) ? next.parts.y : null;
}

export function extractDates(article: Article): LocalDate[] {
  const published = parseDay(article.published);
  const ref = published ? noonUtc(published) : NEUTRAL_REFERENCE;
  const out: LocalDate[] = [];
  let lastDay: Day | null = null;
  for (const p of article.paragraphs) {
    for (const s of p.sentences) {
      const spans = findDateSpans(s.text, ref);
      spans.forEach((span, k) => {
        let resolved = resolveSpan(span, {
          published,
          tense: tenseAt(s.text, span.start, span.end),
          borrowedYear: borrowedYear(s.text, spans, k),
        });
        const anchored = ANCHORED_DAY.exec(span.text);
        if (anchored && lastDay) {
          const step = /next|following|after/i.test(anchored[0]) ? 1 : -1;
          resolved = { start: ymd(addDays(lastDay, step)), end: null, precision: 'day' };
        }
        const day = parseDay(resolved.start);
        if (day) lastDay = day;
        out.push({
          text: span.text,
          ...resolved,
          relation: relationBefore(s.text.slice(Math.max(0, span.start - 60), span.start), span.text),
          cite: { paragraph: p.n, text: s.text },
        });
      });
    }
  }
  return out;
}
