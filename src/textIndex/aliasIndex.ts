// People by every way articles name them: full name, surname, spelling variants, and roles of two words or
// more ("the Russian foreign minister"). A claim naming someone one way is matched by a sentence naming
// them another. One-word roles ("president") say too little to stand for a person and are left out.
import type { Person } from '../model/contract.js';
import { terms } from '../text/tokens.js';

export interface AliasGroup {
  person: Person;
  /** Positions in the claim's term list the matched phrase covers. */
  positions: number[];
  /** Every way of naming the person, as term lists: a passage holding all terms of one names them. */
  alternatives: string[][];
}

interface Phrase { person: number; terms: string[] }

/** People indexed between two pauses of a stepwise build. */
const FILL_CHUNK = 100;

export class AliasIndex {
  private readonly byFirst = new Map<string, Phrase[]>();
  private readonly phrasesOf: string[][][] = [];
  /** Surnames of people with a full name: "lavrov" from "Sergei Lavrov". */
  private readonly surnames = new Set<string>();

  /** With `stepwise`, the index fills only as `fill()` is stepped: a busy thread can pause between chunks. */
  constructor(private readonly people: readonly Person[], stepwise = false) {
    if (!stepwise) for (const _ of this.fill()) { /* all at once */ }
  }

  /** Indexes every way of naming each person, yielding after every `chunk` people. */
  *fill(chunk = FILL_CHUNK): Generator<void> {
    for (let k = 0; k < this.people.length; k++) {
      const p = this.people[k]!;
      const seen = new Set<string>();
      const list: string[][] = [];
      const add = (text: string, minTerms: number) => {
        const ts = terms(text);
        const key = ts.join(' ');
        if (ts.length < minTerms || seen.has(key)) return;
        seen.add(key);
        list.push(ts);
        const bucket = this.byFirst.get(ts[0]!);
        const phrase = { person: k, terms: ts };
        if (bucket) bucket.push(phrase);
        else this.byFirst.set(ts[0]!, [phrase]);
      };
      add(p.name, 1);
      const full = terms(p.name);
      if (full.length >= 2 && full.at(-1)!.length >= 3) {
        add(p.name.split(/\s+/).at(-1)!, 1);
        this.surnames.add(full.at(-1)!);
      }
      for (const a of p.aliases) add(a, 1);
      for (const r of p.roles) add(r, 2);
      this.phrasesOf.push(list);
      if ((k + 1) % chunk === 0) yield;
    }
  }

  /** Whether a term is the surname of someone with a full name (a person, not a place). */
  isSurname(term: string): boolean {
    return this.surnames.has(term);
  }

  /** The people a claim names, longest phrase first; a phrase naming two people at once is ambiguous and
   *  skipped. */
  groupsIn(claimTerms: readonly string[]): AliasGroup[] {
    const taken = new Set<number>();
    const found: { person: number; start: number; length: number }[] = [];
    for (let i = 0; i < claimTerms.length; i++) {
      for (const ph of this.byFirst.get(claimTerms[i]!) ?? []) {
        if (ph.terms.every((t, j) => claimTerms[i + j] === t)) found.push({ person: ph.person, start: i, length: ph.terms.length });
      }
    }
    found.sort((a, b) => b.length - a.length || a.start - b.start);
    // how many people each phrase place names, counted once (a word like "ministry" can name thousands)
    const named = new Map<string, Set<number>>();
    for (const f of found) {
      const key = `${f.start}:${f.length}`;
      const set = named.get(key);
      if (set) set.add(f.person); else named.set(key, new Set([f.person]));
    }
    const groups: AliasGroup[] = [];
    for (const f of found) {
      const positions = Array.from({ length: f.length }, (_, j) => f.start + j);
      if (positions.some((p) => taken.has(p))) continue;
      if (named.get(`${f.start}:${f.length}`)!.size > 1) continue;
      for (const p of positions) taken.add(p);
      groups.push({ person: this.people[f.person]!, positions, alternatives: this.phrasesOf[f.person]! });
    }
    return groups;
  }
}
