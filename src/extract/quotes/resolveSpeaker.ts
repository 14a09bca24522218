// A speaker phrase to a person of the article: by the name in it, by a role the article gave someone
// ("the Russian foreign minister"), by pronoun (the last person of that gender named before), or as an
// organisation or unnamed source. Returns null rather than guess.
import { firstMentionAtOrAfter, type Mention, type PeopleIndexOfArticle } from '../people/locateMentions.js';
import { describedSpeaker, groupSpeaker } from '../people/speakerGroups.js';
import { ROLE_NOUNS } from '../people/lexicon.js';
import { roleWords } from '../people/roleWords.js';
import type { SpeakerPhrase } from '../grammar/speechCues.js';

/** How many paragraphs back a pronoun may reach for its person. */
const PRONOUN_REACH = 3;
export interface Place { paragraph: number; offset: number }

/** Tells whether an offset of a paragraph lies inside a quotation (names there are not antecedents). */
export type InQuote = (paragraph: number, offset: number) => boolean;

export interface SpeakerContext extends PeopleIndexOfArticle {
  /** Each person's roles as word lists, computed once. */
  roles: { key: string; roles: string[][] }[];
}

export function speakerContext(ix: PeopleIndexOfArticle): SpeakerContext {
  const roles = [...ix.byKey.values()].filter((p) => p.kind === 'person' && p.roles.length > 0)
    .map((p) => ({ key: p.key, roles: p.roles.map(roleWords).filter((r) => r.length > 0) }));
  return { ...ix, roles };
}

/** Tells whether a name ending at an offset of a paragraph is the subject of a verb of saying there. */
export type SpeaksAt = (paragraph: number, end: number) => boolean;

/** Tells whether a name starting at an offset of a paragraph opens its sentence (after a title at most):
 *  the subject, which a later pronoun most likely continues. */
export type OpensSentence = (paragraph: number, start: number) => boolean;

export function resolveSpeaker(phrase: SpeakerPhrase, at: Place, ctx: SpeakerContext, inQuote: InQuote, speaksAt: SpeaksAt = () => false,
  opensSentence: OpensSentence = () => false): string | null {
  const { mentions, byKey } = ctx;
  const here = firstMentionAtOrAfter(mentions, at.paragraph, at.offset);
  const lower = phrase.text.toLowerCase();

  if (phrase.category === 'pronoun') {
    const want = lower === 'he' ? 'male' : lower === 'she' ? 'female' : null;
    if (!want) return null;
    // the nearest person of that gender, unless one named in the same paragraph is the one speaking there
    // ("Trump says he makes a demand of Obama. “…?” he asks": Trump)
    let fallback: string | null = null;
    let nearest: Mention | null = null;
    // "Mr. Obama spoke of the statue of Abraham Lincoln. He said …": the subject before a nearer name
    let subject: Mention | null = null;
    for (let k = here - 1; k >= 0; k--) {
      const m = mentions[k]!;
      // past the nearest one's paragraph only to find a subject or speaker: "Fowler called for a plan. … loyalists to
      // Biden and Sanders, he said": he continues the subject before, not the names inside the report
      if (
        at.paragraph - m.paragraph > PRONOUN_REACH ||
        (nearest && (subject || nearest.paragraph - m.paragraph > 1) && m.paragraph !== nearest.paragraph)
      )
        break;
      if (inQuote(m.paragraph, m.start) || m.possessive) continue;
      const g = byKey.get(m.key)?.gender ?? null;
      if (g === want) {
        if (speaksAt(m.paragraph, m.end)) return m.key;
        nearest ??= m;
        if (!subject && opensSentence(m.paragraph, m.start)) subject = m;
      }
      // "Kerr Putney, the police chief, said …, but he said …": a speaker of unknown gender just before, in the same paragraph
      if (g === null && !nearest && m.paragraph === at.paragraph && speaksAt(m.paragraph, m.end)) return m.key;
      // a person of unknown gender only where they are the subject or a speaker, never any name nearby
      if (g === null && fallback === null && (speaksAt(m.paragraph, m.end) || opensSentence(m.paragraph, m.start))) fallback = m.key;
    }
    return subject?.key ?? nearest?.key ?? fallback;
  }

  // a name inside the phrase: its head (last) person mention
  let head: (typeof mentions)[number] | undefined;
  for (let k = firstMentionAtOrAfter(mentions, at.paragraph, phrase.start); k < mentions.length; k++) {
    const m = mentions[k]!;
    // (a name may end one point past the phrase: a suffix's, "Jr.")
    if (m.paragraph !== at.paragraph || m.end > phrase.end + 1) break;
    if (!m.possessive) head = m;
  }
  // the head ends the phrase, or the part before "of"/"for" ("Mr. Morgan of the Sierra Club", "Ana Ruiz for the Herald")
  const of = phrase.text.search(/\s(?:of|for)\s/);
  const headEnd = of > 0 ? phrase.start + of : phrase.end;
  if (head && Math.abs(headEnd - head.end) <= 1) return head.key;
  if (of > 0) {
    for (let k = firstMentionAtOrAfter(mentions, at.paragraph, phrase.start); k < mentions.length; k++) {
      const m = mentions[k]!;
      if (m.paragraph !== at.paragraph || m.end > headEnd + 1) break;
      if (Math.abs(headEnd - m.end) <= 1) return m.key;
    }
    // "Secretary of State John F. Kerry": no name before "of", the name ending the phrase is the speaker
    if (head && Math.abs(phrase.end - head.end) <= 1) return head.key;
  }

  // a lone surname that is also a country or role word ("Jordan said", "King said") after the full name
  if (!head && /^\p{Lu}[\p{L}'\u2019-]+$/u.test(phrase.text)) {
    const named = [...byKey.values()].filter(
      (p) => p.kind === 'person' && p.name.includes(' ') && p.name.split(' ').at(-1) === phrase.text,
    );
    if (named.length === 1) return named[0]!.key;
  }
  const group = groupSpeaker(phrase.text, false);
  if (group && byKey.has(group.key)) return group.key;

  // a role the article gave someone: the last such person named before, else the first
  const written = describedSpeaker(phrase.text, true);
  const words = roleWords(phrase.text);
  if (words.length === 0) return written && byKey.has(written.key) ? written.key : null;
  const headWord = words.at(-1)!;
  // "the former first lady and senator": a gendered word rules out the people of the other gender
  const gender = words.map((w) => ROLE_NOUNS.get(w) ?? null).find((g) => g !== null) ?? null;
  const fits = (p: { key: string }) => gender === null || byKey.get(p.key)?.gender !== (gender === 'male' ? 'female' : 'male');
  const exact = ctx.roles.filter((p) => fits(p) && p.roles.some((rw) => rw.at(-1) === headWord && words.every((w) => rw.includes(w))));
  const byHead =
    exact.length || words.length > 2 ? exact : ctx.roles.filter((p) => fits(p) && p.roles.some((rw) => rw.at(-1) === headWord));
  if (byHead.length === 0) {
    // "the Christie supporter", "a Sanders aide": a name inside a description is not the one speaking
    return written && byKey.has(written.key) ? written.key : head?.key ?? null;
  }
  if (byHead.length === 1) return byHead[0]!.key;
  const keys = new Set(byHead.map((p) => p.key));
  for (let k = here - 1; k >= 0; k--) if (keys.has(mentions[k]!.key)) return mentions[k]!.key;
  return byHead[0]!.key;
}
