// "including the former candidate Mitt Romney -- “It is disqualifying …” --": the person named right before the
// dash that sets the quote off.
import { firstMentionAtOrAfter } from '../../people/locateMentions.js';
import type { AttributionRule } from './rule.js';

export const nameBeforeDash: AttributionRule = {
  name: 'name before a dash',
  apply(piece, { view }) {
    const k = piece.paragraph;
    const offset = piece.span.outerStart;
    const dash = /(\S)\s*(?:--|[\u2014\u2013])\s*$/u.exec(view.paras[k]!.p.text.slice(Math.max(0, offset - 6), offset));
    if (!dash) return undefined;
    const end = offset - dash[0].length + 1;
    const mentions = view.ctx.mentions;
    const m = mentions[firstMentionAtOrAfter(mentions, k, end) - 1];
    const named = m && m.paragraph === k && Math.abs(m.end - end) <= 1 && !m.possessive && !view.inQuote(k, m.start);
    return named ? { speaker: m.key, attributed: true } : undefined;
  },
};
