// The words that report a meeting, talks, a visit or arrival, a call or a signing. A verb after a bare "to"
// ("the need to sign it") is an intention, not a happening, and is skipped; "is due to sign" is kept.
import type { EventKind } from '../../model/contract.js';

export interface Trigger { kind: EventKind; start: number; end: number; word: string }

const LEXICON: [RegExp, EventKind][] = [
  [/\b(met|meets?|meetings?|summit|sat down with|(?:held|hold|holds|holding) (?:a |an )?(?:meeting|summit|audience))\b/gi, 'meeting'],
  [/\b((?:held |hold |holding )?talks|negotiations|negotiated|negotiating|consultations|discussed|discussions?)\b/gi, 'talks'],
  [/\b(visit(?:s|ed|ing)?|arriv(?:ed|es|e|al|ing)|trip to|travel(?:l)?ed to|toured|landed in|paid (?:a|an official|a state|a working) visit)\b/gi, 'visit'],
  [/\b((?:tele)?phoned|(?:tele)?phone (?:call|conversation|talks?)|spoke by (?:tele)?phone|video (?:call|conference))\b/gi, 'call'],
  [/(?<![\p{L}-])called (?=\p{Lu})/gu, 'call'],
  [/\b(sign(?:ed|s|ing)?|inked|concluded an agreement)\b/gi, 'signing'],
];
const INTENTION = /(?<!\b(?:due|set|scheduled|expected|going|slated|planned|poised))\s+to\s*$/i;

export function findTriggers(sentence: string): Trigger[] {
  const out: Trigger[] = [];
  for (const [re, kind] of LEXICON) {
    for (const m of sentence.matchAll(re)) {
      const before = sentence.slice(Math.max(0, m.index - 30), m.index);
      if (/^(meet|visit|arrive|sign|phone)$/i.test(m[0]) && INTENTION.test(' ' + before)) continue;
      if (kind === 'signing' && /^sign$/i.test(m[0]) && !/\b(will|would|to|did|could)\s*$/i.test(before)) continue;
      out.push({ kind, start: m.index, end: m.index + m[0].length, word: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
