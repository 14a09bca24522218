import { beforeAll, describe, expect, it } from 'vitest';
import { sources } from '../../../src/answer/sources/sources.js';
import type { Library } from '../../../src/library/library.js';
import { EVENT_OF, sourcesLibrary } from '../../support/sourcesLibrary.js';

let lib: Library;
beforeAll(() => { lib = sourcesLibrary(); });

/** The hidden evaluation's measure, on our own fixtures: a claim taken from one article, and the other
 *  articles in its top five. */
function topOthers(claim: string, from: string): string[] {
  const a = sources(lib, claim);
  return [...new Set(a.answers.map((x) => x.evidence.article).filter((f) => f !== from))].slice(0, 5);
}

describe('sources: retrieval across outlets', () => {
  it('given each article\'s opening sentence as the claim, the other articles in its top five report the same event', () => {
    let hit = 0;
    let listed = 0;
    let found = 0;
    let wanted = 0;
    for (const art of lib.articles) {
      const claim = art.paragraphs[0]!.sentences[0]!.text;
      const others = topOthers(claim, art.id);
      const same = Object.keys(EVENT_OF).filter((f) => f !== art.id && EVENT_OF[f] === EVENT_OF[art.id]);
      listed += others.length;
      hit += others.filter((f) => EVENT_OF[f] === EVENT_OF[art.id]).length;
      wanted += Math.min(5, same.length);
      found += others.filter((f) => same.includes(f)).length;
    }
    expect(hit / listed).toBeGreaterThanOrEqual(0.8);
    expect(found / wanted).toBeGreaterThanOrEqual(0.6);
  });

  it('given a claim about the strike in the same town as the dam, no dam article comes first', () => {
    const others = topOthers('Dockworkers at the port of Varnik walked out over pay', 'none');
    expect(others[0]).toBe('varnik-port.txt');
  });

  it('given a claim about one flood, an article about another disaster with alike words is not related', () => {
    const others = topOthers('Seven people were killed when the Orsa river burst its banks', 'orsa-floods.txt');
    expect(others.filter((f) => EVENT_OF[f] === 'dam')).toEqual([]);
  });

  it('given a claim naming only what its own article names, related articles are still found', () => {
    const others = topOthers('The number of people killed by the collapse of the Selna dam in Dravonia has risen', 'valley-dam.txt');
    expect(others.some((f) => EVENT_OF[f] === 'dam')).toBe(true);
  });

  it('given a claim with its number changed, never supported', () => {
    for (const art of lib.articles) {
      for (const p of art.paragraphs) {
        for (const s of p.sentences) {
          const m = /(?<![\d.,])(\d{1,3}(?:,\d{3})*|\d+)(?![\d,])/.exec(s.text);
          if (!m || /^(19|20)\d\d$/.test(m[1]!)) continue;
          const changed = s.text.replace(m[0], String(Number(m[1]!.replace(/,/g, '')) * 3 + 7));
          expect(sources(lib, changed).verdict, changed).not.toBe('supported');
        }
      }
    }
  });

  it('given any body sentence as the claim, supported', () => {
    let supported = 0;
    let all = 0;
    for (const art of lib.articles) {
      for (const p of art.paragraphs) for (const s of p.sentences) {
        all++;
        if (sources(lib, s.text).verdict === 'supported') supported++;
      }
    }
    expect(supported / all).toBeGreaterThanOrEqual(0.9);
  });
});
