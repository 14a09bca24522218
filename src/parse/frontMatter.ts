// The front-matter layout: a leading `---` block of `key: value` lines (docs/contract.md §1), validated with zod.
import { z } from 'zod';
import { normalizeLanguage } from './language.js';
import { parsePublishedDate } from './publishedDate.js';

export const FrontMatter = z.object({
  title: z.string().trim().min(1).max(500).optional(),
  outlet: z.string().trim().min(1).max(200).optional(),
  published: z.string().trim().optional().transform((v, ctx) => {
    if (v === undefined || v === '') return undefined;
    const d = parsePublishedDate(v);
    if (!d) {
      ctx.addIssue({ code: 'custom', message: `published '${v.slice(0, 40)}' is not a date (write YYYY-MM-DD)` });
      return z.NEVER;
    }
    return d;
  }),
  url: z.string().trim().max(2000).optional(),
  author: z.string().trim().max(300).optional(),
  language: z.string().trim().max(40).optional().transform((v, ctx) => {
    if (v === undefined || v === '') return undefined;
    const code = normalizeLanguage(v);
    if (!code) {
      ctx.addIssue({ code: 'custom', message: `'${v.slice(0, 40)}' is not a language (write a code such as en, ru, ka or hy)` });
      return z.NEVER;
    }
    return code;
  }),
});
export type FrontMatter = z.infer<typeof FrontMatter>;

export type FrontMatterResult =
  | { kind: 'none' }
  | { kind: 'ok'; data: FrontMatter; bodyStartLine: number }
  | { kind: 'error'; message: string };

const MAX_FRONT_MATTER_LINES = 100;

/** Reads a front-matter block when the first line is `---`; line numbers in messages are 1-based. */
export function readFrontMatter(lines: string[]): FrontMatterResult {
  if (lines[0]?.trim() !== '---') return { kind: 'none' };
  const raw: Record<string, string> = {};
  const lineOf: Record<string, number> = {};
  for (let i = 1; i < lines.length && i <= MAX_FRONT_MATTER_LINES; i++) {
    const line = lines[i]!;
    if (line.trim() === '---') {
      const parsed = FrontMatter.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const key = String(issue.path[0] ?? '');
        return { kind: 'error', message: `front matter line ${lineOf[key] ?? 1}: ${key ? key + ': ' : ''}${issue.message}` };
      }
      return { kind: 'ok', data: parsed.data, bodyStartLine: i + 1 };
    }
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) {
      const found = line.trim().slice(0, 40);
      const message = `front matter line ${i + 1}: expected 'key: value', found '${found}' (is the closing '---' missing?)`;
      return { kind: 'error', message };
    }
    const key = line.slice(0, colon).trim().toLowerCase();
    let value = line.slice(colon + 1).trim();
    if (value.length >= 2 && ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'")))) {
      value = value.slice(1, -1);
    }
    raw[key] = value;
    lineOf[key] = i + 1;
  }
  return { kind: 'error', message: "front matter opened on line 1 is never closed (end it with a line '---')" };
}
