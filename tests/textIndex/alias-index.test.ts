import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/textIndex/aliasIndex.js';
import { terms } from '../../src/text/tokens.js';

const people = [
  { id: 'katya-orlen', name: 'Katya Orlen', aliases: ['Orlen'], roles: ['Interior Minister', 'minister'] },
  { id: 'marek-holub', name: 'Marek Holub', aliases: [], roles: ["the operator's chief engineer"] },
  { id: 'ana-holub', name: 'Ana Holub', aliases: [], roles: [] },
];

describe('search: people by any of their names', () => {
  const index = new AliasIndex(people);

  it('finds a person named by surname, full name or a role of two words or more', () => {
    expect(index.groupsIn(terms('Orlen visited Varnik')).map((g) => g.person.id)).toEqual(['katya-orlen']);
    expect(index.groupsIn(terms('the interior minister visited Varnik')).map((g) => g.person.id)).toEqual(['katya-orlen']);
    expect(index.groupsIn(terms('Marek Holub spoke')).map((g) => g.person.id)).toEqual(['marek-holub']);
  });

  it('ignores one-word roles and a surname two people share', () => {
    expect(index.groupsIn(terms('the minister visited'))).toEqual([]);
    expect(index.groupsIn(terms('Holub spoke'))).toEqual([]);
  });

  it('gives every way of naming the person, and knows surnames from places', () => {
    const [g] = index.groupsIn(terms('Orlen said'));
    expect(g!.alternatives).toContainEqual(terms('Interior Minister'));
    expect(index.isSurname('orlen')).toBe(true);
    expect(index.isSurname('varnik')).toBe(false);
  });
});

describe('search: which phrase of a claim names whom', () => {
  const index = new AliasIndex(people);

  it('takes the longest phrase naming one person; a phrase naming two takes no place', () => {
    expect(index.groupsIn(terms('Ana Holub and Marek Holub met Orlen')).map((g) => [g.person.id, g.positions])).toEqual([
      ['ana-holub', [0, 1]], ['marek-holub', [2, 3]], ['katya-orlen', [5]],
    ]);
    expect(index.groupsIn(terms('Holub met Ana Holub')).map((g) => [g.person.id, g.positions])).toEqual([['ana-holub', [2, 3]]]);
  });

  it('names people asked about while it fills as it does once filled', () => {
    const later = new AliasIndex(people, true);
    const claim = terms('Ana Holub met Marek Holub');
    const steps = later.fill(1);
    steps.next();
    steps.next();
    // with Ana not yet indexed, "Holub" alone names Marek
    expect(later.groupsIn(claim).map((g) => [g.person.id, g.positions])).toEqual([['marek-holub', [3, 4]], ['marek-holub', [1]]]);
    for (const _ of steps) { /* the rest */ }
    expect(later.groupsIn(claim)).toEqual(index.groupsIn(claim));
    expect(later.groupsIn(claim).map((g) => g.person.id)).toEqual(['ana-holub', 'marek-holub']);
  });
});
