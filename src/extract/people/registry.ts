// One registry of people across all articles: per-article people merged into canonical persons.
import type { Person } from '../../model/contract.js';
import type { LocalPerson } from '../types.js';

export interface RegistryInput { articleId: string; people: LocalPerson[] }

export interface Registry {
  people: Person[];
  /** The registry person a local key of an article became. */
  resolve(articleId: string, key: string): Person | undefined;
}

const slug = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

export function buildRegistry(inputs: RegistryInput[]): Registry {
  const byId = new Map<string, Person>();
  const local = new Map<string, Person>();
  for (const { articleId, people } of inputs) {
    for (const p of people) {
      const id = slug(p.name) || p.key;
      let person = byId.get(id);
      if (!person) {
        person = { id, name: p.name, aliases: [], roles: [] };
        byId.set(id, person);
      }
      for (const a of p.aliases) if (!person.aliases.includes(a) && a !== person.name) person.aliases.push(a);
      for (const r of p.roles) if (!person.roles.includes(r)) person.roles.push(r);
      local.set(`${articleId}\u0000${p.key}`, person);
    }
  }
  return { people: [...byId.values()], resolve: (articleId, key) => local.get(`${articleId}\u0000${key}`) };
}
