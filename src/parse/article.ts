// The parsed article: what every later stage reads. Pure data, validated once at the edge (parseArticle).
import { z } from 'zod';

export const Sentence = z.object({
  text: z.string().min(1),
  /** Offsets into the paragraph's text: paragraph.text.slice(start, end) === text. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Sentence = z.infer<typeof Sentence>;

export const Paragraph = z.object({
  /** 1-based, counting body paragraphs only (boilerplate is not a paragraph). */
  n: z.number().int().min(1),
  text: z.string().min(1),
  sentences: z.array(Sentence).min(1),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Article = z.object({
  /** Stable id: the file name inside the seeds folder. */
  id: z.string().min(1),
  title: z.string().min(1),
  outlet: z.string().min(1).nullable(),
  dateline: z.string().min(1).nullable(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  /** BCP 47 primary subtag ("en", "ru", "ka", "hy"): front matter's, or detected from the body. */
  language: z.string().min(1),
  layout: z.enum(['scraped', 'front-matter']),
  paragraphs: z.array(Paragraph).min(1),
});
export type Article = z.infer<typeof Article>;
