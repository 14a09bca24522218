// A paragraph that opens with a quote takes the previous paragraph's last speaker, or the speaker a closing
// "Caddell continued:" introduces there.
import { found, type AttributionRule } from './rule.js';

export const introducedAbove: AttributionRule = {
  name: 'introduced above',
  apply(piece, { lastSpeakerOfParagraph }) {
    if (piece.span.outerStart !== 0 || !lastSpeakerOfParagraph.has(piece.paragraph - 1)) return undefined;
    return found(lastSpeakerOfParagraph.get(piece.paragraph - 1) ?? null);
  },
};
