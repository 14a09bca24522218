// The cue that attributes a quoted span: right after its closing mark ("“…,” he said", "“…” ― Name"), or
// shortly before its opening one ("Lavrov stressed that “…”", "told them that it was “a mistake”").
import { lowerBound } from '../../text/lowerBound.js';
import { dashAttribution, type Cue } from '../grammar/speechCues.js';
import { CLAUSE_LINKS, SPEECH_VERBS } from '../lexicon/lists.js';
import type { Para } from './paragraphView.js';
import type { QuoteSpan } from './quoteMarks.js';
import { rangeAt } from './ranges.js';

/** A cue before a quote may stand this many words away ("told co-host Joe Scarborough that he “…”"). */
const BEFORE_GAP_WORDS = 8;
/** A cue after a quote must start within this many characters of its closing mark. */
const AFTER_REACH = 40;
/** A cue before a quote must end within this many characters of it. */
const BEFORE_REACH = 400;
/** How many words of a verb's content clause may stand before a quote that finishes it. */
const CLAUSE_REACH_WORDS = 25;

export const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export interface FoundCue { cue: Cue; before: boolean }

/** A quote closed by a comma ("“…,” Google's chief of staff, Ana Ruiz, told …") leaves its sentence open for the
 *  attribution: a description may stand before the speaker's name, up to this many characters. */
const DESCRIBED_REACH = 90;
/** "DoubleLine Capital portfolio ", "California Rep. Ana Ruiz's chief of staff, ": words of a description, no clause. */
const DESCRIPTION = /^\s*(?:[\p{L}\p{N}][\p{L}\p{N}.'\u2019&-]*,?\s+){1,10}$/u;

/** Whether the words between a comma-closed quote and a cue describe the cue's speaker (no clause of their own). */
function describesSpeaker(text: string, span: QuoteSpan, c: Cue): boolean {
  const gap = text.slice(span.outerEnd, c.start);
  if (c.inverted || !/,\s*$/.test(text.slice(span.start, span.end)) || !DESCRIPTION.test(gap)) return false;
  return !gap.toLowerCase().split(/[^\p{L}-]+/u).some((w) => CLAUSE_LINKS.has(w) || SPEECH_VERBS.has(w));
}

/** "“…,” panel Chairman Jason Chaffetz said", "“…” ― Pamela Padilla": the cue right after the closing mark. */
function cueAfter(para: Para, span: QuoteSpan): Cue | null {
  const text = para.p.text;
  for (let k = lowerBound(para.cueStarts, span.outerEnd); k < para.cues.length; k++) {
    const c = para.byStart[k]!;
    const far = c.start - span.outerEnd;
    if (far > DESCRIBED_REACH) break;
    // a few lowercase words may open the speaker's phrase ("panel Chairman …")
    const gap = text.slice(span.outerEnd, c.start);
    if (far <= AFTER_REACH) {
      // “… in the neighborhood.” Russia insisted …: a full stop and a capital start another sentence (unless the
      // cue is all of it: “… missing.” Trump said.)
      const ownSentence = /^\s*(?:[.,;]|$)/.test(text.slice(c.end, c.end + 3));
      if (/\.\s*$/.test(text.slice(span.start, span.end)) && /^\s*$/.test(gap) && /^\p{Lu}/u.test(text.slice(c.start, c.start + 1)) && !ownSentence) break;
      // ("“…,” but he said": a clause link starts another clause, whose cue is not the quote's)
      if (/^[\s,;\u2014\u2013-]*(?:\p{Ll}[\p{Ll}-]*\s+){0,3}$/u.test(gap) && !gap.split(/[^\p{L}-]+/u).some((w) => CLAUSE_LINKS.has(w))) return c;
    }
    if (describesSpeaker(text, span, c)) return c;
  }
  return dashAttribution(text, para.toks, span.outerEnd);
}

/** The cue shortly before the opening mark, in the same sentence. */
function cueBefore(para: Para, span: QuoteSpan): Cue | null {
  const text = para.p.text;
  for (let k = lowerBound(para.cueEnds, span.outerStart + 1) - 1; k >= 0; k--) {
    const c = para.byEnd[k]!;
    if (span.outerStart - c.end > BEFORE_REACH) break;
    const between = text.slice(c.end, span.outerStart);
    // another sentence, by the parser's sentences (an initial such as "Michael M. Grynbaum" ends none)
    if (/["\u201c\u201d]/u.test(between) || rangeAt(para.p.sentences, c.end - 1) !== rangeAt(para.p.sentences, span.outerStart)) continue;
    // far from its cue only after a colon, or inside the cue's "that" clause ("told them that it was 'a mistake'")
    // or inside the content clause right after the verb, in the same sentence ("said it would tell a story, one of 'suffering …'")
    const inClause = !c.inverted && wordCount(between) <= CLAUSE_REACH_WORDS && /^\s+\p{Ll}/u.test(between);
    if (wordCount(between) > BEFORE_GAP_WORDS && !/:\s*$/.test(between) && !/^\s*(\S+\s+){0,6}that\s/.test(between) && !inClause) continue;
    // "Obama … said it would tell a story, one of ‘…’": "it would tell" is inside the content of the cue before it
    if (/^it$/i.test(c.subject.text)) {
      const sentence = rangeAt(para.p.sentences, c.start);
      const sameSentence = (o: Cue) => rangeAt(para.p.sentences, o.end - 1) === sentence;
      const outer = para.byEnd.slice(0, k).reverse().find((o) => o.subject.category !== 'pronoun' && sameSentence(o));
      if (outer) return outer;
    }
    return c;
  }
  return null;
}

export function cueFor(para: Para, span: QuoteSpan): FoundCue | null {
  const after = span.open ? null : cueAfter(para, span);
  if (after) return { cue: after, before: false };
  const before = cueBefore(para, span);
  return before ? { cue: before, before: true } : null;
}
