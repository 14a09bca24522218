// "Tom Reyes, Harbour Gazette: “…”" (a round-up of voices), "… does not surprise the pollster Dan Shore: “…”":
// a person named right before the colon that introduces the quote, by their own name or with their outlet after
// it, when the name opens its sentence or follows a role word.
import { isRoleNoun } from '../../people/lexicon.js';
import { firstMentionAtOrAfter } from '../../people/locateMentions.js';
import type { AttributionRule } from './rule.js';

/** ", Harbour Gazette" between a name and its colon: the outlet the person writes or speaks for. */
const OUTLET = /^,\s*(?:the\s+)?(?:\p{Lu}[\p{L}.'\u2019&-]*\s*){1,5}$/u;

export const nameBeforeColon: AttributionRule = {
  name: 'name before a colon',
  apply(piece, { view }) {
    const k = piece.paragraph;
    const start = piece.span.outerStart;
    const text = view.paras[k]!.p.text;
    if (!/:\s*$/.test(text.slice(Math.max(0, start - 3), start))) return undefined;
    const colon = text.lastIndexOf(':', start);
    const mentions = view.ctx.mentions;
    const m = mentions[firstMentionAtOrAfter(mentions, k, colon) - 1];
    if (!m || m.paragraph !== k || m.possessive || view.inQuote(k, m.start)) return undefined;
    if (view.ctx.byKey.get(m.key)?.kind !== 'person') return undefined;
    const between = text.slice(m.end, colon);
    if (!/^\s*$/.test(between) && !OUTLET.test(between)) return undefined;
    const wordBefore = /(?:^|\s)([\p{Ll}-]+)\s+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
    // "TURNOUT IS UP - Ana Ruiz: “…”", "More from Ruiz: “…”": a round-up's line names its source after a dash or "from"
    const roundUp = /(?:\s[-\u2014\u2013]{1,2}|\b[Ff]rom)\s+$/u.test(text.slice(Math.max(0, m.start - 8), m.start));
    const introduced = view.opensSentence(k, m.start) || roundUp || (wordBefore !== undefined && isRoleNoun(wordBefore));
    return introduced ? { speaker: m.key, attributed: true } : undefined;
  },
};
