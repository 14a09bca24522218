// One file's text to an Article (docs/contract.md §1): front matter or scraped header, then body paragraphs with
// boilerplate kept out, then sentences. Pure: no I/O. Linear in the text's size.
import { Article, type Paragraph } from './article.js';
import { endsArticle, isBoilerplate } from './boilerplate.js';
import { readFrontMatter, type FrontMatter } from './frontMatter.js';
import { readHeader } from './header.js';
import { detectLanguage } from './language.js';
import { repairText } from './repairText.js';
import { splitSentences } from './sentences.js';

/** `warnings` name what was read but not taken (a header date that is no real date), for `check-seeds`. */
export type ParseResult = { ok: true; article: Article; warnings: string[] } | { ok: false; error: string };

/** Lines longer than this in a block are taken as one paragraph each (one-paragraph-per-line scrapes);
 *  shorter ones as hard-wrapped lines of one paragraph. */
const WRAPPED_LINE_MAX = 120;

export function parseArticle(id: string, text: string): ParseResult {
  const clean = repairText(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const lines = clean.split('\n');
  if (!clean.trim()) return { ok: false, error: 'empty file' };

  const fm = readFrontMatter(lines);
  if (fm.kind === 'error') return { ok: false, error: fm.message };
  const front: Partial<FrontMatter> = fm.kind === 'ok' ? fm.data : {};
  let i = fm.kind === 'ok' ? fm.bodyStartLine : 0;

  let title = front.title ?? null;
  while (i < lines.length && !lines[i]!.trim()) i++;
  if (!title || lines[i]?.trim() === title) {
    // the first non-empty line is the headline (or repeats the front matter's title)
    if (i >= lines.length) return { ok: false, error: 'no headline and no body' };
    title = title ?? lines[i]!.trim();
    i++;
  }
  const header = fm.kind === 'ok' && front.title ? null : readHeader(lines, i);
  if (header) i = header.bodyStartLine;

  const paragraphs = readBody(lines, i);
  if (paragraphs.length === 0) return { ok: false, error: 'no body paragraphs after the headline' };

  const parsed = Article.safeParse({
    id,
    title: title.slice(0, 500),
    outlet: front.outlet ?? header?.outlet ?? null,
    dateline: header?.dateline ?? null,
    published: front.published ?? header?.published ?? null,
    url: front.url ?? header?.url ?? null,
    author: front.author ?? header?.author ?? null,
    language: front.language ?? detectLanguage(languageSample(paragraphs)),
    layout: fm.kind === 'ok' ? 'front-matter' : 'scraped',
    paragraphs,
  });
  if (!parsed.success) return { ok: false, error: `not an article: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  return { ok: true, article: parsed.data, warnings: header?.warnings ?? [] };
}

/** The body's first few thousand characters: enough for detection, never the whole of a long article. */
function languageSample(paragraphs: Paragraph[]): string {
  const parts: string[] = [];
  let n = 0;
  for (const p of paragraphs) {
    parts.push(p.text);
    n += p.text.length + 1;
    if (n >= 2500) break;
  }
  return parts.join('\n');
}

function readBody(lines: string[], from: number): Paragraph[] {
  const texts: string[] = [];
  let block: string[] = [];
  let stopped = false;
  const flush = () => {
    if (block.length === 0) return;
    const wrapped = block.slice(0, -1).every((l) => l.length < WRAPPED_LINE_MAX);
    if (wrapped) texts.push(block.join(' '));
    else texts.push(...block);
    block = [];
  };
  for (let i = from; i < lines.length && !stopped; i++) {
    const line = lines[i]!.trim();
    if (!line) { flush(); continue; }
    if (endsArticle(line) && texts.length + block.length > 0) { stopped = true; break; }
    if (isBoilerplate(line)) { flush(); continue; }
    block.push(line);
  }
  flush();
  return texts
    .map((t) => t.replace(/[ \t]+/g, ' ').trim())
    .filter((t) => t.length > 0)
    .map((t) => ({ text: t, sentences: splitSentences(t) }))
    .filter((p) => p.sentences.length > 0)
    .map((p, k) => ({ n: k + 1, ...p }));
}
