// One registry of people across all articles: per-article people merged into canonical persons. Two full
// names are one person when the surnames fold alike and the first given names agree (Sergei/Sergey
// Lavrov); a lone surname joins a full-named person only when exactly one person has that surname, so
// "Aliyev" alone never merges Heydar into Ilham. Unnamed sources ("a source", "officials") stay within
// their article. Ids are slugs of the canonical name, made unique in input order: stable for the same seeds.
// Merging only ever looks within one bucket (a surname, an organisation's name, an unnamed source), so the
// registry is kept by bucket: adding or removing an article replays only the buckets its people fall in.
import type { Person } from '../../model/contract.js';
import type { LocalPerson } from '../types.js';
import { sameName, spellingKey, splitName, type NameParts } from './nameForms.js';

export interface RegistryInput { articleId: string; people: LocalPerson[] }

export interface Registry {
  people: Person[];
  /** The registry person a local key of an article became. */
  resolve(articleId: string, key: string): Person | undefined;
}

type Kind = 'person' | 'organization';

/** One mention of a person by an article: where it stands in the merge order, and the entry it joined. */
interface Member { articleId: string; at: number; pass: 0 | 1; p: LocalPerson; np: NameParts | null; entry: Entry | null }

/** A registry person in the making, with what merging needs. */
interface Entry { name: string; aliases: string[]; roles: string[]; kind: Kind; idSlug: string; first: Member;
  /** Its distinct name forms, as merging compares them (`nameKeys`): one per form, not one per mention, or a
   *  bucket's replay grows with the square of how often a person is named (a build at 100,000 articles). */
  names: NameParts[]; nameKeys: Set<string>; forms: Map<string, number>; members: Member[]; person: (Person & { kind: Kind }) | null }

/** What merging reads of a name form (sameName, and whether it has a given name). */
const nameKey = (n: NameParts) => `${n.surnameKey}\u0000${n.givenKey}\u0000${n.given.length > 0 ? 1 : 0}`;

interface Bucket { members: Member[]; entries: Entry[] }

/** What an update changed for the articles it did not add: whose people resolve to another id or name
 *  ('identity'), and whose people only gained aliases or roles ('people'). */
export type RegistryChanges = Map<string, 'identity' | 'people'>;

const slug = (s: string) =>
  s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
// (an unnamed source is written lowercase, or as a share: "47 percent"; each stays of its own article)
const isGeneric = (p: LocalPerson) => p.kind === 'organization' && /^[\p{Ll}\p{N}]/u.test(p.name);
const stripThe = (name: string) => name.replace(/^the\s+/i, '');

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
  const book = new RegistryBook();
  return (yield* book.updateSteps(inputs.map((i) => i.articleId), [], inputs, chunk)).registry;
}

/**
 * The registry of a library, kept between reloads: `updateSteps` takes the articles removed and added (a
 * changed article is both) and gives the same registry a build over every article would, replaying only
 * the buckets those articles' people fall in. Persons that did not change stay the same objects.
 */
export class RegistryBook {
  private readonly buckets = new Map<string, Bucket>();
  private readonly byArticle = new Map<string, Map<string, Member>>();
  private rank = new Map<string, number>();

  /** `order` is every article id after the update, in merge (library) order. */
  *updateSteps(order: readonly string[], removed: Iterable<string>, added: Iterable<RegistryInput>, chunk = REGISTRY_CHUNK):
      Generator<void, { registry: Registry; changes: RegistryChanges }> {
    this.rank = new Map(order.map((id, k) => [id, k]));
    const dirty = new Set<string>();
    const before = new Map<Member, Person | null>();
    for (const id of removed) {
      for (const m of this.byArticle.get(id)?.values() ?? []) dirty.add(this.bucketKey(m));
      this.byArticle.delete(id);
    }
    for (const { articleId, people } of added) {
      const mine = new Map<string, Member>();
      people.forEach((p, at) => {
        const pass = p.kind === 'person' && p.name.includes(' ') ? 0 : 1;
        const np = p.kind === 'person' ? splitName(p.name.split(/\s+/)) : null;
        const m: Member = { articleId, at, pass, p, np, entry: null };
        mine.set(p.key, m);
        const key = this.bucketKey(m);
        dirty.add(key);
        const b = this.buckets.get(key) ?? { members: [], entries: [] };
        b.members.push(m);
        this.buckets.set(key, b);
      });
      this.byArticle.set(articleId, mine);
    }
    let done = 0;
    for (const key of dirty) {
      const b = this.buckets.get(key)!;
      b.members = b.members.filter((m) => this.byArticle.get(m.articleId)?.get(m.p.key) === m);
      for (const m of b.members) before.set(m, m.entry?.person ?? null);
      if (b.members.length === 0) { this.buckets.delete(key); continue; }
      b.members.sort((x, y) => this.compare(x, y));
      b.entries = replay(b.members);
      done += b.members.length;
      if (done >= chunk) { done = 0; yield; }
    }
    const keyed: { key: number; e: Entry }[] = [];
    for (const b of this.buckets.values()) {
      for (const e of b.entries) keyed.push({ key: this.orderKey(e.first), e });
      if (++done >= chunk) { done = 0; yield; }
    }
    yield;
    keyed.sort((x, y) => x.key - y.key);
    yield;
    const { people, renewed } = yield* publish(keyed.map((k) => k.e), chunk);
    const changes: RegistryChanges = new Map();
    const note = (m: Member, was: Person | null) => {
      const now = m.entry!.person!;
      if (was === now) return;
      const identity = was === null || was.id !== now.id || was.name !== now.name;
      if (identity || !changes.has(m.articleId)) changes.set(m.articleId, identity ? 'identity' : 'people');
    };
    // members of the buckets replayed (an article added is new as a whole: nothing to note), then members
    // of other buckets whose person got another id
    for (const [m, was] of before) if (was !== null) note(m, was);
    for (const e of renewed) for (const m of e.members) if (!before.has(m)) note(m, null);
    const byArticle = this.byArticle;
    return { registry: { people, resolve: (articleId, key) => byArticle.get(articleId)?.get(key)?.entry?.person ?? undefined }, changes };
  }

