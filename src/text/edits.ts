// One-edit spelling tools shared by every typo-tolerant lookup: "Lavorv" reaches "Lavrov".

/** The word and every string made by deleting one of its characters: two words one edit apart share one
 *  (the deletion index of SymSpell). */
export function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** At most one edit apart (insert, delete, substitute, or swap two neighbours), for names spelt two ways. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** Folded letters of the other scripts Byline indexes (folding has already made "й" "и" and "ё" "е"). */
const CYRILLIC = 'абвгдежзиклмнопрстуфхцчшщъыьэюяєіґ';
const GEORGIAN = 'აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ';
const ARMENIAN = 'աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ';

/** The letters a word's typos are made of: its own script's. */
function alphabetOf(word: string): string {
  const c = word.charCodeAt(0);
  if (c < 0x400) return ALPHABET;
  if (c <= 0x52f) return CYRILLIC;
  if (c >= 0x531 && c <= 0x58f) return ARMENIAN;
  if (c >= 0x10a0 && c <= 0x10ff) return GEORGIAN;
  return ALPHABET;
}

/** Every string one edit from `word`: deletions, adjacent swaps, substitutions and insertions. */
export function oneEditVariants(word: string): string[] {
  const out: string[] = [];
  const letters = alphabetOf(word);
  for (let i = 0; i <= word.length; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (b) out.push(a + b.slice(1));
    if (b.length > 1) out.push(a + b[1] + b[0] + b.slice(2));
    for (const c of letters) {
      if (b) out.push(a + c + b.slice(1));
      out.push(a + c + b);
    }
  }
  return out;
}
