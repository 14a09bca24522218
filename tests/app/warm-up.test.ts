import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/library/library.js';
import { runQuery } from '../../src/app/runQuery.js';
import { warmUp, warmUpQueries } from '../../src/app/warmUp.js';
import { sourcesLibrary } from '../support/sourcesLibrary.js';

describe('warming up a library just after it loads', () => {
  it('given a library with quotes, people and events, asks one question of every command', () => {
    const lib = sourcesLibrary();
    expect(warmUpQueries(lib).map((q) => q.command).sort()).toEqual(['ask', 'quotes', 'sources', 'when', 'who-said']);
    expect(warmUp(lib)).toBe(5);
  });

  it('asks questions made of the library\'s own text, so they reach real answers, not refusals', () => {
    const lib = sourcesLibrary();
    const byCommand = new Map(warmUpQueries(lib).map((q) => [q.command, runQuery(lib, q)]));
    const whoSaid = byCommand.get('who-said');
    expect(whoSaid?.command === 'who-said' && whoSaid.answer.answers.length).toBeGreaterThan(0);
    const sources = byCommand.get('sources');
    expect(sources?.command === 'sources' && sources.answer.answers.length).toBeGreaterThan(0);
  });

  it('given an empty library, asks nothing and does not throw', () => {
    const lib = buildLibrary([]);
    expect(warmUpQueries(lib)).toEqual([]);
    expect(warmUp(lib)).toBe(0);
  });
});
