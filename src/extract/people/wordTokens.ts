// Words of a text with their offsets, for name and attribution scanning. One linear pass; each pattern
// iteration must start with a punctuation character, so the expression cannot backtrack.

export interface Tok {
  /** The word as written, without a trailing point ("Mr", "U.S", "O'Neill", "al-Assad"). */
  text: string;
  /** Lowercase, typographic apostrophe folded. */
  lower: string;
  start: number;
  /** End offset, excluding any point right after the word. */
  end: number;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** A point follows immediately ("Mr.", "J."). */
  dot: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019\-.][\p{L}\p{N}]+)*/gu;

export function wordTokens(text: string): Tok[] {
  const out: Tok[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const t = m[0];
    const lower = t.toLowerCase();
    const c = t[0]!;
    out.push({
      text: t,
      lower: lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower,
      start: m.index,
      end: m.index + t.length,
      cap: c !== lower[0] && c === c.toUpperCase(),
      dot: text.charCodeAt(m.index + t.length) === 46,
    });
  }
  return out;
}

/** Index of the first token starting at or after `offset` (a binary search: a paragraph may hold thousands). */
export function tokenAt(toks: readonly Tok[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The characters between two tokens (or from a token to an offset), trimmed. */
export function gap(text: string, from: number, to: number): string {
  return text.slice(from, to).trim();
}
