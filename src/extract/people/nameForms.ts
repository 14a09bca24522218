// Comparing names across spellings: diacritics, transliteration (Sergei/Sergey, Aliyev/Aliev,
// Lavrov/Lawrow) and initials. Two names are one person when the surnames fold alike and no given name
// contradicts: Heydar Aliyev and Ilham Aliyev stay two people.
import { stripDiacritics } from '../../text/normalize.js';
import { NAME_PARTICLES } from '../lexicon/lists.js';

/** A spelling key: lowercase letters, transliteration variants folded (y→i, w→v, doubled letters once). */
export function spellingKey(name: string): string {
  // plain ASCII needs no Unicode normalisation (the common case, and the hot path)
  return (/^[\x00-\x7f]*$/.test(name) ? name : stripDiacritics(name))
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, '')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1');
}

/** Given names agree: same spelling key, one an initial of the other, or a clear short form ("Alex"). */
export function givenNamesAgree(a: string, b: string): boolean {
  return keysAgree(spellingKey(a), spellingKey(b));
}

/** givenNamesAgree on spelling keys already computed. */
export function keysAgree(ka: string, kb: string): boolean {
  if (!ka || !kb) return true;
  if (ka === kb) return true;
  if (ka.length === 1 || kb.length === 1) return ka[0] === kb[0];
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return short.length >= 4 && long.startsWith(short);
}

/** The given-name parts of a name: everything but the surname, initials and particles kept. */
export interface NameParts {
  given: string[];
  surname: string;
  /** spellingKey of the surname and of the first given name ('' when none), computed once. */
  surnameKey: string;
  givenKey: string;
}

/** Generational suffixes that close a name ("Jr.", "III"). */
export const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

export function splitName(parts: readonly string[]): NameParts {
  const ps = parts.filter((p) => !NAME_SUFFIXES.has(p.toLowerCase().replace(/\.$/, '')));
  const make = (given: string[], surname: string): NameParts =>
    ({ given, surname, surnameKey: spellingKey(surname), givenKey: given[0] ? spellingKey(given[0]) : '' });
  if (ps.length === 0) return make([], parts.at(-1) ?? '');
  let s = ps.length - 1;
  // (a capitalised particle that opens the name is a given name: "Ben Carson", "Al Sharpton")
  while (s > 0 && NAME_PARTICLES.has(ps[s - 1]!.toLowerCase()) && (s > 1 || /^\p{Ll}/u.test(ps[0]!))) s--;
  return make(ps.slice(0, s), ps.slice(s).join(' '));
}

/** Same person by name: surnames fold alike and the first given names (when both have one) agree. */
export function sameName(a: NameParts, b: NameParts): boolean {
  if (a.surnameKey !== b.surnameKey) return false;
  return keysAgree(a.givenKey, b.givenKey);
}
