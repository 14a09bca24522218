// "…, Schiff said. “The other factor …”": a quote that opens its sentence takes the paragraph's last cue of an
// earlier sentence, when no quotation stands between.
import { lowerBound } from '../../../text/lowerBound.js';
import type { Cue } from '../../grammar/speechCues.js';
import { speakerOfCue } from '../articleView.js';
import { opensItsSentence, type Para } from '../paragraphView.js';
import { rangeAt } from '../ranges.js';
import { found, type AttributionRule } from './rule.js';

function lastCueBefore(para: Para, offset: number): Cue | undefined {
  const sentence = rangeAt(para.p.sentences, offset);
  if (!sentence || !opensItsSentence(para, offset)) return undefined;
  const k = lowerBound(para.cueEnds, offset) - 1;
  const c = k >= 0 ? para.byEnd[k] : undefined;
  if (!c || rangeAt(para.p.sentences, c.end - 1) === sentence) return undefined;
  return rangeAt(para.outer, c.end) || para.outer.some((o) => o.start >= c.end && o.start < offset) ? undefined : c;
}

export const earlierSentence: AttributionRule = {
  name: 'earlier sentence',
  apply(piece, { view }) {
    const cue = lastCueBefore(view.paras[piece.paragraph]!, piece.span.outerStart);
    return cue ? found(speakerOfCue(view, cue, piece.paragraph)) : undefined;
  },
};
