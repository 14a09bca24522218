// "“Jeb wants to be a tough guy,” Trump shot back.": a quote that closes on a comma, question or exclamation
// mark, followed by a person's name and a lower-case word (the verb, whichever it is), is that person's, even
// when the verb is one the cue finder does not know.
import { firstMentionAtOrAfter } from '../../people/locateMentions.js';
import type { AttributionRule } from './rule.js';

/** Between the closing mark and the name: nothing, or a short description ("an angry", "the veteran"). */
const BEFORE_NAME = /^\s+(?:(?:the|an?)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2})?$/u;
/** After the name: a lower-case word, the verb ("shot back", "retaliated"), not a clause link. */
const VERB_AFTER = /^\s+(?!(?:and|or|but|who|which|that|of|for|to|in|on|at|with|from|is|was|has|had)\b)\p{Ll}{3,}\b/u;

export const nameAfterQuote: AttributionRule = {
  name: 'name after the quote',
  apply(piece, { view }) {
    const k = piece.paragraph;
    const text = view.paras[k]!.p.text;
    const { end, outerEnd } = piece.span;
    if (piece.span.open || !/[,?!]\s*$/.test(text.slice(Math.max(0, end - 2), end))) return undefined;
    const mentions = view.ctx.mentions;
    const m = mentions[firstMentionAtOrAfter(mentions, k, outerEnd)];
    if (!m || m.paragraph !== k || m.possessive || !BEFORE_NAME.test(text.slice(outerEnd, m.start))) return undefined;
    if (view.ctx.byKey.get(m.key)?.kind !== 'person' || !VERB_AFTER.test(text.slice(m.end, m.end + 40))) return undefined;
    return { speaker: m.key, attributed: true };
  },
};
