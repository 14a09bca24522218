import { beforeAll, describe, expect, it } from 'vitest';
import { search } from '../../src/answer/plainSearch.js';
import { SearchAnswer } from '../../src/model/contract.js';
import type { Library } from '../../src/library/library.js';
import { sourcesLibrary } from '../support/sourcesLibrary.js';

let lib: Library;
beforeAll(() => { lib = sourcesLibrary(); });

describe('search: plain search over body sentences', () => {
  it('given words from two places in a sentence, finds it', () => {
    const a = search(lib, 'steel tariffs Geneva');
    expect(SearchAnswer.parse(a).notFound).toBeNull();
    expect(a.answers[0]!.evidence.article).toMatch(/tariffs/);
  });
  it('given a typo in a name, still finds it', () => {
    expect(search(lib, 'Markvoa deal').answers.some((x) => /Markova/.test(x.evidence.text))).toBe(true);
  });
  it('given words no article holds, says so', () => {
    const a = search(lib, 'volcanic eruption in Iceland');
    expect(a.answers).toEqual([]);
    expect(a.notFound).not.toBeNull();
  });
  it('never returns boilerplate', () => {
    expect(search(lib, 'fishermen rescue sailors').answers).toEqual([]);
  });
});
