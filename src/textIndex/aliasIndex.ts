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
/** The phrases opening with one term: their lengths, and the people each names (by its terms, space-joined). */
interface FirstTerm { lengths: number[]; people: Map<string, number[]> }

/** People indexed between two pauses of a stepwise build. */
const FILL_CHUNK = 100;

export class AliasIndex {
  private readonly byFirst = new Map<string, Phrase[]>();
  private readonly phrasesOf: string[][][] = [];
  /** Surnames of people with a full name: "lavrov" from "Sergei Lavrov". */
  private readonly surnames = new Set<string>();
  /** `lookup`'s answers, dropped whenever a phrase is added. */
  private readonly lookups = new Map<string, FirstTerm>();

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
        this.lookups.clear();
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
    // each place in the claim a phrase names, with the one person it names
    const found: { person: number; start: number; length: number }[] = [];
    for (let i = 0; i < claimTerms.length; i++) {
      const first = this.lookup(claimTerms[i]!);
      if (!first) continue;
      for (const length of first.lengths) {
        if (i + length > claimTerms.length) continue;
        const named = first.people.get(length === 1 ? claimTerms[i]! : claimTerms.slice(i, i + length).join(' '));
        if (named?.length === 1) found.push({ person: named[0]!, start: i, length });
      }
    }
    found.sort((a, b) => b.length - a.length || a.start - b.start);
    const taken = new Set<number>();
    const groups: AliasGroup[] = [];
    for (const f of found) {
      const positions = Array.from({ length: f.length }, (_, j) => f.start + j);
      if (positions.some((p) => taken.has(p))) continue;
      for (const p of positions) taken.add(p);
      groups.push({ person: this.people[f.person]!, positions, alternatives: this.phrasesOf[f.person]! });
    }
    return groups;
  }

  /** The phrases opening with a term, by their terms, each with the people it names (worked out when a claim
   *  first holds the term: a word like "ministry" opens the names of thousands, and reading them one by one
   *  was most of a claim's analysis). */
  private lookup(first: string): FirstTerm | undefined {
    let out = this.lookups.get(first);
    if (out) return out;
    const bucket = this.byFirst.get(first);
    if (!bucket) return undefined;
    out = { lengths: [], people: new Map() };
    for (const ph of bucket) {
      const key = ph.terms.join(' ');
      const named = out.people.get(key);
      if (named) named.push(ph.person);
      else out.people.set(key, [ph.person]);
      if (!out.lengths.includes(ph.terms.length)) out.lengths.push(ph.terms.length);
    }
    this.lookups.set(first, out);
    return out;
  }
}
