// Where the article's people are named in a sentence: full name, aliases ("Lavrov"), and roles of two words
// or more ("his Azerbaijani counterpart", "the Russian foreign minister"). Matching is on folded text.
import { fold } from '../../text/normalize.js';
import type { LocalPerson } from '../types.js';

export interface Mention { key: string; start: number; end: number }

/** No letter or digit just before (or, for the second, at) an offset: a name there stands as whole words. */
const NOTHING_BEFORE = /(?<![\p{L}\p{N}])/uy;
const NOTHING_AT = /(?![\p{L}\p{N}])/uy;

function boundary(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** Where `name` occurs in `text` as whole words, left to right, never overlapping. A substring search with
 *  two shared boundary checks: a Unicode pattern per name costs more to compile than all of its matching. */
function occurrences(text: string, name: string): number[] {
  const out: number[] = [];
  let at = text.indexOf(name);
  while (at >= 0) {
    const whole = boundary(NOTHING_BEFORE, text, at) && boundary(NOTHING_AT, text, at + name.length);
    if (whole) out.push(at);
    at = text.indexOf(name, whole ? at + name.length : at + 1);
  }
  return out;
}

/** The ways a person can be named, longest first so that "Ilham Aliyev" wins over "Aliyev". */
function namesOf(p: LocalPerson): string[] {
  const surname = p.kind === 'person' ? p.name.split(/\s+/).at(-1) ?? '' : '';
  const all = [p.name, ...p.aliases, ...p.roles.filter((r) => r.trim().split(/\s+/).length >= 2)];
  if (surname.length >= 3) all.push(surname);
  return [...new Set(all.map((n) => fold(n).replace(/^the\s+/, '')).filter((n) => n.length >= 3))];
}

/** A finder for one article's people. */
export function mentionFinder(people: readonly LocalPerson[]): (sentence: string) => Mention[] {
  const names = people.flatMap((p) => namesOf(p).map((name) => ({ key: p.key, name })));
  return (sentence) => {
    // fold() keeps length except where it collapses white space; offsets are approximate in that case only
    const text = fold(sentence);
    const found: Mention[] = [];
    for (const { key, name } of names) {
      for (const at of occurrences(text, name)) found.push({ key, start: at, end: at + name.length });
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Mention[] = [];
    for (const m of found) {
      const prev = out[out.length - 1];
      if (prev && m.start < prev.end) continue; // a shorter name inside a longer one already taken
      out.push(m);
    }
    return out;
  };
}
