// People by name, alias or role, fuzzy: "Lavorv", "sergey lavrov", "the Russian foreign minister".
import Fuse from 'fuse.js';
import type { Person } from '../model/contract.js';

export interface PersonHit { person: Person; score: number }

export class PeopleIndex {
  private readonly fuse: Fuse<Person>;
  constructor(readonly people: readonly Person[], private readonly quoteCount: ReadonlyMap<string, number>) {
    this.fuse = new Fuse([...people], { keys: ['name', 'aliases', 'roles'], includeScore: true, ignoreLocation: true, threshold: 0.35 });
  }

  find(name: string, limit = 10): PersonHit[] {
    return this.fuse.search(name.slice(0, 100), { limit }).map((r) => ({ person: r.item, score: 1 - (r.score ?? 1) }));
  }

  /** Autocomplete: fuzzy on the input, most-quoted first when it is empty. */
  suggest(input: string, limit = 25): Person[] {
    if (!input.trim()) {
      return [...this.people].sort((a, b) => (this.quoteCount.get(b.id) ?? 0) - (this.quoteCount.get(a.id) ?? 0)).slice(0, limit);
    }
    return this.find(input, limit).map((h) => h.person);
  }

  quotesOf(id: string): number {
    return this.quoteCount.get(id) ?? 0;
  }
}
