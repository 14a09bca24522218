import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/model/contract.js';
import { PeopleIndex } from '../../src/library/peopleIndex.js';

const person = (id: string, name: string, aliases: string[] = [], roles: string[] = []): Person => ({ id, name, aliases, roles });
const people = [
  person('sergei-lavrov', 'Sergei Lavrov', ['Sergey Lavrov', 'Lavrov'], ['Russian Foreign Minister']),
  person('ilham-aliyev', 'Ilham Aliyev', ['President Aliyev'], ['President of Azerbaijan']),
  person('heydar-aliyev', 'Heydar Aliyev', [], []),
  person('jeyhun-bayramov', 'Jeyhun Bayramov', ['Bayramov'], ['Foreign Minister']),
  ...Array.from({ length: 3000 }, (_, k) => person(`p${k}`, `Person${k} Surname${k % 97}`)),
];
const index = new PeopleIndex(people, new Map([['sergei-lavrov', 9], ['ilham-aliyev', 5], ['jeyhun-bayramov', 2]]));

describe('finding people by name among thousands', () => {
  it('a typo in a surname still finds the person', () => {
    expect(index.find('Lavorv')[0]?.person.id).toBe('sergei-lavrov');
    expect(index.find('sergey lavrov')[0]?.person.id).toBe('sergei-lavrov');
    expect(index.find('Bayramvo')[0]?.person.id).toBe('jeyhun-bayramov');
  });

  it('a role the articles gave finds the person', () => {
    expect(index.find('the Russian foreign minister')[0]?.person.id).toBe('sergei-lavrov');
  });

  it('never merges different given names: Heydar is not Ilham', () => {
    expect(index.find('Heydar Aliyev')[0]?.person.id).toBe('heydar-aliyev');
    expect(index.find('Ilham Aliyev')[0]?.person.id).toBe('ilham-aliyev');
  });

  it('autocomplete suggests from the first letters typed, and the most quoted first for an empty input', () => {
    expect(index.suggest('Lav').map((p) => p.id)).toContain('sergei-lavrov');
    expect(index.suggest('ilham al').map((p) => p.id)[0]).toBe('ilham-aliyev');
    expect(index.suggest('').slice(0, 3).map((p) => p.id)).toEqual(['sergei-lavrov', 'ilham-aliyev', 'jeyhun-bayramov']);
    expect(index.suggest('Surname1', 25).length).toBeLessThanOrEqual(25);
  });

  it('a first letter shared by hundreds of people suggests the most quoted of them first', () => {
    const annas = Array.from({ length: 500 }, (_, k) => person(`anna-${k}`, `Anna Surname${k}`));
    const quoted = new Map(annas.map((p, k) => [p.id, k % 250]));
    const suggested = new PeopleIndex([...people, ...annas], quoted).suggest('A', 25).map((p) => p.id);
    expect(suggested).toHaveLength(25);
    expect(suggested.slice(0, 2).sort()).toEqual(['anna-249', 'anna-499']);
    expect(suggested).not.toContain('anna-0');
  });

  it('nothing for a name nobody has', () => {
    expect(index.find('Zzyzx Qwerty')).toEqual([]);
  });
});
