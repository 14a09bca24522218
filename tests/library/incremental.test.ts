// A library updated from the one serving (a reload that added, removed or changed a few articles) answers
// exactly as a library built again over the same articles: same people and ids, quotes, events, answers.
import { describe, expect, it } from 'vitest';
import { assembleLibrary, extractAll, type ExtractedCorpus, type Library } from '../../src/library/library.js';
import { updateLibrarySteps } from '../../src/library/updateLibrary.js';
import { RegistryBook } from '../../src/extract/people/registry.js';
import { parseSeedFiles } from '../../src/load/loadSeeds.js';
import { runQuery } from '../../src/app/runQuery.js';
import { stepwiseCorpus } from '../fixtures/stepwise/corpus.js';

const file = (name: string, body: string) => ({
  file: name, text: `A harbour story ${name}\n\nCoast Courier\nPublished: 2024-03-0${1 + (name.length % 8)}\n\n${body}\n`,
});
// a second Berzins with a given name makes the lone "Berzins" of other articles ambiguous; a second
// "Marta Ozola"-like id and a new speaker test ids made unique in order
const EXTRA = [
  file('005a.txt', 'Aivars Berzins, a ferry captain, met Marta Ozola in Liepaja on Tuesday.\n\n“The ferries will sail twice a day,” Aivars Berzins said.'),
  file('030a.txt', '“Every pier will be repaired by June,” said harbour engineer Dace Rozite on Friday.\n\nRozite met Ilse Kalnina at the port.'),
  file('zzz.txt', 'Berzins told reporters the rail strike had cost 9 million euros.\n\n“Nobody wants another strike,” said Tomas Berzins.'),
];

const QUERIES = [
  { command: 'who-said', q: 'nobody wants another delay' },
  { command: 'who-said', q: 'the ferries will sail twice a day' },
  { command: 'who-said', q: 'every pier will be repaird by june' },
  { command: 'quotes', q: 'Tomas Berzins' },
  { command: 'quotes', q: 'Berzins' },
  { command: 'when', q: 'when did Ozola meet Berzins' },
  { command: 'when', q: 'when did Rozite meet Kalnina' },
  { command: 'sources', q: 'the rail strike cost 9 million euros' },
  { command: 'sources', q: 'the trains will run on time again from Monday' },
  { command: 'ask', q: 'who is the harbour director' },
  { command: 'quotes', q: 'Rozite' },
  { command: 'who-said', q: 'the cranes at the north quay are too old' },
] as const;

// only a surname: it joins the one full-named Rozite once an article names her in full
const LONE = file('015a.txt', '“The cranes at the north quay are too old,” Rozite said on Monday.\n\nRozite spoke at the port.');

/** Parsed and extracted once: a reload reuses the objects of articles it did not read again. */
const pool = (() => {
  const files = [...stepwiseCorpus(40), LONE, ...EXTRA];
  const x = extractAll(parseSeedFiles(files).articles);
  return new Map(x.articles.map((a, k) => [a.id, { article: a, extraction: x.extractions[k]! }]));
})();

const corpusOf = (ids: string[]): ExtractedCorpus => {
  const sorted = [...ids].sort();
  return { articles: sorted.map((id) => pool.get(id)!.article), extractions: sorted.map((id) => pool.get(id)!.extraction) };
};

function updated(prev: Library, book: RegistryBook, ids: string[]): Library {
  const steps = updateLibrarySteps(prev, book, corpusOf(ids), [], 7);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

function expectSame(lib: Library, full: Library): void {
  expect(lib.people).toEqual(full.people);
  expect(lib.quotes).toEqual(full.quotes);
  expect(lib.events).toEqual(full.events);
  expect(lib.extracted).toEqual(full.extracted);
  expect(lib.sentenceIndex.records).toEqual(full.sentenceIndex.records);
  for (const q of QUERIES) expect(runQuery(lib, { ...q }), q.q).toEqual(runQuery(full, { ...q }));
  for (const typed of ['Ozo', 'berz', 'Roz', '']) {
    expect(lib.peopleIndex.suggest(typed).map((p) => p.id)).toEqual(full.peopleIndex.suggest(typed).map((p) => p.id));
  }
}

const base = [...stepwiseCorpus(40).map((f) => f.file), LONE.file];
const extra = EXTRA.map((f) => f.file);

describe('a library updated article by article', () => {
  it('adding articles (between others and at the end) answers as a build over all of them', () => {
    const book = new RegistryBook();
    const before = assembleLibrary(corpusOf(base), [], 7, book);
    const lib = updated(before, book, [...base, ...extra]);
    const full = assembleLibrary(corpusOf([...base, ...extra]), [], 7);
    expectSame(lib, full);
    expect(full.people.some((p) => p.name === 'Aivars Berzins')).toBe(true);
    // the quote of the article that names Rozite by surname alone is now hers
    expect(before.quotes.find((q) => q.evidence.article === LONE.file)?.speaker.id).toBe('rozite');
    expect(lib.quotes.find((q) => q.evidence.article === LONE.file)?.speaker.id).toBe('dace-rozite');
    // the library that served before is untouched
    expectSame(before, assembleLibrary(corpusOf(base), [], 7));
  });

  it('removing articles answers as a build without them', () => {
    const book = new RegistryBook();
    const all = assembleLibrary(corpusOf([...base, ...extra]), [], 7, book);
    const fewer = base.filter((_, k) => k % 7 !== 3);
    expectSame(updated(all, book, fewer), assembleLibrary(corpusOf(fewer), [], 7));
  });

  it('a changed article, then another add and a removal, answers as a build over what is there', () => {
    const book = new RegistryBook();
    let lib = assembleLibrary(corpusOf(base), [], 7, book);
    // a change is the same file name with new contents: here another article's text under this name
    const changed = parseSeedFiles([{ file: '010.txt', text: EXTRA[0]!.text }]).articles;
    const x = extractAll(changed);
    pool.set('010.txt', { article: x.articles[0]!, extraction: x.extractions[0]! });
    try {
      lib = updated(lib, book, base);
      expectSame(lib, assembleLibrary(corpusOf(base), [], 7));
      const next = [...base.filter((f) => f !== '020.txt'), ...extra];
      lib = updated(lib, book, next);
      expectSame(lib, assembleLibrary(corpusOf(next), [], 7));
    } finally {
      const again = extractAll(parseSeedFiles(stepwiseCorpus(40).filter((f) => f.file === '010.txt')).articles);
      pool.set('010.txt', { article: again.articles[0]!, extraction: again.extractions[0]! });
    }
  });
});
