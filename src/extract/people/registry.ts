// One registry of people across all articles: per-article people merged into canonical persons. Two full
// names are one person when the surnames fold alike and the first given names agree (Sergei/Sergey
// Lavrov); a lone surname joins a full-named person only when exactly one person has that surname, so
// "Aliyev" alone never merges Heydar into Ilham. Unnamed sources ("a source", "officials") stay within
// their article. Ids are slugs of the canonical name, made unique in input order: stable for the same seeds.
import type { Person } from '../../model/contract.js';
import type { LocalPerson } from '../types.js';
import { sameName, spellingKey, splitName, type NameParts } from './nameForms.js';

export interface RegistryInput { articleId: string; people: LocalPerson[] }

export interface Registry {
  people: Person[];
  /** The registry person a local key of an article became. */
  resolve(articleId: string, key: string): Person | undefined;
}

/** A registry person with what merging needs; `kind` is an extra field the contract allows. */
interface Entry { person: Person & { kind: 'person' | 'organization' }; names: NameParts[]; forms: Map<string, number> }

const slug = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
// (an unnamed source is written lowercase, or as a share: "47 percent"; each stays of its own article)
const isGeneric = (p: LocalPerson) => p.kind === 'organization' && /^[\p{Ll}\p{N}]/u.test(p.name);

/** People merged between two pauses of a stepwise build. */
const REGISTRY_CHUNK = 1000;

export function buildRegistry(inputs: RegistryInput[]): Registry {
  const steps = buildRegistrySteps(inputs);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The registry built a chunk of people at a time, yielding between chunks: a busy thread can pause. */
export function* buildRegistrySteps(inputs: RegistryInput[], chunk = REGISTRY_CHUNK): Generator<void, Registry> {
  const entries: Entry[] = [];
  const ids = new Set<string>();
  const bySurname = new Map<string, Entry[]>();
  const orgs = new Map<string, Entry>();
  const local = new Map<string, Entry>();

  const create = (p: LocalPerson, idBase: string): Entry => {
    let id = slug(idBase) || 'person';
    for (let n = 2; ids.has(id); n++) id = `${slug(idBase) || 'person'}-${n}`;
    ids.add(id);
    const e: Entry = { person: { id, name: p.name, aliases: [], roles: [], kind: p.kind }, names: [], forms: new Map() };
    entries.push(e);
    return e;
  };

  // full names before lone surnames, so "Lavrov" in one article finds "Sergei Lavrov" of another
  // (two passes in input order, not a sort of every mention: no single step holds a busy thread for long)
  const rank = (p: LocalPerson) => (p.kind === 'person' && p.name.includes(' ') ? 0 : 1);
  const ordered = function* () {
    for (const pass of [0, 1]) for (const { articleId, people } of inputs) for (const p of people) if (rank(p) === pass) yield { articleId, p };
  };
  let done = 0;
  for (const { articleId, p } of ordered()) {
    if (++done % chunk === 0) yield;
    let e: Entry | undefined;
    if (isGeneric(p)) {
      e = create(p, `${p.name} ${articleId.replace(/\.[^.]+$/, '')}`);
    } else if (p.kind === 'organization') {
      const k = spellingKey(p.name.replace(/^the\s+/i, ''));
      e = orgs.get(k);
      if (!e) { e = create(p, p.name.replace(/^the\s+/i, '')); orgs.set(k, e); }
    } else {
      const np = splitName(p.name.split(/\s+/));
      const sk = np.surnameKey;
      const list = bySurname.get(sk) ?? [];
      if (np.given.length > 0) e = list.find((x) => x.names.some((n) => n.given.length > 0 && sameName(n, np)));
      else {
        const full = list.filter((x) => x.names.some((n) => n.given.length > 0));
        e = full.length === 1 ? full[0] : list.find((x) => x.names.every((n) => n.given.length === 0));
      }
      if (!e) {
        e = create(p, p.name);
        list.push(e);
        bySurname.set(sk, list);
      }
      e.names.push(np);
    }
    e.forms.set(p.name, (e.forms.get(p.name) ?? 0) + 1);
    for (const a of [p.name, ...p.aliases]) if (!e.person.aliases.includes(a)) e.person.aliases.push(a);
    for (const r of p.roles) if (!e.person.roles.includes(r)) e.person.roles.push(r);
    local.set(`${articleId}\u0000${p.key}`, e);
  }
  // the canonical name: the full form written most often (first written on a tie)
  for (const e of entries) {
    if (++done % chunk === 0) yield;
    const best = [...e.forms.entries()].sort((a, b) => Number(b[0].includes(' ')) - Number(a[0].includes(' ')) || b[1] - a[1])[0];
    if (best) e.person.name = best[0];
    e.person.aliases = e.person.aliases.filter((a) => a !== e.person.name);
  }
  return {
    people: entries.map((e) => e.person),
    resolve: (articleId, key) => local.get(`${articleId}\u0000${key}`)?.person,
  };
}
