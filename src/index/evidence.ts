// Evidence (CONTRACT §3) for a place in an article.
import type { Evidence } from '../model/contract.js';
import type { Article } from '../parse/article.js';
import type { Cite } from '../extract/types.js';

export function evidenceOf(article: Article, cite: Cite): Evidence {
  return {
    article: article.id,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    paragraph: cite.paragraph,
    text: cite.text,
  };
}
