// Name mentions in one paragraph: runs of capitalised words, split into a title or role ("Russian Foreign
// Minister", "Mr.", "former President of Azerbaijan") and the name proper ("Sergei Lavrov"). Runs holding
// organisation words ("Ministry", "Post") are organisations. Token-based and linear.
import { DEMONYMS, HONORIFICS, MONTH_SURNAMES, NOT_NAME_WORDS, ORG_WORDS, ROLE_MODIFIERS, ROLE_NOUNS } from './lexicon.js';
import { wordTokens, type Tok } from './wordTokens.js';
import { NAME_SUFFIXES } from './nameForms.js';
import { NAME_PARTICLES, OPENING_VERBS, PLACE_OPENERS } from '../lexicon/lists.js';

export interface NameMention {
  /** Offsets of the name proper in the paragraph. */
  start: number;
  end: number;
  /** Name tokens as written ("Sergei", "Lavrov"); possessive "'s" removed. */
  parts: string[];
  /** Title or role written before the name ("Russian Foreign Minister", "Senator"), if any. */
  role: string | null;
  /** Gender implied by an honorific ("Mr.", "Mrs."), if any. */
  gender: 'male' | 'female' | null;
  /** A title or honorific stands right before the name: a lone surname after it is surely a person. */
  titled: boolean;
  kind: 'person' | 'organization';
  /** Index of the first token of the mention including its title (for scanning what precedes it). */
  firstTok: number;
  lastTok: number;
}

const COUNTRIES = new Set(DEMONYMS.values());
/** Month names that are also surnames, after a given name only. */
const ROLE_LINKS = new Set(['of', 'for']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

const bare = (t: Tok) => (t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower);
const isPossessive = (t: Tok) => t.lower.endsWith("'s");
const isInitial = (t: Tok) => t.dot && /^\p{Lu}$/u.test(t.text);
/** "New" of "New York", written with a capital only ("NEW" of a headline is not read as one). */
const isPlaceOpener = (t: Tok) => PLACE_OPENERS.has(t.lower) && t.text === t.text.charAt(0).toUpperCase() + t.lower.slice(1);
const isRoleWord = (w: string) => ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w) || DEMONYMS.has(w) || HONORIFICS.has(w);
/** A word that cannot be part of a person's name proper. */
const notNamePart = (w: string) => isRoleWord(w) || NOT_NAME_WORDS.has(w) || COUNTRIES.has(w) || ORG_WORDS.has(w);

/** Only white space (and a title's point) between two tokens. */
function adjacent(text: string, a: Tok, b: Tok): boolean {
  const abbreviation = a.dot && (isInitial(a) || HONORIFICS.has(a.lower));
  for (let i = a.end + (abbreviation ? 1 : 0); i < b.start; i++) if (!/\s/.test(text[i]!)) return false;
  return b.start > a.end;
}

export function findNameMentions(text: string, toks: Tok[] = wordTokens(text)): NameMention[] {
  const out: NameMention[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!toks[i]!.cap) { i++; continue; }
    // a run of capitalised words (with name particles and initials inside), joined by spaces only
    let j = i;
    while (j + 1 < toks.length && !isPossessive(toks[j]!) && adjacent(text, toks[j]!, toks[j + 1]!) &&
      (toks[j + 1]!.cap || (NAME_PARTICLES.has(toks[j + 1]!.lower) && toks[j + 2]?.cap === true))) j++;
    const run = toks.slice(i, j + 1);
    const m = mentionOf(text, toks, i, run);
    if (m) out.push(m);
    i = j + 1;
  }
  return out;
}

