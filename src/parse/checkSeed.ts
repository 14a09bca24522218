// One seed file's bytes to a verdict, as `check-seeds` and `/seeds add` both judge it: text, UTF-8, within the
// size limit, an article (parseArticle). Pure: the caller reads the bytes (from the folder, or a Discord
// attachment) and decides what to do with the verdict.
import type { Article } from './article.js';
import { parseArticle } from './parseArticle.js';

export type SeedVerdict = { ok: true; article: Article; warnings: string[] } | { ok: false; error: string };
export type DecodedSeed = { ok: true; text: string } | { ok: false; error: string };

export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Binary when it holds a NUL byte or many control characters in its first 8 KiB. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.05;
}

/** The byte checks: size, empty, binary, UTF-8. Reasons read after "rejected: ". */
export function decodeSeedBytes(buf: Uint8Array, maxBytes: number): DecodedSeed {
  if (buf.length > maxBytes) return { ok: false, error: `${buf.length} bytes, over the ${maxBytes}-byte limit (SEEDS_MAX_FILE_BYTES)` };
  if (buf.length === 0) return { ok: false, error: 'empty file' };
  if (looksBinary(buf)) return { ok: false, error: 'binary file, not text' };
  try {
    return { ok: true, text: utf8.decode(buf) };
  } catch {
    return { ok: false, error: 'not UTF-8 text (save it as UTF-8)' };
  }
}

export function hasArticleExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((e) => lower.endsWith(e));
}

export function checkSeed(name: string, buf: Uint8Array, maxBytes: number): SeedVerdict {
  if (!hasArticleExtension(name)) return { ok: false, error: 'not a .txt or .md file' };
  const decoded = decodeSeedBytes(buf, maxBytes);
  if (!decoded.ok) return decoded;
  const parsed = parseArticle(name, decoded.text);
  return parsed.ok ? { ok: true, article: parsed.article, warnings: parsed.warnings } : { ok: false, error: parsed.error };
}
