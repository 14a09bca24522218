// A speaker phrase to a person of the article: by the name in it, by a role the article gave someone
// ("the Russian foreign minister"), by pronoun (the last person of that gender named before), or as an
// organisation or unnamed source. Returns null rather than guess.
import { DEMONYMS } from '../people/lexicon.js';
import type { PeopleIndexOfArticle } from '../people/locateMentions.js';
import { groupSpeaker } from '../people/speakerGroups.js';
import type { SpeakerPhrase } from './speechCues.js';

/** How many paragraphs back a pronoun may reach for its person. */
const PRONOUN_REACH = 3;
const DROP = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'of', 'for', 'and', 'former', 'then', 'now', 'current']);

/** A role as a set of words, nationalities as their country: "Azerbaijani President" ≈ "the president of Azerbaijan". */
export function roleWords(role: string): string[] {
  const out: string[] = [];
  for (const w of role.toLowerCase().replace(/[\u2019']s\b/g, '').split(/[^\p{L}\p{N}.\-]+/u)) {
    const bare = w.replace(/\.$/, '');
    if (!bare || DROP.has(bare)) continue;
    out.push(...(DEMONYMS.get(bare) ?? bare).split(' '));
  }
  return out;
}

export interface Place { paragraph: number; offset: number }

/** Tells whether an offset of a paragraph lies inside a quotation (names there are not antecedents). */
export type InQuote = (paragraph: number, offset: number) => boolean;

export function resolveSpeaker(phrase: SpeakerPhrase, at: Place, ctx: PeopleIndexOfArticle, inQuote: InQuote): string | null {
  const { mentions, byKey } = ctx;
  const before = (m: { paragraph: number; start: number }) => m.paragraph < at.paragraph || (m.paragraph === at.paragraph && m.start < at.offset);
  const lower = phrase.text.toLowerCase();

  if (phrase.category === 'pronoun') {
    const want = lower === 'he' ? 'male' : lower === 'she' ? 'female' : null;
    if (!want) return null;
    let fallback: string | null = null;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (!before(m)) continue;
      if (at.paragraph - m.paragraph > PRONOUN_REACH) break;
      if (inQuote(m.paragraph, m.start) || m.possessive) continue;
      const g = byKey.get(m.key)?.gender ?? null;
      if (g === want) return m.key;
      if (g === null && fallback === null) fallback = m.key;
    }
    return fallback;
  }

  // a name inside the phrase: its head (last) person mention
  const inside = mentions.filter((m) => m.paragraph === at.paragraph && m.start >= phrase.start && m.end <= phrase.end);
  const head = inside.filter((m) => !m.possessive).at(-1);
  if (head && phrase.end - head.end <= 1) return head.key;

  const group = groupSpeaker(phrase.text, false);
  if (group && byKey.has(group.key)) return group.key;

  // a role the article gave someone: the last such person named before, else any
  const words = roleWords(phrase.text);
  if (words.length === 0) return null;
  const headWord = words.at(-1)!;
  const people = [...byKey.values()].filter((p) => p.kind === 'person');
  const exact = people.filter((p) => p.roles.some((r) => {
    const rw = roleWords(r);
    return rw.at(-1) === headWord && words.every((w) => rw.includes(w));
  }));
  const byHead = exact.length ? exact : words.length <= 2 ? people.filter((p) => p.roles.some((r) => roleWords(r).at(-1) === headWord)) : [];
  if (byHead.length === 0) return head?.key ?? null;
  if (byHead.length === 1) return byHead[0]!.key;
  const keys = new Set(byHead.map((p) => p.key));
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (keys.has(m.key) && before(m)) return m.key;
  }
  return byHead[0]!.key;
}
