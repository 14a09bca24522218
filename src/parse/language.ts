// The language an article is written in: front matter's `language` when given, otherwise detected from the
// body. Georgian and Armenian are told by their scripts alone (one language each here); plainly English text
// by its function words; other Cyrillic and Latin text goes to franc-min's trigram models, restricted to the
// languages of that script, with English kept when the text is too short to tell or English scores close to
// the best (Byline's articles are mostly English, and an English article read as another language would lose
// every quote). Pure; no data loaded at run time beyond the models franc-min ships.
import { francAll } from 'franc-min';

/** Languages whose quotes, people, dates and events Byline reads. Other articles serve search and sources. */
export const READ_LANGUAGES: ReadonlySet<string> = new Set(['en']);

export const readsLanguage = (code: string): boolean => READ_LANGUAGES.has(code);

/** Letters of the body looked at to find the dominant script. */
const SCRIPT_SAMPLE = 2000;
/** Characters franc-min reads first; a verdict other than English is checked on the longer sample. */
const SHORT_SAMPLE = 400;
const LONG_SAMPLE = 1500;
/** Below this many letters franc-min's verdicts are noise (a 76-character English body came out Spanish):
 *  Latin text that short stays English, Cyrillic Russian. */
const MIN_LETTERS = 150;
/** Words only English writes often. Text in which they are this common is English without asking franc-min
 *  (a tenth of its cost): in English news they are a quarter of the words, in other languages next to none. */
const ENGLISH_MARKERS = new Set(('the of and that was with said for his were have has from this which would will they their by ' +
  'it be are been who its not but').split(' '));
const MARKER_SHARE = 0.12;
const MARKER_MIN = 8;
/** English is kept when its normalised franc score (the best is 1) reaches this. Measured: English text of
 *  120 characters or more scores at least 0.878 (1,409 dev-set bodies, windows at three offsets); paragraphs
 *  we wrote in other languages give English 0.67 to 0.82 (Italian the highest). */
const ENGLISH_KEPT = 0.87;

/** ISO 639-3 codes franc-min may answer with, per script: the languages news in this community comes in
 *  (English, Russian and its neighbours, the Caucasus and Central Asia, western Europe). */
const LATIN = ['eng', 'fra', 'deu', 'spa', 'ita', 'por', 'nld', 'pol', 'ces', 'ron', 'hun', 'swe', 'tur', 'azj', 'uzn'];
const CYRILLIC = ['rus', 'ukr', 'bel', 'bul', 'srp', 'kaz'];

type Script = 'latin' | 'cyrillic' | 'georgian' | 'armenian' | 'other';

function scriptOf(c: number): Script | null {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'latin';
  if (c < 0xc0) return null;
  if (c <= 0x24f) return c === 0xd7 || c === 0xf7 ? null : 'latin';
  if (c >= 0x400 && c <= 0x52f) return 'cyrillic';
  if (c >= 0x531 && c <= 0x58f) return 'armenian';
  if ((c >= 0x10a0 && c <= 0x10ff) || (c >= 0x1c90 && c <= 0x1cbf) || (c >= 0x2d00 && c <= 0x2d2f)) return 'georgian';
  if (c >= 0x1e00 && c <= 0x1eff) return 'latin';
  // typographic quotes, dashes and spaces: common in English, never letters
  if (c >= 0x2000 && c <= 0x206f) return null;
  return /\p{L}/u.test(String.fromCharCode(c)) ? 'other' : null;
}

/** The script most of the text's letters are in, and how many letters were counted. */
function dominantScript(text: string): { script: Script; letters: number } {
  const counts: Record<Script, number> = { latin: 0, cyrillic: 0, georgian: 0, armenian: 0, other: 0 };
  let letters = 0;
  for (let i = 0; i < text.length && letters < SCRIPT_SAMPLE; i++) {
    const s = scriptOf(text.charCodeAt(i));
    if (s) { counts[s]++; letters++; }
  }
  let script: Script = 'latin';
  for (const s of Object.keys(counts) as Script[]) if (counts[s] > counts[script]) script = s;
  return { script, letters };
}

/** A franc code ("rus", "azj") as a BCP 47 language ("ru", "az"). */
function bcp47(code: string): string {
  try {
    // Intl.Locale('und').language is undefined: keep franc's "undetermined" as a code
    return new Intl.Locale(Intl.getCanonicalLocales(code)[0]!).language ?? 'und';
  } catch {
    return code;
  }
}

function plainlyEnglish(text: string): boolean {
  let all = 0;
  let marks = 0;
  for (const m of text.slice(0, SHORT_SAMPLE * 2).matchAll(/[A-Za-z]+/g)) {
    all++;
    if (ENGLISH_MARKERS.has(m[0].toLowerCase())) marks++;
  }
  return marks >= MARKER_MIN && marks >= MARKER_SHARE * all;
}

function francLatin(text: string): string {
  const ranked = francAll(text, { only: LATIN, minLength: 1 });
  const english = ranked.find(([l]) => l === 'eng')?.[1] ?? 0;
  return english >= ENGLISH_KEPT ? 'eng' : ranked[0]![0];
}

/** The language of a body of text, as a BCP 47 primary subtag ("en", "ru", "ka", "hy"; "und" when a
 *  script other than these is too little to tell). */
export function detectLanguage(text: string): string {
  const { script, letters } = dominantScript(text);
  if (script === 'georgian') return 'ka';
  if (script === 'armenian') return 'hy';
  if (script === 'latin') {
    if (letters < MIN_LETTERS || plainlyEnglish(text)) return 'en';
    const first = francLatin(text.slice(0, SHORT_SAMPLE));
    if (first === 'eng' || text.length <= SHORT_SAMPLE) return bcp47(first);
    return bcp47(francLatin(text.slice(0, LONG_SAMPLE)));
  }
  if (script === 'cyrillic') {
    // short Cyrillic text is most likely Russian, the region's common language
    if (letters < MIN_LETTERS) return 'ru';
    return bcp47(francAll(text.slice(0, LONG_SAMPLE), { only: CYRILLIC, minLength: 1 })[0]![0]);
  }
  return bcp47(francAll(text.slice(0, LONG_SAMPLE))[0]![0]);
}

const NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** "Russian" for "ru"; the code itself when it names no language known to Intl. */
export function languageName(code: string): string {
  if (code === 'und') return 'an undetermined language';
  try {
    return NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Languages a front-matter value may name in English ("Russian"), besides any code. */
const KNOWN = ['en', 'ru', 'uk', 'be', 'bg', 'sr', 'kk', 'ka', 'hy', 'az', 'tr', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl',
  'cs', 'ro', 'hu', 'sv', 'uz', 'ar', 'fa', 'he', 'el', 'zh', 'ja', 'ko'];
let byName: Map<string, string> | null = null;

/**
 * A front-matter `language` value as a BCP 47 primary subtag: a code in any case or length ("ru", "RUS",
 * "ru-RU", "en_GB") or an English name ("Russian"). Null when it is none of these.
 */
export function normalizeLanguage(value: string): string | null {
  const v = value.trim().replace(/_/g, '-');
  if (/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(v)) {
    try {
      return new Intl.Locale(Intl.getCanonicalLocales(v)[0]!).language;
    } catch {
      return null;
    }
  }
  byName ??= new Map(KNOWN.map((c) => [languageName(c).toLowerCase(), c]));
  return byName.get(v.toLowerCase()) ?? null;
}
