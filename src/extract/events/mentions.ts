// Where the article's people are named in a sentence: full name, aliases ("Lavrov"), and roles of two words
// or more ("his Azerbaijani counterpart", "the Russian foreign minister"). Matching is on folded text.
import { fold } from '../../text/normalize.js';
import type { LocalPerson } from '../types.js';

export interface Mention { key: string; start: number; end: number }

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The ways a person can be named, longest first so that "Ilham Aliyev" wins over "Aliyev". */
function namesOf(p: LocalPerson): string[] {
  const surname = p.kind === 'person' ? p.name.split(/\s+/).at(-1) ?? '' : '';
  const all = [p.name, ...p.aliases, ...p.roles.filter((r) => r.trim().split(/\s+/).length >= 2)];
  if (surname.length >= 3) all.push(surname);
  return [...new Set(all.map((n) => fold(n).replace(/^the\s+/, '')).filter((n) => n.length >= 3))];
}

/** A finder for one article's people, with each name's pattern compiled once. */
export function mentionFinder(people: readonly LocalPerson[]): (sentence: string) => Mention[] {
  const patterns = people.flatMap((p) =>
    namesOf(p).map((n) => ({ key: p.key, re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(n)}(?![\\p{L}\\p{N}])`, 'gu') })));
  return (sentence) => {
    // fold() keeps length except where it collapses white space; offsets are approximate in that case only
    const text = fold(sentence);
    const found: Mention[] = [];
    for (const { key, re } of patterns) {
      for (const m of text.matchAll(re)) found.push({ key, start: m.index, end: m.index + m[0].length });
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
