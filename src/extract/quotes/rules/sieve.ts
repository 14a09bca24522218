// The attribution sieve: the rules a quoted piece is tried against, in order; the first to give a verdict names
// the speaker (README, "Who said it"). A quote's own cue comes before any neighbour's, so a speaker is
// inherited only by a quote with no cue of its own.
import type { Piece } from '../chains.js';
import { colonSubject } from './colonSubject.js';
import { earlierSentence } from './earlierSentence.js';
import { introducedAbove } from './introducedAbove.js';
import { nameAfterQuote } from './nameAfterQuote.js';
import { nameBeforeColon } from './nameBeforeColon.js';
import { nameBeforeDash } from './nameBeforeDash.js';
import { neighbourQuote } from './neighbourQuote.js';
import { ownCue } from './ownCue.js';
import type { AttributionRule, SieveState, Verdict } from './rule.js';

export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  nameBeforeDash, ownCue, nameAfterQuote, neighbourQuote, earlierSentence, introducedAbove, nameBeforeColon, colonSubject,
];

export function attribute(piece: Piece, state: SieveState): Verdict & { rule: string | null } {
  for (const rule of ATTRIBUTION_RULES) {
    const v = rule.apply(piece, state);
    if (v) return { ...v, rule: rule.name };
  }
  return { speaker: null, attributed: false, rule: null };
}
