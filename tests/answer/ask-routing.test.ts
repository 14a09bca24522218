import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { AskAnswer } from '../../src/model/contract.js';
import type { Library } from '../../src/library/library.js';
import { sourcesLibrary } from '../support/sourcesLibrary.js';

let lib: Library;
beforeAll(() => { lib = sourcesLibrary(); });

describe('ask: routing to the answers', () => {
  it('answers a claim check with the sources fields and the intent', () => {
    const a = ask(lib, 'Is it true that 43 people were killed by the collapse of the Selna dam?');
    expect(AskAnswer.parse(a).intent).toBe('sources');
    if (a.intent !== 'sources') throw new Error('intent');
    expect(a.verdict).toBe('supported');
    expect(a.query).toBe('Is it true that 43 people were killed by the collapse of the Selna dam?');
    expect(a.asked.q).toBe('43 people were killed by the collapse of the Selna dam');
  });

  it('answers "did X say …" as a check of the claim that X said it', () => {
    const a = ask(lib, 'Did Markova say the deal ends a dispute?');
    expect(a.intent).toBe('sources');
    if (a.intent !== 'sources') throw new Error('intent');
    expect(a.answers[0]?.evidence.article).toBe('ledger-tariffs.txt');
  });

  it('answers anything else with a plain search, each article once before any twice', () => {
    const a = ask(lib, 'Varnik flood');
    expect(AskAnswer.parse(a).intent).toBe('search');
    if (a.intent !== 'search') throw new Error('intent');
    expect(a.notFound).toBeNull();
    const articles = a.answers.map((x) => x.evidence.article);
    const distinct = new Set(articles).size;
    expect(new Set(articles.slice(0, distinct)).size).toBe(distinct);
  });

  it('always answers in a contract shape, whatever the input', () => {
    for (const q of ['', 'who said', 'when did', 'what did say about', 'sources for', '🙂', 'x'.repeat(3000)]) {
      expect(() => AskAnswer.parse(ask(lib, q))).not.toThrow();
    }
  });
});
