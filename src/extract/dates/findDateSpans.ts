// Finds the date expressions of one sentence: chrono-node's English parser for everything it knows
// ("May 5-6", "Friday", "two days ago", "last year"), plus what it misses in news copy: bare years ("in 2016"),
// and the hedges around a date ("mid-March", "earlier this month", "the end of 2016"), which are kept in
// the span. Spans come back in reading order, never overlapping, with the components the text states.
import * as chrono from 'chrono-node';
import type { Day } from './dateValue.js';

export interface Parts {
  /** Only what the text states (or, for relative words, what they fix against the reference). */
  y: number | null;
  m: number | null;
  d: number | null;
  weekday: number | null;
}

export interface DateSpan {
  start: number;
  end: number;
  text: string;
  parts: Parts;
  endParts: Parts | null;
  /** chrono's reading against the reference day: valid for relative words ("yesterday", "last month"). */
  resolved: Day;
  resolvedEnd: Day | null;
  /** The expression is relative to the publication date ("Friday", "last week", "two days ago"). */
  relative: boolean;
  /** A week ("last week", "this week"), kept as Monday to Sunday. */
  week: -1 | 0 | 1 | null;
}

const RELATIVE = /\b(ago|yesterday|today|tomorrow|tonight|last|next|this|coming|previous|earlier|later|week|weekend|current)\b/i;
/** Not dates for our purpose: the present moment, and stretches of time ("the past two years"). */
const NOT_A_DATE = /^(now|right now|the moment|currently|present)$|^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|later|before|from now)$|\b(past|last|next|coming)\s+(\w+\s+)?(days|weeks|months|years|decades)\b|^(the\s+)?past\s|\b(several|few|many|some)\b|\bweekend\b|^\d{1,2}\/\d{1,2}$|\b(minutes?|hours?|seconds?)\b|^(the\s+)?(days?|weeks|months|years)$|^(?:for\s+|in\s+)?(?:about\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|\w+ty-\w+)\s+(?:days?|weeks?|months?|years?)$|\b(days?|weeks?|months?|years?)\s+(after|later|before|from now)$/i;
/** An offset from another date ("the day after Monday"): the date is the part after it. */
const OFFSET_PREFIX = /^(?:the\s+)?(?:day|night|morning|evening|week)\s+(?:after|before)\s+/i;
/** Lower-case words chrono reads as months or weekdays that are usually something else. */
const AMBIGUOUS_LOWER = /^(may|march|sat|sun|wed|mon|second|sec|dec)$/;
const LEAD = /^(?:(?:on|in|at|during|by|of)\s+|\d{1,2}(?:[.:]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)\s+(?=\p{L}))/iu;
const HEDGE = /(?:\b(?:in\s+)?(?:mid|early|late|the\s+(?:middle|beginning|start|end|turn)\s+of|earlier|later|the\s+first\s+half\s+of|the\s+second\s+half\s+of))[-\s]*$/i;
const YEAR = /(?<![\d$€£#.,:/-])(1[6-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d|-\d{2,}|:\d|['’]?s\b|\s*(?:%|percent|per cent|km|miles|metres|meters|tons|tonnes|people|troops|soldiers|dollars|euros|residents|families|workers|cases|votes|feet|square))/g;
const QUANTITY_BEFORE = /\b(about|some|nearly|almost|approximately|roughly|over|than|up to|around|least|only|total of|No\.|number|route|flight|page|article|resolution|room|code)\s*$/i;

function partsOf(c: chrono.ParsedComponents): Parts {
  const known = (k: 'year' | 'month' | 'day' | 'weekday'): number | null => (c.isCertain(k) ? c.get(k) : null);
  return { y: known('year'), m: known('month'), d: known('day'), weekday: known('weekday') };
}

function dayOf(c: chrono.ParsedComponents): Day {
  return { y: c.get('year') ?? 0, m: c.get('month') ?? 1, d: c.get('day') ?? 1 };
}

function weekOf(text: string): -1 | 0 | 1 | null {
  const m = /\b(last|past|previous|this|current|next|coming)\s+week\b/i.exec(text);
  if (!m) return null;
  const w = m[1]!.toLowerCase();
  return w === 'last' || w === 'past' || w === 'previous' ? -1 : w === 'next' || w === 'coming' ? 1 : 0;
}

/** Grows a span leftwards over a hedge ("mid-", "earlier", "the end of") that belongs to the date. */
function withHedge(sentence: string, start: number): number {
  const m = HEDGE.exec(sentence.slice(Math.max(0, start - 40), start));
  if (!m) return start;
  const hedgeStart = start - (m[0].length);
  // "in mid-March": keep "in" out of the text.
  const inner = /^in\s+/i.exec(m[0]);
  return hedgeStart + (inner ? inner[0].length : 0);
}

/** Where chrono may start a name or unit: a word edge, or straight after a number, an ordinal or a word it
 *  runs together with one ("5thMarch", "nextsun", "lastnight"). */
const NAME_LEAD = String.raw`(?:\b|\d|st|nd|rd|th|this|next|on|in|at|by|of|to|til|through|the|few|several|half|couple|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
/** What any of chrono's English parsers needs to find a day, month, year or weekday: digits joined by a
 *  separator ("5/6", "2016-05-06", "2016 5 6"; a lone number is at most a time of day, which is dropped),
 *  a month or weekday name or its abbreviation, a casual day or time word, or a time unit (a one-letter unit
 *  only right after a number, "the", "few" or "last", as chrono's patterns have it). Most sentences hold
 *  none of these, and skipping chrono for them is most of date extraction's speed. */
const MAY_HOLD_DATE = new RegExp([
  String.raw`\d\s*[/.\-\s]\s*\d`,
  String.raw`${NAME_LEAD}(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|week(?:day|end))(?:(?![a-z])|(?=first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twent|thirt))`,
  String.raw`${NAME_LEAD}(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night|morning|afternoon|evening|midnight|midday|noon)`,
  String.raw`${NAME_LEAD}(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|(?:secs?|mins?|hrs?|mos?|mon|qtrs?|yrs?)(?:(?![a-z])|(?=ago|later|after|before|earlier|from|hence|forward|out|and)))`,
  String.raw`(?:\b(?:an?\b|the|few|several|half|couple|of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|this|last|past|next|after)|\d|[+-])\s*[smhdwy](?=\W|$)`,
].join('|'), 'i');

function chronoSpans(sentence: string, ref: Date): DateSpan[] {
  const out: DateSpan[] = [];
  if (!MAY_HOLD_DATE.test(sentence)) return out;
  for (const r of chrono.parse(sentence, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    let text = r.text;
    let start = r.index;
    // chrono sometimes keeps trailing punctuation ("March,")
    text = text.replace(/[\s,.;:]+$/, '');
    // chrono keeps a leading preposition ("on Monday") or reads a number before the date as a clock time
    // ("$14.25 yesterday"); the date is what follows them
    for (let lead = LEAD.exec(text); lead; lead = LEAD.exec(text)) {
      text = text.slice(lead[0].length);
      start += lead[0].length;
    }
    // "Seventy-four years ago": chrono read only the end of a compound number
    if (sentence[start - 1] === '-' && /^(one|two|three|four|five|six|seven|eight|nine)\b/i.test(text)) continue;
    const offset = OFFSET_PREFIX.exec(text);
    if (offset) {
      const from = start + offset[0].length;
      for (const inner of chronoSpans(sentence.slice(from, start + text.length), ref)) {
        out.push({ ...inner, start: inner.start + from, end: inner.end + from });
      }
      continue;
    }
    // "USA Today", "Fox News Sunday": a capitalised relative word after a name is part of the name
    if (/^\p{Lu}/u.test(text) && /^(today|tonight|tomorrow|yesterday)$/i.test(text) && /\p{Lu}[\p{L}.]*\s+$/u.test(sentence.slice(Math.max(0, start - 20), start)) && start > 0) continue;
    if (!text || NOT_A_DATE.test(text) || AMBIGUOUS_LOWER.test(text)) continue;
    // part of a compound word: "day-long", "year-end"
    if (sentence[start + text.length] === '-' && /\p{L}/u.test(sentence[start + text.length + 1] ?? '')) continue;
    const parts = partsOf(r.start);
    const week = weekOf(text);
    const casual = /\b(today|yesterday|tomorrow|tonight)\b/i.test(text);
    if (parts.y === null && parts.m === null && parts.d === null && parts.weekday === null && week === null && !casual) {
      continue; // a time of day alone ("at 3 p.m.")
    }
    // "May" and "March" alone must read as a date: "in March", "since May", not "May I" or "the March on".
    if (parts.m !== null && parts.d === null && parts.y === null && !RELATIVE.test(text) && /^(may|march)$/i.test(text)) {
      const before = sentence.slice(Math.max(0, start - 30), start);
      if (!/\b(in|since|until|till|by|from|through|during|of|last|next|this|early|late|mid|before|after|between|and|to|end|beginning|start|middle)[\s-]*$/i.test(before)) continue;
    }
    const hedged = withHedge(sentence, start);
    text = sentence.slice(hedged, start + text.length);
    start = hedged;
    out.push({
      start,
      end: start + text.length,
      text,
      parts,
      endParts: r.end ? partsOf(r.end) : null,
      resolved: dayOf(r.start),
      resolvedEnd: r.end ? dayOf(r.end) : null,
      relative: RELATIVE.test(text) || casual || /\bago\b/i.test(text),
      week,
    });
  }
  return out;
}

function yearSpans(sentence: string, taken: DateSpan[]): DateSpan[] {
  const out: DateSpan[] = [];
  for (const m of sentence.matchAll(YEAR)) {
    const at = m.index;
    if (taken.some((s) => at < s.end && at + 4 > s.start)) continue;
    if (QUANTITY_BEFORE.test(sentence.slice(Math.max(0, at - 20), at))) continue;
    const y = Number(m[1]);
    const start = withHedge(sentence, at);
    out.push({
      start,
      end: at + 4,
      text: sentence.slice(start, at + 4),
      parts: { y, m: null, d: null, weekday: null },
      endParts: null,
      resolved: { y, m: 1, d: 1 },
      resolvedEnd: null,
      relative: false,
      week: null,
    });
  }
  return out;
}

/** The date expressions of a sentence, in reading order. `ref` is the publication day at noon (or any day
 *  when the article has none: then only what the text states is used). */
export function findDateSpans(sentence: string, ref: Date): DateSpan[] {
  const spans = chronoSpans(sentence, ref);
  const all = [...spans, ...yearSpans(sentence, spans)].sort((a, b) => a.start - b.start);
  const out: DateSpan[] = [];
  for (const s of all) {
    const prev = out[out.length - 1];
    if (prev && s.start < prev.end) continue;
    // "March of next year", "June 16th of last year": chrono reads the day and the year apart
    const gap = prev ? sentence.slice(prev.end, s.start) : '';
    if (prev && prev.parts.m !== null && prev.parts.y === null && s.parts.y !== null && s.parts.m === null
      && ((/\bof$/i.test(prev.text) && /^\s*$/.test(gap)) || /^\s+of\s+$/i.test(gap))) {
      out[out.length - 1] = {
        ...prev,
        end: s.end,
        text: sentence.slice(prev.start, s.end),
        parts: { ...prev.parts, y: s.parts.y },
        resolved: { y: s.resolved.y, m: prev.parts.m, d: prev.parts.d ?? 1 },
        relative: s.relative,
      };
      continue;
    }
    out.push(s);
  }
  return out;
}