/** The mention of an organisation a run names (a leading "The" is not part of it). */
function organisationMention(run: Tok[], first: number): NameMention | null {
  const k = NOT_NAME_WORDS.has(bare(run[0]!)) ? 1 : 0;
  if (k >= run.length) return null;
  return {
    start: run[k]!.start, end: run.at(-1)!.start + bare(run.at(-1)!).length, parts: run.slice(k).map((t) => t.text.replace(/['\u2019]s$/, '')),
    role: null, gender: null, titled: false, kind: 'organization', firstTok: first + k, lastTok: first + run.length - 1,
  };
}

type Honorific = { role: string | null; gender: 'male' | 'female' | null };

/** The title or role before a name: an honorific, or back over role words, capitalised words and "of"/"for" links
 *  ("former President of Azerbaijan", "Trump campaign spokesman"; it needs an office noun). `r` is its first token. */
function titleBefore(
  text: string,
  toks: Tok[],
  nameStartTok: number,
): { r: number; role: string | null; honorific: Honorific | undefined } {
  const before = toks[nameStartTok - 1];
  if (!before || !adjacent(text, before, toks[nameStartTok]!)) return { r: nameStartTok, role: null, honorific: undefined };
  const honorific = before.dot || before.lower.length <= 4 ? HONORIFICS.get(before.lower) : undefined;
  if (honorific) return { r: nameStartTok - 1, role: honorific.role, honorific };
  let k = nameStartTok;
  let noun = false;
  while (k > 0 && nameStartTok - k < 8) {
    const p = toks[k - 1]!;
    if (!adjacent(text, p, toks[k]!) || DETERMINERS.has(p.lower) || isPossessive(p)) break;
    if (ROLE_LINKS.has(p.lower)) {
      const q = toks[k - 2];
      if (q && adjacent(text, q, p) && (q.cap || isRoleWord(q.lower))) {
        k--;
        continue;
      }
      break;
    }
    if (ROLE_NOUNS.has(p.lower)) noun = true;
    else if (!isRoleWord(p.lower) && !(p.cap && !NOT_NAME_WORDS.has(p.lower))) break;
    k--;
  }
  while (k < nameStartTok && ROLE_LINKS.has(toks[k]!.lower)) k++;
  if (!noun || k >= nameStartTok) return { r: nameStartTok, role: null, honorific: undefined };
  return { r: k, role: text.slice(toks[k]!.start, toks[nameStartTok - 1]!.end), honorific: undefined };
}

function mentionOf(text: string, toks: Tok[], first: number, run: Tok[]): NameMention | null {
  const words = run.map(bare);
  // part of an organisation's name: "Department of Homeland Security", "University of Utah"
  const linkBefore = toks[first - 1];
  const partOfName =
    linkBefore !== undefined &&
    (linkBefore.lower === 'of' || linkBefore.lower === 'for' || linkBefore.lower === 'on') &&
    ORG_WORDS.has(toks[first - 2]?.lower ?? '') &&
    /^\s+$/.test(text.slice(linkBefore.end, run[0]!.start));
  if (ORG_WORDS.has(words.at(-1)!) || partOfName) {
    // "The New York Times", "Ministry of Defence": an organisation
    return organisationMention(run, first);
  }
  // "North Korea", "South Africa": a country of several words is no "given name + surname"
  // ("Although North Korea is …": the country may close a longer run)
  for (let k = 0; k < words.length - 1; k++) if (COUNTRIES.has(words.slice(k).join(' '))) return null;
  // the name proper: the longest tail of the run free of role words, initials and particles allowed inside
  let s = run.length;
  while (s > 0) {
    const t = run[s - 1]!;
    const w = bare(t);
    // an office noun ending a run after a plain name word is a surname ("Larry King"), as after "Mr."
    const prevWord = s >= 2 ? run[s - 2] : toks[first - 1];
    const month = MONTH_SURNAMES.has(w) && s >= 2 && !notNamePart(bare(run[s - 2]!)); // "Theresa May"
    const surnameLike =
      month ||
      (s === run.length &&
        (ROLE_NOUNS.has(w) || COUNTRIES.has(w)) &&
        !ORG_WORDS.has(w) &&
        prevWord !== undefined &&
        (!notNamePart(bare(prevWord)) ||
          (HONORIFICS.has(prevWord.lower) && prevWord.dot && HONORIFICS.get(prevWord.lower)!.role === null)));
    if (notNamePart(w) && !isInitial(t) && !surnameLike) break;
    if (/^\d/.test(w)) break;
    // "MPs", "CEOs": an acronym in the plural names a group, never a person
    if (/^\p{Lu}{2,}s$/u.test(t.text.replace(/['\u2019]s$/, ''))) break;
    s--;
  }
  if (s === run.length) return null;
  // "The Daily Beast", "The Harbour Beacon": a run that opens with "The" names a title or an organisation, unless a
  // title stands before the name ("The Rev. Al Sharpton"); without "The", "… the Washington Post Trump said" keeps
  // its person
  if (s > 0 && words[0] === 'the' && !isRoleWord(bare(run[s - 1]!))) return organisationMention(run, first);
  while (s < run.length && (NAME_PARTICLES.has(run[s]!.text) || isInitial(run[s]!))) s++;
  // "Said Ellis: …": a verb of saying that opens a sentence before a name is not part of it
  if (s === 0 && run.length > 1 && OPENING_VERBS.has(bare(run[0]!)) && (first === 0 || /[.!?:"\u201c\u201d]\s*$/.test(text.slice(toks[first - 1]!.end, run[0]!.start)))) s = 1;
  if (s >= run.length) return null;
  // "the Eternal Flame": a whole run after "the" is a thing, not a person
  if (s === 0 && toks[first - 1]?.lower === 'the') return null;
  const parts = run.slice(s);
  // at most four names, particles not counted ("Luiz Inacio Lula da Silva")
  if (parts.filter((t) => !NAME_PARTICLES.has(t.text.toLowerCase())).length > 4) return null;
  // "New York", "San Diego", "West Virginia": a place, whatever follows
  if (parts.length > 1 && isPlaceOpener(parts[0]!)) return null;
  // "MIDWAY ATOLL --", "THE BORROWING": capitals throughout are a dateline or a heading, not a name
  if (parts.length > 1 && parts.every((t) => /^\p{Lu}{2,}$/u.test(t.text))) return null;
  const last = parts.at(-1)!;
  if (isInitial(last) || last.text.length < 2) return null;
  const nameStartTok = first + s;
  const { r, role, honorific } = titleBefore(text, toks, nameStartTok);
  // ("James B. Comey Jr., the director": the suffix's point belongs to the name)
  const suffixDot = last.dot && NAME_SUFFIXES.has(last.lower) ? 1 : 0;
  return {
    start: parts[0]!.start,
    end: last.start + bare(last).length + suffixDot,
    parts: parts.map((t) => (isInitial(t) ? `${t.text}.` : t.text.replace(/['\u2019]s$/, ''))),
    role,
    gender: honorific?.gender ?? null,
    titled: r < nameStartTok,
    kind: 'person',
    firstTok: r,
    lastTok: first + run.length - 1,
  };
}