  private bucketKey(m: Member): string {
    if (isGeneric(m.p)) return `g\u0000${m.articleId}\u0000${m.p.key}`;
    if (m.p.kind === 'organization') return `o\u0000${spellingKey(stripThe(m.p.name))}`;
    return `p\u0000${m.np!.surnameKey}`;
  }

  /** `compare` as one number (articles below 2^26, people per article below 2^20): a sort of every entry
   *  then compares numbers, not map lookups, and fits between two pauses of a serving thread. */
  private orderKey(m: Member): number {
    return (m.pass * 2 ** 26 + this.rank.get(m.articleId)!) * 2 ** 20 + m.at;
  }

  /** Merge order: full names before lone surnames, then articles in order, then each article's own order. */
  private compare(x: Member, y: Member): number {
    return x.pass - y.pass || this.rank.get(x.articleId)! - this.rank.get(y.articleId)! || x.at - y.at;
  }
}

/** A bucket's entries from its members in merge order (the merge rules of the header). */
function replay(members: readonly Member[]): Entry[] {
  const entries: Entry[] = [];
  const create = (m: Member, idBase: string): Entry => {
    const e: Entry = { name: m.p.name, aliases: [], roles: [], kind: m.p.kind, idSlug: slug(idBase) || 'person', first: m, names: [],
      nameKeys: new Set(), forms: new Map(), members: [], person: null };
    entries.push(e);
    return e;
  };
  for (const m of members) {
    const p = m.p;
    let e: Entry | undefined;
    if (isGeneric(p)) e = create(m, `${p.name} ${m.articleId.replace(/\.[^.]+$/, '')}`);
    else if (p.kind === 'organization') e = entries[0] ?? create(m, stripThe(p.name));
    else {
      const np = m.np!;
      if (np.given.length > 0) e = entries.find((x) => x.names.some((n) => n.given.length > 0 && sameName(n, np)));
      else {
        const full = entries.filter((x) => x.names.some((n) => n.given.length > 0));
        e = full.length === 1 ? full[0] : entries.find((x) => x.names.every((n) => n.given.length === 0));
      }
      e ??= create(m, p.name);
      const key = nameKey(np);
      if (!e.nameKeys.has(key)) { e.nameKeys.add(key); e.names.push(np); }
    }
    e.forms.set(p.name, (e.forms.get(p.name) ?? 0) + 1);
    for (const a of [p.name, ...p.aliases]) if (!e.aliases.includes(a)) e.aliases.push(a);
    for (const r of p.roles) if (!e.roles.includes(r)) e.roles.push(r);
    e.members.push(m);
  }
  // the canonical name: the full form written most often (first written on a tie)
  for (const e of entries) {
    const best = [...e.forms.entries()].sort((a, b) => Number(b[0].includes(' ')) - Number(a[0].includes(' ')) || b[1] - a[1])[0];
    if (best) e.name = best[0];
    e.aliases = e.aliases.filter((a) => a !== e.name);
  }
  return entries;
}

/** Ids made unique in merge order, and each entry's person: the one its members had when nothing about it
 *  changed, else a new one (a library still serving keeps its own persons as they were). */
function* publish(entries: readonly Entry[], chunk: number): Generator<void, { people: Person[]; renewed: Entry[] }> {
  const ids = new Set<string>();
  const people: Person[] = [];
  const renewed: Entry[] = [];
  for (const e of entries) {
    let id = e.idSlug;
    for (let n = 2; ids.has(id); n++) id = `${e.idSlug}-${n}`;
    ids.add(id);
    const was = e.first.entry?.person ?? null;
    const same = was && was.id === id && was.name === e.name && was.kind === e.kind
      && sameList(was.aliases, e.aliases) && sameList(was.roles, e.roles);
    const person = same ? was : { id, name: e.name, aliases: e.aliases, roles: e.roles, kind: e.kind };
    if (person !== was) renewed.push(e);
    e.person = person;
    for (const m of e.members) m.entry = e;
    people.push(person);
    if (people.length % chunk === 0) yield;
  }
  return { people, renewed };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, k) => x === b[k]);
