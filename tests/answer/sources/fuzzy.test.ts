import { describe, expect, it } from 'vitest';
import Fuse from 'fuse.js';
import { fuseScorer } from '../../../src/answer/sources/fuzzy.js';

/** What /sources took from Fuse.js before: each text's 1 - score, for the texts Fuse.js returns. */
function viaFuse(query: string, texts: string[]): Map<string, number> {
  const fuse = new Fuse(texts.map((text) => ({ text })), { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.8 });
  return new Map(fuse.search(query).map((r) => [r.item.text, 1 - (r.score ?? 1)]));
}

function viaScorer(query: string, texts: string[]): Map<string, number> {
  const score = fuseScorer(query);
  const out = new Map<string, number>();
  for (const t of texts) {
    const s = score(t);
    if (s !== null) out.set(t, 1 - s);
  }
  return out;
}

const TEXTS = [
  'The harbour board approved a new ferry timetable on Tuesday, the port authority said.',
  'Ferry crews in Tarnovik walked out for six hours over unpaid overtime.',
  'the harbour board approved a new ferry timetable',
  'THE HARBOUR BOARD APPROVED A NEW FERRY TIMETABLE ON TUESDAY',
  'Harbor bord aproved the ferry timetabel',
  'Snowfall closed the mountain pass for a third day.',
  'Đorđe Ilić opened the İzmir trade fair with 1,600 exhibitors.',
  '   ',
  '\u00a0Ferry\ttimetable\napproved\u00a0',
  'x',
];

describe('sources: the fuzzy re-ranking score', () => {
  it('is Fuse.js\'s score, text by text, for short and long patterns', () => {
    const queries = [
      'the harbour board approved a new ferry timetable',
      'The harbour board approved a new ferry timetable on Tuesday, the p',
      'ferry timetable',
      'Harbor bord aproved the ferry timetabel on Tusday after crews walked out for six hours',
      'Đorđe Ilić opened the İzmir trade fair',
      'snowfall',
      'zq',
    ];
    for (const q of queries) expect(viaScorer(q, TEXTS)).toEqual(viaFuse(q, TEXTS));
  });

  it('scores a perfect match best and leaves out a text that is far off', () => {
    const q = 'the harbour board approved a new ferry timetable';
    const got = viaScorer(q, TEXTS);
    expect(got.get(TEXTS[2]!)).toBeGreaterThan(got.get(TEXTS[4]!)!);
    expect(got.has(TEXTS[9]!)).toBe(false);
    expect(got.has(TEXTS[7]!)).toBe(false);
  });
});
