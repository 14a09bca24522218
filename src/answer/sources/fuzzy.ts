// Fuse.js's score of a text for a pattern, as Fuse.js 7 works it out for one key with { ignoreLocation: true,
// threshold: 0.8 } (the /sources re-ranking): bitap over the lower-cased pattern's 32-character chunks, each
// chunk scored by the fewest errors at which it matches anywhere, the chunks' mean, raised to the text's
// field norm (1 / sqrt of its word count, to three places). Worked out here directly, the same numbers:
// Fuse.js builds an index per query and its bitap an array per error level of every text, which made it a
// tenth of a /sources query and a sixth of what one allocated. Tests hold it to Fuse.js itself.

const THRESHOLD = 0.8;
const MAX_BITS = 32;

interface Chunk { length: number; alphabet: Map<number, number> }

/** Per-character bit masks of a chunk: bit (length - 1 - i) for the character at i. */
function chunkOf(pattern: string): Chunk {
  const alphabet = new Map<number, number>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    alphabet.set(c, (alphabet.get(c) ?? 0) | (1 << (pattern.length - i - 1)));
  }
  return { length: pattern.length, alphabet };
}

/** Work arrays reused from text to text (a passage is a sentence or two). */
let matchAt = new Int32Array(512);
let bits = new Int32Array(512);
let lastBits = new Int32Array(512);

/** The chunk's bitap score in the text: errors / length at the fewest errors it matches with (at least 0.001),
 *  or 1 when it matches with no number of errors the threshold allows. */
function chunkScore(text: string, { length, alphabet }: Chunk): number {
  const finish = text.length + length;
  if (bits.length < finish + 2) {
    matchAt = new Int32Array(2 * (finish + 2));
    bits = new Int32Array(2 * (finish + 2));
    lastBits = new Int32Array(2 * (finish + 2));
  }
  // position j reads the text's character j - 1; past its end nothing matches
  for (let j = 1; j <= finish; j++) matchAt[j] = j <= text.length ? alphabet.get(text.charCodeAt(j - 1)) ?? 0 : 0;
  const mask = 1 << (length - 1);
  for (let i = 0; i < length; i++) {
    const cur = bits;
    const last = lastBits;
    cur[finish + 1] = (1 << i) - 1;
    for (let j = finish; j >= 1; j--) {
      let b = ((cur[j + 1]! << 1) | 1) & matchAt[j]!;
      if (i) b |= (((last[j + 1]! | last[j]!) << 1) | 1) | last[j + 1]!;
      cur[j] = b;
      if (b & mask) return Math.max(0.001, i / length);
    }
    if ((i + 1) / length > THRESHOLD) break;
    bits = last;
    lastBits = cur;
  }
  return 1;
}

/** Fuse.js's field norm: one over the square root of the text's whitespace-separated word count, rounded. */
function fieldNorm(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 9 && c <= 13) || c === 32 || c === 160)) {
      if (!inWord) words++;
      inWord = true;
    } else inWord = false;
  }
  return Math.round(1000 / Math.pow(words || 1, 0.5)) / 1000;
}

/** A scorer for one pattern: a text's Fuse.js score (0 a perfect match, up to 1), or null where Fuse.js would
 *  not return the text at all. A blank pattern returns every text without a score, read as 1. */
export function fuseScorer(query: string): (text: string) => number | null {
  if (!query.trim()) return () => 1;
  const pattern = query.toLowerCase();
  const chunks: Chunk[] = [];
  if (pattern.length > MAX_BITS) {
    const remainder = pattern.length % MAX_BITS;
    for (let i = 0; i < pattern.length - remainder; i += MAX_BITS) chunks.push(chunkOf(pattern.substr(i, MAX_BITS)));
    if (remainder) chunks.push(chunkOf(pattern.substr(pattern.length - MAX_BITS)));
  } else chunks.push(chunkOf(pattern));
  return (original) => {
    if (!original.trim()) return null;
    const text = original.toLowerCase();
    let score: number;
    if (text === pattern) score = Number.EPSILON;
    else {
      let total = 0;
      let matched = false;
      for (const c of chunks) {
        const s = chunkScore(text, c);
        if (s < 1) matched = true;
        total += s;
      }
      if (!matched) return null;
      score = total / chunks.length;
    }
    return Math.pow(score, fieldNorm(original));
  };
}
