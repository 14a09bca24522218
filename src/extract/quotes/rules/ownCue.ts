// "“…,” he said", "Lavrov stressed that “…”", "“…” ― Name": the cue next to the quote, or next to another piece of
// the same quote running over paragraphs.
import type { AttributionRule } from './rule.js';

export const ownCue: AttributionRule = {
  name: 'own cue',
  apply(piece, { chains }) {
    if (!chains.cueByChain.has(piece.chain)) return undefined;
    return { speaker: chains.speakerByChain.get(piece.chain) ?? null, attributed: true };
  },
};
