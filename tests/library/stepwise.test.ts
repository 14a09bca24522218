// A library assembled a piece at a time (as a reload does on the thread that answers) is the same library
// as one built in one go, and no stage does all of its work in one piece.
import { describe, expect, it } from 'vitest';
import { assembleLibrary, assembleLibrarySteps, extractAll, type Library } from '../../src/library/library.js';
import { PeopleIndex } from '../../src/library/peopleIndex.js';
import { parseSeedFiles } from '../../src/load/loadSeeds.js';
import { AliasIndex } from '../../src/textIndex/aliasIndex.js';
import { terms } from '../../src/text/tokens.js';
import { runQuery } from '../../src/app/runQuery.js';
import { stepwiseCorpus } from '../fixtures/stepwise/corpus.js';

const corpus = () => extractAll(parseSeedFiles(stepwiseCorpus(60)).articles);

function stepped(): { lib: Library; stages: string[] } {
  const steps = assembleLibrarySteps(corpus(), [], 7);
  const stages: string[] = [];
  for (;;) {
    const s = steps.next();
    if (s.done) return { lib: s.value, stages };
    stages.push(s.value);
  }
}

const QUERIES = [
  { command: 'who-said', q: 'nobody wants another delay' },
  { command: 'who-said', q: 'we agred that the trains will run' },
  { command: 'quotes', q: 'Marta Ozola' },
  { command: 'when', q: 'when did Ozola meet Berzins' },
  { command: 'sources', q: 'the rail strike cost 4 million euros' },
  { command: 'ask', q: 'who is the harbour director' },
] as const;

describe('stepwise assembly', () => {
  it('given the same articles, builds the same people, quotes, events and answers as a build in one go', () => {
    const once = assembleLibrary(corpus(), [], 7);
    const { lib } = stepped();
    expect(lib.people).toEqual(once.people);
    expect(lib.quotes).toEqual(once.quotes);
    expect(lib.events).toEqual(once.events);
    expect(lib.extracted).toEqual(once.extracted);
    expect(lib.sentenceIndex.records.length).toBe(once.sentenceIndex.records.length);
    for (const q of QUERIES) expect(runQuery(lib, { ...q })).toEqual(runQuery(once, { ...q }));
    for (const typed of ['Ozo', 'berz', 'Kalnina', '']) {
      expect(lib.peopleIndex.suggest(typed).map((p) => p.id)).toEqual(once.peopleIndex.suggest(typed).map((p) => p.id));
    }
    expect(once.quotes.length).toBeGreaterThan(60);
  });

  it('pauses inside every stage, not only between them', () => {
    const { stages } = stepped();
    const count = (name: string) => stages.filter((s) => s === name).length;
    for (const name of ['registry', 'articles', 'index.quotes', 'index.people', 'index.events', 'index.sentences']) {
      expect(count(name), name).toBeGreaterThan(1);
    }
    // 60 articles: the contract shapes and the sentence index each take several pieces
    expect(count('articles')).toBeGreaterThanOrEqual(6);
    expect(count('index.sentences')).toBeGreaterThanOrEqual(12);
  });
});

describe('indexes that fill stepwise', () => {
  const people = [
    { id: 'marta-ozola', name: 'Marta Ozola', aliases: ['Ozola'], roles: ['transport minister'] },
    { id: 'tomas-berzins', name: 'Tomas Berzins', aliases: ['Berzins'], roles: ['union leader'] },
  ];

  it('a people index built stepwise finds nobody until filled, then the same people as one built at once', () => {
    const once = new PeopleIndex(people, new Map([['marta-ozola', 2]]));
    const later = new PeopleIndex(people, new Map([['marta-ozola', 2]]), true);
    expect(later.find('Marta Ozola')).toEqual([]);
    for (const _ of later.fill(1)) { /* a person a step */ }
    for (const q of ['Marta Ozola', 'Ozla', 'the transport minister', 'berzins']) expect(later.find(q)).toEqual(once.find(q));
  });

  it('an alias index built stepwise names nobody until filled, then the same groups', () => {
    const claim = terms('Union leader Tomas Berzins said the strike was over');
    const once = new AliasIndex(people);
    const later = new AliasIndex(people, true);
    expect(later.groupsIn(claim)).toEqual([]);
    for (const _ of later.fill(1)) { /* a person a step */ }
    expect(later.groupsIn(claim)).toEqual(once.groupsIn(claim));
    // the role and the name each name him
    expect(once.groupsIn(claim).map((g) => g.person.id)).toEqual(['tomas-berzins', 'tomas-berzins']);
  });
});
