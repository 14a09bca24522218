// Where each known person is named in the article, in reading order: the recency list that pronouns and
// roles are resolved against. A lone surname shared by two people ("Aliyev") goes to the one named last.
import type { Article } from '../../parse/article.js';
import type { LocalPerson } from '../types.js';
import { findNameMentions } from './nameMentions.js';
import { sameName, splitName, type NameParts } from './nameForms.js';
import { wordTokens, type Tok } from './wordTokens.js';

export interface Mention { key: string; paragraph: number; start: number; end: number; possessive: boolean }

export interface PeopleIndexOfArticle {
  /** Sorted by paragraph, then offset. */
  mentions: Mention[];
  byKey: Map<string, LocalPerson>;
  /** Each paragraph's words, for the later passes to reuse. */
  toks: Tok[][];
}

/** Name parts of every plain-name alias: "Sergey Lavrov" yes, "President Aliyev" no (a title is not a name). */
function nameForms(p: LocalPerson): NameParts[] {
  return [p.name, ...p.aliases]
    .filter((a) => /^[\p{Lu}][\p{L}'\u2019.\- ]*$/u.test(a) && a.split(' ').length <= 4)
    .map((a) => splitName(a.split(' ')));
}

/** Index of the first mention at or after a place (binary search). */
export function firstMentionAtOrAfter(mentions: readonly Mention[], paragraph: number, offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid]!;
    if (m.paragraph < paragraph || (m.paragraph === paragraph && m.start < offset)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "President Obama" between Barack and Michelle Obama: the one whose role or gender the title fits, when
 *  that narrows it down; otherwise all of them, for recency to decide. */
function byTitle(keys: string[], role: string | null, gender: 'male' | 'female' | null, byKey: ReadonlyMap<string, LocalPerson>): string[] {
  let out = keys;
  if (gender) {
    const fit = out.filter((k) => byKey.get(k)?.gender !== (gender === 'male' ? 'female' : 'male'));
    if (fit.length > 0) out = fit;
  }
  const head = role?.toLowerCase().split(/\s+/).at(-1);
  if (head && out.length > 1) {
    const fit = out.filter((k) => byKey.get(k)?.roles.some((r) => r.toLowerCase().split(/\s+/).includes(head)));
    if (fit.length > 0) out = fit;
  }
  return out;
}

/** `toks` are each paragraph's words when the caller has them already. */
export function locateMentions(article: Article, people: readonly LocalPerson[], toks?: readonly Tok[][]): PeopleIndexOfArticle {
  const bySurname = new Map<string, { key: string; n: NameParts }[]>();
  const byGiven = new Map<string, Set<string>>();
  for (const p of people) {
    if (p.kind !== 'person') continue;
    for (const n of nameForms(p)) {
      const list = bySurname.get(n.surnameKey) ?? [];
      list.push({ key: p.key, n });
      bySurname.set(n.surnameKey, list);
      if (n.givenKey) byGiven.set(n.givenKey, (byGiven.get(n.givenKey) ?? new Set()).add(p.key));
    }
  }
  const byKey = new Map(people.map((p) => [p.key, p]));
  const mentions: Mention[] = [];
  const last = new Map<string, number>();
  const toksOf: Tok[][] = [];
  article.paragraphs.forEach((para, k) => {
    const words = toks?.[k] ?? wordTokens(para.text);
    toksOf.push(words);
    for (const m of findNameMentions(para.text, words)) {
      if (m.kind !== 'person') continue;
      const np = splitName(m.parts);
      let keys = [...new Set((bySurname.get(np.surnameKey) ?? []).filter((c) => sameName(c.n, np)).map((c) => c.key))];
      if (keys.length === 0 && m.parts.length === 1) keys = [...(byGiven.get(np.surnameKey) ?? [])];
      if (keys.length === 0) continue;
      if (keys.length > 1) keys = byTitle(keys, m.role, m.gender, byKey);
      const key = keys.length === 1 ? keys[0]! : keys.reduce((a, b) => ((last.get(b) ?? -1) > (last.get(a) ?? -1) ? b : a));
      last.set(key, k * 1e7 + m.start);
      const possessive = /^['\u2019]s\b/.test(para.text.slice(m.end, m.end + 3));
      mentions.push({ key, paragraph: k, start: m.start, end: m.end, possessive });
    }
  });
  return { mentions, byKey, toks: toksOf };
}
