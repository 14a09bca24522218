// Text folding for matching (never for display): quote marks, dashes, diacritics, case and spacing.

const QUOTE_FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"', '\u2033': '"',
  '\u2039': "'", '\u203a': "'",
};

/** Every character foldPunctuation changes; text without any is returned as it is. */
const FOLDABLE = /[\u2018\u2019\u201a\u201b\u2032`\u00b4\u201c-\u201f\u00ab\u00bb\u2033\u2039\u203a\u2010-\u2015]/g;

/** Folds typographic quotes and dashes to ASCII, keeping string length unchanged (offsets stay valid). */
export function foldPunctuation(text: string): string {
  // one native replace instead of building the string a character at a time (a hot spot on long articles)
  return text.replace(FOLDABLE, (ch) => QUOTE_FOLD[ch] ?? '-');
}

/** Removes diacritics: "Bayramov" and "Báyramov" fold alike. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** The Armenian ligature "և" is "ԵՎ" in capitals: folded so, "Երևան" and "ԵՐԵՎԱՆ" are one word (Unicode's
 *  own decomposition, "եւ", would keep them apart). */
const ARMENIAN_EW = /\u0587/g;

/** Lowercase, no diacritics, typographic punctuation folded, runs of white space collapsed. */
export function fold(text: string): string {
  return stripDiacritics(foldPunctuation(text).replace(ARMENIAN_EW, '\u0565\u057e')).toLowerCase().replace(/\s+/g, ' ').trim();
}
