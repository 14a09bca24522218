// Where each known person is named in the article, in reading order: the recency list that pronouns and
// roles are resolved against. A lone surname shared by two people ("Aliyev") goes to the one named last.
import type { Article } from '../../parse/article.js';
import type { LocalPerson } from '../types.js';
import { findNameMentions } from './nameMentions.js';
import { givenNamesAgree, sameName, spellingKey, splitName, type NameParts } from './nameForms.js';
import { wordTokens } from './wordTokens.js';

export interface Mention { key: string; paragraph: number; start: number; end: number; possessive: boolean }

export interface PeopleIndexOfArticle {
  mentions: Mention[];
  byKey: Map<string, LocalPerson>;
}

/** Name parts of every plain-name alias: "Sergey Lavrov" yes, "President Aliyev" no (a title is not a name). */
function nameForms(p: LocalPerson): NameParts[] {
  return [p.name, ...p.aliases]
    .filter((a) => /^[\p{Lu}][\p{L}'\u2019.\- ]*$/u.test(a) && a.split(' ').length <= 4)
    .map((a) => splitName(a.split(' ')));
}

export function locateMentions(article: Article, people: readonly LocalPerson[]): PeopleIndexOfArticle {
  const persons = people.filter((p) => p.kind === 'person');
  const bySurname = new Map<string, { p: LocalPerson; n: NameParts }[]>();
  for (const p of persons) {
    for (const n of nameForms(p)) {
      const k = spellingKey(n.surname);
      const list = bySurname.get(k) ?? [];
      list.push({ p, n });
      bySurname.set(k, list);
    }
  }
  const mentions: Mention[] = [];
  const last = new Map<string, number>();
  article.paragraphs.forEach((para, k) => {
    const toks = wordTokens(para.text);
    for (const m of findNameMentions(para.text, toks)) {
      if (m.kind !== 'person') continue;
      const np = splitName(m.parts);
      let cands = (bySurname.get(spellingKey(np.surname)) ?? []).filter((c) => sameName(c.n, np));
      if (cands.length === 0 && m.parts.length === 1) {
        cands = persons.flatMap((p) => nameForms(p).filter((n) => n.given[0] && givenNamesAgree(n.given[0], np.surname) && spellingKey(n.given[0]) === spellingKey(np.surname)).map((n) => ({ p, n })));
      }
      const keys = [...new Set(cands.map((c) => c.p.key))];
      if (keys.length === 0) continue;
      const key = keys.length === 1 ? keys[0]! : [...keys].sort((a, b) => (last.get(b) ?? -1) - (last.get(a) ?? -1))[0]!;
      const position = k * 1e7 + m.start;
      last.set(key, position);
      const possessive = /^['\u2019]s\b/.test(para.text.slice(m.end, m.end + 3));
      mentions.push({ key, paragraph: k, start: m.start, end: m.end, possessive });
    }
  });
  return { mentions, byKey: new Map(people.map((p) => [p.key, p])) };
}
