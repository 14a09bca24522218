// Direct and reported speech with their speakers. Quoted spans are found per paragraph and linked into chains
// across paragraphs; each piece is then tried against the attribution sieve (rules/sieve.ts: the name before a
// dash, its own cue, a name right after it, a neighbouring quote's, an earlier sentence's, the paragraph above,
// the subject before a colon). Spans that are not speech (titles, scare quotes) are dropped.
import type { Article } from '../../parse/article.js';
import { firstMentionAtOrAfter, locateMentions } from '../people/locateMentions.js';
import type { LocalPerson, LocalQuote } from '../types.js';
import { articleGrammar, type ArticleGrammar } from '../grammar/articleGrammar.js';
import { articleView, speakerOfCue, type ArticleView } from './articleView.js';
import { nearestAttributed, quoteChains, speakerAsOf, type Piece } from './chains.js';
import { wordCount } from './cueForSpan.js';
import { paragraphViews } from './paragraphView.js';
import { citeText, cleanQuote, looksLikeTitle, namedAfterPreposition } from './quoteText.js';
import { headlineQuote } from './headlineQuotes.js';
import { isReadingListItem } from './readingListItem.js';
import { reportedQuotes } from './reportedQuotes.js';
import { speakerContext } from './resolveSpeaker.js';
import type { SieveState } from './rules/rule.js';
import { attribute } from './rules/sieve.js';
import { subjectOfSentence } from './rules/colonSubject.js';

/** An unattributed quoted span shorter than this is a scare quote or a title, not speech. */
const MIN_UNATTRIBUTED_WORDS = 5;

/** "Caddell continued:" as a paragraph of its own introduces the quote of the next one; with no verb of saying
 *  ("On Monday, Ruiz made the following comment:"), the person named first in that closing sentence does. */
function introductions(view: ArticleView): Map<number, string | null> {
  const out = new Map<number, string | null>();
  view.paras.forEach((para, k) => {
    if (!/:\s*$/.test(para.p.text) || para.spans.length !== 0) return;
    const cue = para.cues.at(-1);
    if (cue) { out.set(k, speakerOfCue(view, cue, k)); return; }
    // (the subject of the main clause, not a name in an opening clause: "When Wallace died, President Clinton …:")
    const subject = subjectOfSentence(view, k, para.p.text.length - 1);
    if (subject) { out.set(k, subject); return; }
    const mentions = view.ctx.mentions;
    const m = mentions[firstMentionAtOrAfter(mentions, k, para.p.sentences.at(-1)!.start)];
    if (m && m.paragraph === k && !m.possessive) out.set(k, m.key);
  });
  return out;
}

/** A direct quote with the sieve rule that named its speaker. */
export interface AttributedQuote { quote: LocalQuote; rule: string | null }

function directQuote(piece: Piece, state: SieveState): AttributedQuote | null {
  const para = state.view.paras[piece.paragraph]!;
  const text = para.p.text.slice(piece.span.start, piece.span.end);
  const { speaker, attributed, rule } = attribute(piece, state);
  const words = wordCount(text);
  if (!attributed && (words < MIN_UNATTRIBUTED_WORDS || looksLikeTitle(text))) return null;
  if (namedAfterPreposition(text, para.p.text.slice(0, piece.span.outerStart + 1))) return null;
  // a single quoted word with no cue of its own ("a “bully”") is a scare quote, whoever speaks around it
  if (words < 2 && !piece.cue) return null;
  const quote = cleanQuote(text);
  if (!quote) return null;
  const cue = state.chains.cueByChain.get(piece.chain);
  const speakerAs = speakerAsOf(state.view, state.chains, piece, speaker);
  if (speaker) state.lastSpeakerOfParagraph.set(piece.paragraph, speaker);
  return {
    rule,
    quote: {
      speaker,
      text: quote,
      kind: 'direct',
      cite: { paragraph: para.p.n, text: citeText(para.p, piece.span.outerStart, piece.span.outerEnd) },
      ...(cue ? { cue: cue.verb } : {}),
      ...(speakerAs ? { speakerAs } : {}),
    },
  };
}

function articleState(article: Article, people: LocalPerson[], grammar: ArticleGrammar): SieveState {
  const ctx = speakerContext(locateMentions(article, people, grammar.paragraphs.map((g) => g.toks)));
  const view = articleView(paragraphViews(article, ctx.toks, grammar), ctx);
  const chains = quoteChains(view);
  return { view, chains, nearest: nearestAttributed(view, chains), lastSpeakerOfParagraph: introductions(view) };
}

/** The direct quotes in reading order, each with the rule that attributed it. */
export function attributedQuotes(article: Article, people: LocalPerson[],
  grammar: ArticleGrammar = articleGrammar(article)): AttributedQuote[] {
  return directQuotes(articleState(article, people, grammar));
}

function directQuotes(state: SieveState): AttributedQuote[] {
  const out: AttributedQuote[] = [];
  for (const piece of state.chains.pieces) {
    if (!state.chains.accepted.has(piece)) continue;
    if (isReadingListItem(state.view.paras[piece.paragraph]!.p.text)) continue;
    const q = directQuote(piece, state);
    if (q) out.push(q);
  }
  return out;
}

export function extractQuotes(article: Article, people: LocalPerson[], grammar: ArticleGrammar = articleGrammar(article)): LocalQuote[] {
  const state = articleState(article, people, grammar);
  const headline = headlineQuote(article, state.view.ctx.byKey.values());
  const out = [...(headline ? [headline] : []), ...directQuotes(state).map((q) => q.quote), ...reportedQuotes(state.view)];
  out.sort((a, b) => a.cite.paragraph - b.cite.paragraph);
  return out;
}
