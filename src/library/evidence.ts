// Evidence (docs/contract.md §3) for a place in an article.
import type { Evidence } from '../model/contract.js';
import type { Article } from '../parse/article.js';
import type { Cite } from '../extract/types.js';
import { readsLanguage } from '../parse/language.js';

export function evidenceOf(article: Article, cite: Cite): Evidence {
  return {
    article: article.id,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    paragraph: cite.paragraph,
    text: sharedText(article, cite),
    ...unreadLanguage(article),
    url: article.url,
    ...(cite.headline ? { headline: true as const } : {}),
  };
}

/**
 * `evidenceOf` for one article, giving the same object for the same place: the quotes, dates and events
 * citing one sentence share one Evidence (evidence is never changed once made), a third fewer objects in
 * a library and to build on every load.
 */
export function evidenceFor(article: Article): (cite: Cite) => Evidence {
  const made = new Map<string, Evidence[]>();
  return (cite) => {
    const text = sharedText(article, cite);
    let list = made.get(text);
    if (!list) made.set(text, (list = []));
    for (const e of list) if (e.paragraph === cite.paragraph && !e.headline === !cite.headline) return e;
    const e = evidenceOf(article, cite);
    list.push(e);
    return e;
  };
}

/** `{ language }` for an article in a language Byline does not read, so answers can say so; else nothing. */
export function unreadLanguage(article: Article): { language?: string } {
  return readsLanguage(article.language) ? {} : { language: article.language };
}

/**
 * The article's own string for the cited sentence or paragraph when the cite is one: the quotes, dates and
 * events citing it then share one copy instead of each keeping its own (a tenth of a library's memory at
 * 10,000 articles, and less for the garbage collector to mark).
 */
function sharedText(article: Article, cite: Cite): string {
  const p = article.paragraphs[cite.paragraph - 1];
  if (!p || p.n !== cite.paragraph) return cite.text;
  if (p.text === cite.text) return p.text;
  for (const s of p.sentences) if (s.text === cite.text) return s.text;
  return cite.text;
}
