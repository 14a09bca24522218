// Each paragraph as the attribution reads it: its words, its quoted spans (a quote may run on from the paragraph
// before), and the cues outside those spans, sorted by start and by end for binary search.
import type { Article, Paragraph } from '../../parse/article.js';
import type { ArticleGrammar } from '../grammar/articleGrammar.js';
import type { Cue } from '../grammar/speechCues.js';
import type { Tok } from '../people/wordTokens.js';
import { findQuoteSpans, type QuoteSpan } from './quoteMarks.js';
import { rangeAt } from './ranges.js';

export interface Para {
  p: Paragraph;
  toks: Tok[];
  cues: Cue[];
  spans: QuoteSpan[];
  outer: { start: number; end: number }[];
  /** Cues sorted by start and by end, with those offsets, for binary search. */
  byStart: Cue[];
  cueStarts: number[];
  byEnd: Cue[];
  cueEnds: number[];
}

export function paragraphViews(article: Article, toksOf: Tok[][], grammar: ArticleGrammar): Para[] {
  const paras: Para[] = [];
  for (const [k, p] of article.paragraphs.entries()) {
    const toks = toksOf[k]!;
    const continuing = paras.at(-1)?.spans.at(-1)?.open === true;
    const spans = findQuoteSpans(p.text, continuing);
    // cues inside quotation marks are the quoted speaker's words, not attributions
    const cues = grammar.paragraphs[k]!.cues.filter((c) => !rangeAt(spans, toks[c.verbTok]!.start));
    const byStart = [...cues].sort((a, b) => a.start - b.start);
    const byEnd = [...cues].sort((a, b) => a.end - b.end);
    paras.push({
      p, toks, cues, spans, outer: spans.map((s) => ({ start: s.outerStart, end: s.outerEnd })),
      byStart, cueStarts: byStart.map((c) => c.start), byEnd, cueEnds: byEnd.map((c) => c.end),
    });
  }
  return paras;
}

/** Whether only white space stands between the start of its sentence and an offset. */
export function opensItsSentence(para: Para, offset: number): boolean {
  const sentence = rangeAt(para.p.sentences, offset);
  return sentence !== undefined && para.p.text.slice(sentence.start, offset).trim() === '';
}

/** Whether a dash or a colon stands right before an offset ("… first as a compliment -- “That makes me smart”"). */
export function setOff(para: Para, offset: number): boolean {
  return /(?:--|[\u2014\u2013:])\s*$/.test(para.p.text.slice(Math.max(0, offset - 4), offset));
}
