// The note an answer carries when its evidence is in a language Byline does not read: the passage was found
// by its words, but nothing in that article was read for quotes, people or dates.
import type { Evidence } from '../model/contract.js';
import { languageName, readsLanguage } from '../parse/language.js';

export function languageNote(e: Evidence): string | null {
  return e.language ? `in ${languageName(e.language)}; quotes and dates not read` : null;
}

/** An article's language for listings: "English", or "Russian (quotes and dates not read)". */
export function languageLabel(code: string): string {
  return readsLanguage(code) ? languageName(code) : `${languageName(code)} (quotes and dates not read)`;
}
