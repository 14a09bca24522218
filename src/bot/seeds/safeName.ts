// A file name a moderator attached, made safe to save in the seeds folder: one plain name (no folder part,
// no "..", no leading dot, no control or shell-awkward characters), a .txt or .md extension, bounded length.
import { hasArticleExtension } from '../../parse/checkSeed.js';
import { SEED_NAME_MAX } from './limits.js';

export type SafeName = { ok: true; name: string } | { ok: false; error: string };

export function safeSeedName(original: string): SafeName {
  // the last part of any path, in either separator: "../../etc/passwd.txt" is "passwd.txt"
  const base = original.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const m = /^(.*)\.(txt|md)$/i.exec(base.trim());
  if (!m) return { ok: false, error: 'not a .txt or .md file' };
  const ext = m[2]!.toLowerCase();
  const stem = m[1]!
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, '') // controls, bidi overrides
    .replace(/[^\p{L}\p{N}._ -]+/gu, '-')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.\-_]+|[.\-_]+$/g, '')
    .slice(0, SEED_NAME_MAX - ext.length - 1)
    .replace(/[.\-_]+$/g, '');
  if (!stem) return { ok: false, error: 'the file name has nothing usable left once made safe (rename it, as in article.txt)' };
  return { ok: true, name: `${stem}.${ext}` };
}

/** A name that /seeds remove may act on: exactly as listed, one plain name in the folder. */
export function isPlainSeedName(name: string): boolean {
  return name.length > 0 && name.length <= 255 && !/[\\/\u0000]/.test(name) && name !== '.' && name !== '..' && !name.startsWith('.')
    && hasArticleExtension(name);
}
