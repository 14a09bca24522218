// "“…,” she said. “…”": a quote with no cue of its own takes the speaker of the cued quote before it in the
// paragraph, else of the first one after it when it opens its sentence or stands set off by a dash or colon.
import type { AttributionRule } from './rule.js';

export const neighbourQuote: AttributionRule = {
  name: 'neighbouring quote',
  apply(piece, { chains, nearest }) {
    const near = nearest.get(piece);
    return near ? { speaker: chains.speakerByChain.get(near.chain) ?? null, attributed: true } : undefined;
  },
};
