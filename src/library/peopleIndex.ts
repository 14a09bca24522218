// People by name, alias or role, fuzzy: "Lavorv", "sergey lavrov", "the Russian foreign minister". An exact
// name or alias wins, then a role the articles gave (nationality and word order folded), then Fuse.js on
// names and aliases for typos, over the people a word index offers (a full Fuse.js scan of ten thousand people
// costs a keystroke's whole deadline).
import Fuse from 'fuse.js';
import type { Person } from '../model/contract.js';
import { roleWords } from '../extract/people/roleWords.js';
import { fold } from '../text/normalize.js';
import { NameCandidates } from './nameCandidates.js';

export interface PersonHit { person: Person; score: number }

/** Score of a role match: below an exact name, above most typo matches. */
const ROLE_SCORE = 0.9;

/** Most people Fuse.js ranks for one query; a broad prefix ("a") keeps the most quoted. */
const POOL_MAX = 200;

/** People indexed between two pauses of a stepwise build. */
const FILL_CHUNK = 200;

const FUSE_OPTIONS = { keys: ['name', 'aliases'], includeScore: true, ignoreLocation: true, threshold: 0.35 };

const key = (s: string) => fold(s).replace(/^(the|a|an)\s+/, '').replace(/['\u2019]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export class PeopleIndex {
  private readonly candidates: NameCandidates<Person>;
  private readonly exact = new Map<string, Person[]>();
  private readonly roles: { person: Person; words: string[] }[] = [];
  /** Everyone, most quoted first (ties in the articles' order): worked out once, not on every keystroke. */
  private mostQuoted: Person[] = [];

  /** With `stepwise`, the index fills only as `fill()` is stepped: a busy thread can pause between chunks. */
  constructor(readonly people: readonly Person[], private readonly quoteCount: ReadonlyMap<string, number>, stepwise = false) {
    // words worked out as the candidates fill, not all up front
    const named = function* (): Generator<[Person, string[]]> {
      for (const p of people) yield [p, [p.name, ...p.aliases].flatMap((n) => key(n).split(' '))];
    };
    this.candidates = new NameCandidates(named(), true);
    if (!stepwise) for (const _ of this.fill()) { /* all at once */ }
  }

  /** Indexes names, aliases and roles, yielding after every `chunk` people. */
  *fill(chunk = FILL_CHUNK): Generator<void> {
    yield* this.candidates.fill(chunk);
    let n = 0;
    for (const p of this.people) {
      for (const name of new Set([p.name, ...p.aliases].map(key))) {
        if (!name) continue;
        const list = this.exact.get(name) ?? [];
        list.push(p);
        this.exact.set(name, list);
      }
      for (const r of p.roles) this.roles.push({ person: p, words: roleWords(r) });
      if (++n % chunk === 0) yield;
    }
    const counts = Int32Array.from(this.people, (p) => this.quotesOf(p.id));
    const order = Int32Array.from(this.people, (_, k) => k).sort((a, b) => counts[b]! - counts[a]! || a - b);
    this.mostQuoted = Array.from(order, (k) => this.people[k]!);
  }

  /** Best first; among equals the most quoted. */
  find(name: string, limit = 10, typing = false): PersonHit[] {
    const q = name.slice(0, 100);
    const scores = new Map<Person, number>();
    const offer = (p: Person, s: number) => { if (s > (scores.get(p) ?? 0)) scores.set(p, s); };
    for (const p of this.exact.get(key(q)) ?? []) offer(p, 1);
    const words = roleWords(q);
    if (words.length > 0) {
      for (const r of this.roles) {
        if (r.words.at(-1) === words.at(-1) && words.every((w) => r.words.includes(w))) offer(r.person, ROLE_SCORE);
      }
    }
    const found = this.candidates.find(key(q).split(' ').filter(Boolean), typing);
    const pool = found.size > POOL_MAX ? this.mostQuotedOf(found) : [...found];
    if (pool.length > 0) {
      for (const r of new Fuse(pool, FUSE_OPTIONS).search(q, { limit: Math.max(limit, 10) })) offer(r.item, 1 - (r.score ?? 1));
    }
    if (typing) for (const p of pool) offer(p, 0.01); // a prefix still being typed is a suggestion, however weak
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || this.quotesOf(b[0].id) - this.quotesOf(a[0].id))
      .slice(0, limit)
      .map(([person, score]) => ({ person, score }));
  }

  /** Autocomplete: fuzzy on the input, most-quoted first when it is empty. */
  suggest(input: string, limit = 25): Person[] {
    if (!input.trim()) {
      return this.mostQuoted.slice(0, limit);
    }
    return this.find(input, limit, true).map((h) => h.person);
  }

  /** The POOL_MAX most quoted of many people: read off the most-quoted order rather than sorting them. */
  private mostQuotedOf(found: ReadonlySet<Person>): Person[] {
    const out: Person[] = [];
    for (const p of this.mostQuoted) {
      if (found.has(p)) out.push(p);
      if (out.length === POOL_MAX) break;
    }
    return out;
  }

  quotesOf(id: string): number {
    return this.quoteCount.get(id) ?? 0;
  }
}
