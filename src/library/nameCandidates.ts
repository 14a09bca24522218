// The candidate stage for people: every word of every name and alias, found by prefix (autocomplete types
// names a few letters at a time) or within one typo (a deletion index, as in SymSpell). Fuse.js then ranks
// a few dozen people instead of scanning ten thousand on every keystroke.
import { deletions } from '../text/edits.js';
import { lowerBound } from '../text/lowerBound.js';

/** Words shorter than this get no typo lookup: one edit of a three-letter word is another word. */
const TYPO_MIN = 4;
/** A prefix shared by more vocabulary words than this ("a", "ma") is too broad to be a candidate stage. */
const PREFIX_MAX_WORDS = 500;
/** Entries (or vocabulary words) indexed between two pauses of a stepwise build. */
const FILL_CHUNK = 200;

export class NameCandidates<T> {
  private readonly byWord = new Map<string, T[]>();
  private sorted: string[] = [];
  private readonly deletes = new Map<string, string[]>();

  /** With `stepwise`, nothing is indexed until `fill()` is stepped: a busy thread can pause between chunks. */
  constructor(private readonly entries: Iterable<[item: T, words: string[]]>, stepwise = false) {
    if (!stepwise) for (const _ of this.fill()) { /* all at once */ }
  }

  /** Indexes the entries' words, then their typo forms, yielding after every `chunk` entries or words. */
  *fill(chunk = FILL_CHUNK): Generator<void> {
    let n = 0;
    for (const [item, words] of this.entries) {
      for (const w of new Set(words)) {
        if (!w) continue;
        const list = this.byWord.get(w);
        if (list) { if (list[list.length - 1] !== item) list.push(item); } else this.byWord.set(w, [item]);
      }
      if (++n % chunk === 0) yield;
    }
    this.sorted = [...this.byWord.keys()].sort();
    yield;
    n = 0;
    for (const w of this.sorted) {
      if (w.length < TYPO_MIN) continue;
      for (const d of deletions(w)) {
        const list = this.deletes.get(d);
        if (list) list.push(w); else this.deletes.set(d, [w]);
      }
      if (++n % chunk === 0) yield;
    }
  }

  /** Vocabulary words matching one query word: itself, words it begins (when `prefix`), words one edit away. */
  words(word: string, prefix: boolean): string[] {
    const found = new Set<string>();
    if (this.byWord.has(word)) found.add(word);
    if (prefix) {
      const from = lowerBound(this.sorted, word);
      const end = Math.min(this.sorted.length, from + PREFIX_MAX_WORDS);
      for (let i = from; i < end && this.sorted[i]!.startsWith(word); i++) found.add(this.sorted[i]!);
    }
    if (word.length >= TYPO_MIN) for (const d of deletions(word)) for (const w of this.deletes.get(d) ?? []) found.add(w);
    return [...found];
  }

  /** Items named by any of the query's words; the last word is matched as a prefix too (it is still being typed). */
  find(queryWords: string[], prefixLast: boolean): Set<T> {
    const out = new Set<T>();
    queryWords.forEach((qw, k) => {
      for (const w of this.words(qw, prefixLast && k === queryWords.length - 1)) for (const item of this.byWord.get(w) ?? []) out.add(item);
    });
    return out;
  }
}
