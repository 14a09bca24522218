// The grammar of an article, computed once and shared by the people and quote extractors: each paragraph's
// words (with offsets, capitals and points) and its attribution cues (a verb of saying with its subject).
import type { Article } from '../../parse/article.js';
import { wordTokens, type Tok } from '../people/wordTokens.js';
import { findCues, type Cue } from './speechCues.js';

export interface ParagraphGrammar { toks: Tok[]; cues: Cue[] }
export interface ArticleGrammar { paragraphs: ParagraphGrammar[] }

export function articleGrammar(article: Article): ArticleGrammar {
  return {
    paragraphs: article.paragraphs.map((p) => {
      const toks = wordTokens(p.text);
      return { toks, cues: findCues(p.text, toks, p.sentences) };
    }),
  };
}
