// One rule of the attribution sieve: given a quoted piece and what is known of the article, it names the
// speaker (a verdict, possibly "nobody") or passes to the next rule.
import type { ArticleView } from '../articleView.js';
import type { Chains, Piece } from '../chains.js';

export interface SieveState {
  view: ArticleView;
  chains: Chains;
  /** The attributed piece of the same paragraph that an uncued piece leans on. */
  nearest: Map<Piece, Piece>;
  /** Each paragraph's last speaker so far, and the speaker a closing "X continued:" introduces. */
  lastSpeakerOfParagraph: Map<number, string | null>;
}

export interface Verdict {
  speaker: string | null;
  /** The rule found who speaks (a quote with no attribution must look like speech to be kept). */
  attributed: boolean;
}

export interface AttributionRule {
  name: string;
  apply(piece: Piece, state: SieveState): Verdict | undefined;
}

/** A verdict that names a speaker when one was found, and counts as unattributed otherwise. */
export const found = (speaker: string | null): Verdict => ({ speaker, attributed: speaker !== null });
