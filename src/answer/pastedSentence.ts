// A "when" question that is a sentence pasted from an article (its date taken out or not) is about that
// article: where the sentence holds no dated event, the dated events of the same story, nearest first, say
// more about it than look-alike sentences of other stories. Found as the sentences that hold nearly all of
// the question's words; a question as people type it ("when did Lavrov meet Bayramov") holds too few words
// for that, and is ranked as before.
import type { Library } from '../library/library.js';
import type { EventFocus } from '../library/eventIndex.js';
import { terms } from '../text/tokens.js';

/** Fewer distinct words than this are a question, not a pasted sentence. */
const MIN_TERMS = 6;
/** The least share of the question's words the article's sentence must hold. */
const MIN_SHARE = 0.8;
/** Sentences read from the top of the search: syndicated copies of one sentence come together. */
const LOOKED_AT = 5;
/** At most this many copies of the sentence (the same text run by several outlets) become focuses. */
const MAX_FOCUS = 3;

export function pastedFrom(lib: Library, words: string): EventFocus[] {
  const qterms = [...new Set(terms(words))];
  if (qterms.length < MIN_TERMS) return [];
  const index = lib.sentenceIndex;
  const out: EventFocus[] = [];
  for (const hit of index.sentenceTerms.searchTerms(qterms, LOOKED_AT)) {
    const record = index.records[hit.doc];
    if (!record) continue;
    const held = new Set(terms(record.text));
    const share = qterms.filter((t) => held.has(t)).length / qterms.length;
    if (share >= MIN_SHARE) out.push({ article: record.article.id, paragraph: record.paragraph, text: record.text });
    if (out.length === MAX_FOCUS) break;
  }
  return out;
}
