// Speakers that are not one named person: organisations ("The Washington Post", "the ministry", "Russia")
// and unnamed sources ("a source", "officials", "critics"). The name is the phrase as the article writes it,
// so a reader sees who is meant; unnamed sources are only ever of their own article (see registry.ts).
import { DEMONYMS, GENERIC_SPEAKERS, ORG_WORDS, ROLE_NOUNS, SUBJECT_PRONOUNS, isRoleNoun } from './lexicon.js';
import { QUANTITY_HEADS, QUANTITY_WORDS, isNumeral, isPersonNoun } from '../lexicon/lists.js';

/** A source noun: "sources", "a spokesman", "the woman", "one caller". */
const generic = (w: string) => GENERIC_SPEAKERS.has(w) || isPersonNoun(w);
const quantityWord = (w: string) => QUANTITY_WORDS.has(w) || QUANTITY_HEADS.has(w) || /^\d[\d,.]*$/.test(w);

const COUNTRIES = new Set(DEMONYMS.values());
/** Words that open a phrase and are capitalised only because they open a sentence ("His aides say"). */
const OPENERS = new Set(['the', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'this', 'these', 'those']);
const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'two', 'three', 'several', 'many', 'some', 'other', 'unnamed', 'anonymous']);

export interface GroupSpeaker { key: string; name: string; kind: 'organization' }

const words = (phrase: string) => phrase.split(/\s+/).filter(Boolean);
const clean = (w: string) => w.toLowerCase().replace(/[\u2019']s$/, '').replace(/[^\p{L}\p{N}\-]/gu, '');

/** The group a speaker phrase names, or null when it names (or may name) one person. `personHead` tells
 *  whether the phrase's last word belongs to a person's name the article gives. */
export function groupSpeaker(phrase: string, personHead: boolean): GroupSpeaker | null {
  const ws = words(phrase);
  if (ws.length === 0 || personHead) return null;
  const lower = ws.map(clean);
  const folded = lower.join(' ');
  // "the experts I interviewed": the group is the one before a relative clause that has no "who", named in full
  const contact = lower.findIndex((w, i) => i > 0 && SUBJECT_PRONOUNS.has(w));
  if (contact > 0) {
    const group = groupSpeaker(ws.slice(0, contact).join(' '), personHead);
    return group && { key: `g:${folded}`, name: ws.join(' ').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()), kind: 'organization' };
  }
  const head = lower.at(-1)!;
  // "Thirty percent", "nearly nine out of 10", "a third": a share of those asked
  // ("Almost half of respondents", "55 percent of all voters": a share of a group)
  const share = lower.indexOf('of') > 0 ? lower.slice(0, lower.indexOf('of')) : lower;
  const ofGroup = share !== lower && generic(head);
  if (share.every(quantityWord) && share.some((w) => QUANTITY_HEADS.has(w) || isNumeral(w)) && (share === lower || ofGroup)) {
    return { key: `g:${folded}`, name: ws.join(' ').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()), kind: 'organization' };
  }
  if (INDEFINITE.has(lower[0]!) && (generic(head) || ROLE_NOUNS.has(head) || ROLE_NOUNS.has(head.replace(/s$/, '')))) {
    // "a Clinton spokesman", "another source": somebody the article does not name
    return { key: `g:${lower.join(' ')}`, name: ws.join(' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase()), kind: 'organization' };
  }
  if (lower.every((w) => generic(w) || INDEFINITE.has(w) || w === 'the' || w === 'many' || w === 'some')) {
    // "Republicans", "Democrats", "Police": a group, however it is capitalised
    return { key: `g:${folded}`, name: ws.join(' ').replace(/^The /, 'the '), kind: 'organization' };
  }
  // "Scott's family", "Clinton's aides": a group belonging to someone, kept as written
  if (ws.length === 2 && /^\p{Lu}.*[\u2019']s$/u.test(ws[0]!) && generic(head) && !ORG_WORDS.has(head)) {
    return { key: `g:${folded}`, name: ws.join(' '), kind: 'organization' };
  }
  const capital = ws.some((w, k) =>
    /^\p{Lu}/u.test(w) && !(k === 0 && (INDEFINITE.has(lower[0]!) || OPENERS.has(lower[0]!))) && lower[k] !== 'the');
  if (capital) {
    const body = lower[0] === 'the' ? ws.slice(1) : ws;
    const isOrg = lower.some((w) => ORG_WORDS.has(w)) || ws.some((w) => /^\p{Lu}{2,}$/u.test(w.replace(/[\u2019']s$/, ''))) ||
      COUNTRIES.has(lower.filter((w) => w !== 'the').join(' ')) || ws[0] === 'The';
    // "Opposition MPs", "Senate Democrats": a capitalised qualifier before a plural group noun; "Mexicans": a people
    const people = head.endsWith('s') && DEMONYMS.has(head.slice(0, -1));
    if (!isOrg && (generic(head) || people) && head.endsWith('s') && ws.length <= 3) {
      return { key: `g:${folded}`, name: ws.join(' ').replace(/^The /, 'the '), kind: 'organization' };
    }
    if (!isOrg || ROLE_NOUNS.has(head)) return null;
    // "The Washington Post" keeps its article; "The IMF" at a sentence start is the IMF
    const acronym = body.length === 1 && /^\p{Lu}{2,}$/u.test(body[0]!.replace(/[\u2019']s$/, ''));
    const name = (ws[0] === 'The' && !acronym ? ws : body).join(' ');
    return { key: `o:${name.toLowerCase()}`, name, kind: 'organization' };
  }
  if (generic(head) || (ROLE_NOUNS.has(head.replace(/s$/, '')) && INDEFINITE.has(lower[0]!)) || ORG_WORDS.has(head)) {
    return { key: `g:${folded}`, name: ws.join(' ').replace(/^The /, 'the '), kind: 'organization' };
  }
  return null;
}

/** The longest description kept as a speaker ("the former first lady and U.S. senator"). */
const DESCRIPTION_WORDS = 10;

/** A speaker described by a role the article gives no one by name ("the council's finance director"):
 *  kept under that description, as an unnamed source is. */
export function describedSpeaker(phrase: string, anyHead = false): GroupSpeaker | null {
  const ws = words(phrase);
  const lower = ws.map(clean);
  // the head is the last word, or the one before "of" ("the mother of three")
  const of = lower.indexOf('of');
  const head = of > 0 ? lower[of - 1]! : lower.at(-1)!;
  if (ws.length > DESCRIPTION_WORDS || (!anyHead && (ws.length < 2 || !isRoleNoun(head)))) return null;
  // "the council's finance director" reads in lowercase; a title or a name keeps its capital ("Ms. White")
  const opener = OPENERS.has(lower[0]!) || INDEFINITE.has(lower[0]!) || !/^\p{Lu}/u.test(ws[0]!);
  return { key: `g:${lower.join(' ')}`, name: opener ? ws.join(' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : ws.join(' '), kind: 'organization' };
}
