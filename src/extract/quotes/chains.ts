// Quoted pieces linked into chains over paragraphs (a quote that runs on opens each paragraph and closes only
// in the last), each chain with the cue that attributes it and that cue's speaker.
import type { Cue } from '../grammar/speechCues.js';
import { describes, speakerOfCue, type ArticleView } from './articleView.js';
import { cueFor, wordCount } from './cueForSpan.js';
import { opensItsSentence, setOff } from './paragraphView.js';
import { opensWithQuote, type QuoteSpan } from './quoteMarks.js';
import { looksLikeTitle } from './quoteText.js';

export interface Piece {
  paragraph: number;
  span: QuoteSpan;
  /** The piece's own cue, if one stands next to it. */
  cue: Cue | null;
  /** Index of the chain (quote running over paragraphs) the piece belongs to. */
  chain: number;
}

export interface Chains {
  pieces: Piece[];
  /** Pieces that are speech (not a title, not a fragment of a naming). */
  accepted: Set<Piece>;
  cueByChain: Map<number, Cue>;
  speakerByChain: Map<number, string | null>;
}

function linkPieces(view: ArticleView): Piece[] {
  const pieces: Piece[] = [];
  let chain = 0;
  view.paras.forEach((para, k) => {
    para.spans.forEach((span, i) => {
      const prev = pieces.at(-1);
      const continues = i === 0 && prev && prev.paragraph === k - 1 && prev.span.open && span.outerStart === 0 &&
        (opensWithQuote(para.p.text) || span.start === 0);
      if (!continues) chain++;
      pieces.push({ paragraph: k, span, cue: null, chain });
    });
  });
  return pieces;
}

export function quoteChains(view: ArticleView): Chains {
  const pieces = linkPieces(view);
  const cueByChain = new Map<number, Cue>();
  const accepted = new Set<Piece>();
  for (const piece of pieces) {
    const para = view.paras[piece.paragraph]!;
    const found = cueFor(para, piece.span);
    const text = para.p.text.slice(piece.span.start, piece.span.end);
    const words = wordCount(text);
    if (found) {
      const between = para.p.text.slice(found.cue.end, piece.span.outerStart);
      const gapWords = found.before ? wordCount(between.replace(/\bthat\b/g, '')) : 0;
      if (looksLikeTitle(text) && words < 6) continue;
      piece.cue = found.cue;
      if (!cueByChain.has(piece.chain) || !found.before) cueByChain.set(piece.chain, found.cue);
      // "called Trump a “liar” who is …, a “narcissist …”": a one- or two-word fragment is no quote of its own,
      // but its cue still speaks for the fragments after it
      // (after a colon it is said in full: 'the senator said only: “We'll see.”')
      if (found.before && gapWords > 0 && words < 3 && !/:\s*$/.test(between)) continue;
    }
    accepted.add(piece);
  }
  const speakerByChain = new Map<number, string | null>();
  for (const piece of pieces) {
    const cue = cueByChain.get(piece.chain);
    if (!cue || piece.cue !== cue || speakerByChain.has(piece.chain)) continue;
    speakerByChain.set(piece.chain, speakerOfCue(view, cue, piece.paragraph));
  }
  return { pieces, accepted, cueByChain, speakerByChain };
}

/** For each piece with no cue in its chain, the attributed piece of its paragraph before it (else the first one
 *  after it, when the piece opens its sentence or stands set off by a dash or colon). */
export function nearestAttributed(view: ArticleView, chains: Chains): Map<Piece, Piece> {
  const out = new Map<Piece, Piece>();
  let last: Piece | undefined;
  let waiting: Piece[] = [];
  for (const piece of chains.pieces) {
    if (last && last.paragraph !== piece.paragraph) last = undefined;
    if (waiting.length && waiting[0]!.paragraph !== piece.paragraph) waiting = [];
    const para = view.paras[piece.paragraph]!;
    if (chains.cueByChain.has(piece.chain)) {
      for (const w of waiting) out.set(w, piece);
      waiting = [];
      last = piece;
    } else if (last) out.set(piece, last);
    // (a fragment inside someone else's sentence, "Japan branded it an “outlaw”", waits for no one)
    else if (opensItsSentence(para, piece.span.outerStart) || setOff(para, piece.span.outerStart)) waiting.push(piece);
  }
  return out;
}

/** The description a cue gives a chain's named speaker, when it gives one ("the California congressman"). */
export function speakerAsOf(view: ArticleView, chains: Chains, piece: Piece, speaker: string | null): string | undefined {
  const cue = chains.cueByChain.get(piece.chain);
  return cue && speaker && describes(view, cue, speaker) ? cue.subject.text : undefined;
}
