// The outside contract's JSON shapes (docs/contract.md §3), as zod schemas: the single source of the types that
// leave Byline, and what tests validate the command line's output against. Extra fields are allowed.
import { z } from 'zod';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
/** "YYYY-MM-DD", "--MM-DD" (year unknown), "YYYY-MM" or "YYYY". */
export const DateValue = z.string().regex(/^(\d{4}-\d{2}-\d{2}|--\d{2}-\d{2}|\d{4}-\d{2}|\d{4})$/);

export const Evidence = z.object({
  article: z.string().min(1),
  title: z.string(),
  outlet: z.string().nullable(),
  published: z.string().regex(isoDay).nullable(),
  paragraph: z.number().int().min(1),
  text: z.string().min(1),
  /** Only for an article in a language Byline does not read (its quotes and dates were not extracted). */
  language: z.string().optional(),
  /** The article's own address (front matter `url`, header `URL:`), when it gives one. */
  url: z.string().nullable().optional(),
  /** The text is the article's headline, not a body sentence (`paragraph` then names the first body paragraph). */
  headline: z.literal(true).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Person = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
});
export type Person = z.infer<typeof Person>;

export const SpeakerRef = z.object({ id: z.string(), name: z.string() });
export type SpeakerRef = z.infer<typeof SpeakerRef>;

export const Quote = z.object({
  speaker: SpeakerRef,
  text: z.string().min(1),
  kind: z.enum(['direct', 'indirect']),
  evidence: Evidence,
  score: z.number().optional(),
});
export type Quote = z.infer<typeof Quote>;

export const DateRef = z.object({
  text: z.string().nullable(),
  start: DateValue.nullable(),
  end: DateValue.nullable(),
  precision: z.enum(['day', 'month', 'year', 'unknown']),
  relation: z.enum(['on', 'before', 'after', 'around']),
});
export type DateRef = z.infer<typeof DateRef>;

export const EventKind = z.enum(['meeting', 'visit', 'talks', 'call', 'signing', 'other']);
export type EventKind = z.infer<typeof EventKind>;

export const Event = z.object({
  kind: EventKind,
  what: z.string(),
  participants: z.array(z.string()),
  place: z.string().nullable(),
  date: DateRef.nullable(),
  evidence: Evidence,
});
export type Event = z.infer<typeof Event>;

export const DatedMention = DateRef.extend({ evidence: Evidence });
export type DatedMention = z.infer<typeof DatedMention>;

export const Rejected = z.object({ file: z.string(), error: z.string() });
export type Rejected = z.infer<typeof Rejected>;

export const ExtractedArticle = z.object({
  article: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  published: z.string().regex(isoDay).nullable(),
  /** BCP 47 primary subtag: front matter's or detected. */
  language: z.string(),
  url: z.string().nullable().optional(),
  paragraphs: z.number().int().min(1),
  people: z.array(Person),
  quotes: z.array(Quote),
  events: z.array(Event),
  dates: z.array(DatedMention),
});
export type ExtractedArticle = z.infer<typeof ExtractedArticle>;

export const ExtractOutput = z.object({
  articles: z.array(ExtractedArticle),
  rejected: z.array(Rejected),
});
export type ExtractOutput = z.infer<typeof ExtractOutput>;

export const QuotesAnswer = z.object({
  query: z.string(),
  answers: z.array(Quote),
  notFound: z.string().nullable(),
});
export type QuotesAnswer = z.infer<typeof QuotesAnswer>;

export const WhenAnswer = z.object({
  query: z.string(),
  answers: z.array(Event),
  notFound: z.string().nullable(),
});
export type WhenAnswer = z.infer<typeof WhenAnswer>;

export const SourceItem = z.object({
  /** 'partly': on the claim's event, some of it missing; never counted as support. */
  stance: z.enum(['supports', 'partly', 'conflicts']),
  evidence: Evidence,
  score: z.number(),
  conflicts: z.array(z.object({ claim: z.string(), source: z.string(), reason: z.string().optional() })),
});
export type SourceItem = z.infer<typeof SourceItem>;

export const SourcesAnswer = z.object({
  query: z.string(),
  verdict: z.enum(['supported', 'conflicting', 'not-found']),
  answers: z.array(SourceItem),
  outlets: z.array(z.string()),
});
export type SourcesAnswer = z.infer<typeof SourcesAnswer>;

export const SearchAnswer = z.object({
  query: z.string(),
  answers: z.array(z.object({ evidence: Evidence, score: z.number() })),
  notFound: z.string().nullable(),
});
export type SearchAnswer = z.infer<typeof SearchAnswer>;

export const Intent = z.enum(['who-said', 'quotes', 'when', 'sources', 'search']);
export type Intent = z.infer<typeof Intent>;

export const AskAnswer = z.union([
  QuotesAnswer.extend({ intent: z.literal('who-said') }),
  QuotesAnswer.extend({ intent: z.literal('quotes') }),
  WhenAnswer.extend({ intent: z.literal('when') }),
  SourcesAnswer.extend({ intent: z.literal('sources') }),
  SearchAnswer.extend({ intent: z.literal('search') }),
]);
export type AskAnswer = z.infer<typeof AskAnswer>;
