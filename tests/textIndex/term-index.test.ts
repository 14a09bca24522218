import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TermIndex } from '../../src/textIndex/termIndex.js';
import { memoTerms } from '../../src/textIndex/fastTerms.js';
import { sameFamily, canon } from '../../src/textIndex/termFamily.js';
import { foldedWords, stem, STOPWORDS, terms, words } from '../../src/text/tokens.js';

// the general path's terms, to pin the ASCII fast path of `words` against
const foldedTerms = (s: string) => foldedWords(s).filter((w) => !STOPWORDS.has(w)).map(stem);

function index(texts: string[]): TermIndex {
  const t = new TermIndex();
  for (const x of texts) t.add(x);
  return t;
}

describe('search: the BM25 candidate stage', () => {
  const t = index([
    'Russia wants the normalization of relations between Azerbaijan and Armenia.',
    'Lavrov met Bayramov in Baku on Tuesday.',
    'The bodies of 1,600 servicemen were handed over.',
    'A dockworkers strike halted grain exports.',
  ]);

  it('reaches a word family: "normalize" finds "normalization"', () => {
    expect(t.search('normalize relations')[0]!.doc).toBe(0);
  });
  it('reaches irregular forms: "meet" finds "met"', () => {
    expect(t.search('Lavrov meet')[0]!.doc).toBe(1);
  });
  it('reaches typos one edit away: "Bayramvo" finds "Bayramov"', () => {
    expect(t.search('Bayramvo')[0]?.doc).toBe(1);
  });
  it('reads numbers written two ways as one: "1600" finds "1,600"', () => {
    expect(t.search('1600 bodies')[0]!.doc).toBe(2);
  });
  it('finds nothing for words it has never seen, and nothing in an empty index', () => {
    expect(t.search('zebra quantum')).toEqual([]);
    expect(new TermIndex().search('anything')).toEqual([]);
  });
  it('knows which document holds which term', () => {
    expect(t.has('strike', 3)).toBe(true);
    expect(t.has('strike', 2)).toBe(false);
    expect(t.df('unknown')).toBe(0);
  });
  it('returns the same best hits as scoring and sorting everything', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.constantFrom('dam', 'flood', 'varnik', 'strike', 'port', 'minister'), { maxLength: 8 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 10 }), (docs, limit) => {
      const ti = new TermIndex();
      for (const d of docs) ti.addTerms(d);
      const all = ti.searchTerms(['dam', 'varnik', 'port'], 10_000);
      expect(ti.searchTerms(['dam', 'varnik', 'port'], limit)).toEqual(all.slice(0, limit));
    }));
  });
});

describe('search: words and families', () => {
  it('splits ASCII text exactly as the general tokenizer does', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z0-9 ,.'`\-"!?:;()]{0,60}$/), (s) => {
      expect(words(s)).toEqual(foldedWords(s));
      expect(terms(s)).toEqual(foldedTerms(s));
    }));
    expect(words("Russia's 1,600 don't Báyramov")).toEqual(foldedWords("Russia's 1,600 don't Báyramov"));
  });
  it('gives the same terms when it remembers words across texts', () => {
    const remembered = memoTerms();
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z0-9 ,.'\-]{0,60}$/), (s) => {
      expect(remembered(s)).toEqual(terms(s));
      expect(remembered(s)).toEqual(terms(s));
    }));
    expect(remembered('The Báyramov talks, the talks')).toEqual(terms('The Báyramov talks, the talks'));
  });
  it('joins words with a long shared prefix, not short or numeric ones', () => {
    expect(sameFamily('normalize', 'normalizate')).toBe(true);
    expect(sameFamily('serviceman', 'servicemen')).toBe(true);
    expect(sameFamily('protest', 'protection')).toBe(false);
    expect(sameFamily('1600', '16000')).toBe(false);
  });
  it('lemmatises irregular verbs and small numbers, and leaves object keys alone', () => {
    expect(canon('met')).toBe('meet');
    expect(canon('seven')).toBe('7');
    expect(canon('constructor')).toBe('constructor');
  });
});

describe('building: a stream of term ids packed into postings', () => {
  const word = fc.constantFrom('dam', 'flood', 'varnik', 'strike', 'port', 'minister', 'grain');
  const docsArb = fc.array(fc.array(word, { maxLength: 10 }), { minLength: 1, maxLength: 40 });
  const all = ['dam', 'flood', 'varnik', 'strike', 'port', 'minister', 'grain'];
  const picture = (ti: TermIndex, n: number) => ({
    df: all.map((t) => ti.df(t)),
    has: all.map((t) => Array.from({ length: n }, (_, d) => ti.has(t, d))),
    hits: ti.searchTerms(['dam', 'strike', 'grain'], 100),
  });

  it('gives the same index when documents come after a pack (or a search) as when they all come first', () => {
    fc.assert(fc.property(docsArb, fc.nat(), (docs, at) => {
      const cut = at % (docs.length + 1);
      const whole = new TermIndex();
      for (const d of docs) whole.addTerms(d);
      const split = new TermIndex();
      for (const d of docs.slice(0, cut)) split.addTerms(d);
      for (const _ of split.pack(3)) { /* stepwise */ }
      split.df('dam');
      for (const d of docs.slice(cut)) split.addTerms(d);
      expect(picture(split, docs.length)).toEqual(picture(whole, docs.length));
    }));
  });

  it('counts a term repeated in one document once per repeat, and keeps a document added mid-pack', () => {
    const ti = new TermIndex();
    ti.addTerms(['dam', 'dam', 'port']);
    ti.addTerms(['port']);
    const steps = ti.pack(1);
    steps.next();
    ti.addTerms(['dam']);
    for (;;) if (steps.next().done) break;
    expect(ti.df('dam')).toBe(2);
    expect(ti.has('dam', 2)).toBe(true);
    const whole = new TermIndex();
    for (const d of [['dam', 'dam', 'port'], ['port'], ['dam']]) whole.addTerms(d);
    expect(ti.searchTerms(['dam'], 3)).toEqual(whole.searchTerms(['dam'], 3));
    expect(ti.searchTerms(['dam'], 3)).not.toEqual(new TermIndex().searchTerms(['dam'], 3));
  });
});
