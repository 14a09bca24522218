// The /sources verdict rules of issue #18, each pinned on short paragraphs written for this test: every case
// pairs a claim the article supports with one fact of it changed, so no rule passes by refusing everything.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import { buildLibrary, type Library } from '../../../src/library/library.js';
import { sources } from '../../../src/answer/sources/sources.js';

const article = (title: string, outlet: string, published: string, body: string) =>
  `---\ntitle: ${title}\noutlet: ${outlet}\npublished: ${published}\n---\n${body}`;

const ARTICLES: Record<string, string> = {
  'ridge.txt': article('Hiker falls on Tarn Ridge', 'Highland Courier', '2025-02-09',
    'A hiker fell about 300 metres from Tarn Ridge on Sunday morning, the rescue service said.\n\n' +
    'Volunteers searched the slopes below the ridge until dark.'),
};

let lib: Library;
beforeAll(() => {
  lib = buildLibrary(Object.entries(ARTICLES).map(([f, text]) => {
    const r = parseArticle(f, text);
    if (!r.ok) throw new Error(`${f}: ${r.error}`);
    return r.article;
  }));
});

const supported = (claim: string) => sources(lib, claim).verdict === 'supported';

describe('sources: a claim supported as written, not with one fact changed', () => {
  it.each([
    ['a verb that says whether the event happened ("survived a fall" for a fall)',
      'A hiker fell from Tarn Ridge on Sunday', 'A hiker survived a fall from Tarn Ridge on Sunday'],
  ])('%s', (_, original, changed) => {
    expect(supported(original)).toBe(true);
    expect(supported(changed)).toBe(false);
  });
});
