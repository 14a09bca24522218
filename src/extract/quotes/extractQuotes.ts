// Direct and reported speech with their speakers. Quoted spans are found per paragraph and linked across
// paragraphs (a quote that runs on opens each paragraph and closes only in the last); each span takes the
// attribution next to it (after: “…,” he said; before: Lavrov stressed that “…”), else that of its chain,
// else that of another quote in the same paragraph, else the previous paragraph's speaker when the
// paragraph is all quote. Spans that are not speech (titles, scare quotes) are dropped.
import type { Article, Paragraph } from '../../parse/article.js';
import { lowerBound } from '../../text/lowerBound.js';
import { HONORIFICS, NOT_NAME_WORDS, isRoleNoun } from '../people/lexicon.js';
import { firstMentionAtOrAfter, locateMentions } from '../people/locateMentions.js';
import type { Tok } from '../people/wordTokens.js';
import type { LocalPerson, LocalQuote } from '../types.js';
import { findQuoteSpans, opensWithQuote, type QuoteSpan } from './quoteMarks.js';
import { overlapping, rangeAt } from './ranges.js';
import { reportedContent } from './reportedSpeech.js';
import { resolveSpeaker, speakerContext, type InQuote, type OpensSentence, type SpeaksAt } from './resolveSpeaker.js';
import { articleGrammar, type ArticleGrammar } from '../grammar/articleGrammar.js';
import { dashAttribution, type Cue } from '../grammar/speechCues.js';
import { transcriptLine } from './transcript.js';

/** A cue before a quote may stand this many words away ("told co-host Joe Scarborough that he “…”"). */
const BEFORE_GAP_WORDS = 8;
/** An unattributed quoted span shorter than this is a scare quote or a title, not speech. */
const MIN_UNATTRIBUTED_WORDS = 5;

interface Piece {
  paragraph: number;
  span: QuoteSpan;
  cue: Cue | null;
  /** Index of the chain (quote running over paragraphs) the piece belongs to. */
  chain: number;
}

interface Para {
  p: Paragraph;
  toks: Tok[];
  cues: Cue[];
  spans: QuoteSpan[];
  outer: { start: number; end: number }[];
  /** Cues sorted by start and by end, with those offsets, for binary search. */
  byStart: Cue[];
  cueStarts: number[];
  byEnd: Cue[];
  cueEnds: number[];
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** All words capitalised ("Morning Joe", "The Art of the Deal"): a title, not speech. */
function looksLikeTitle(s: string): boolean {
  const ws = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const small = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'at', 'with', 'or']);
  return ws.length > 0 && ws.length <= 8 && ws.every((w) => /^\P{L}*\p{Lu}/u.test(w) || small.has(w.toLowerCase())) && !/[.!?]$/.test(s.trim());
}

/** The sentence(s) of a paragraph that a range of it stands in, verbatim. */
function citeText(p: Paragraph, start: number, end: number): string {
  const ss = overlapping(p.sentences, start, end);
  if (ss.length === 0) return p.text;
  return p.text.slice(ss[0]!.start, ss.at(-1)!.end);
}

function cleanQuote(text: string): string {
  return text.trim().replace(/^[\s,]+|[\s,]+$/g, '');
}

/** The cue that attributes a quoted span: right after its closing mark, or shortly before its opening one. */
/** Words that start another clause after a quote ("“…,” but he said"): the cue after them is not the quote's. */
const CLAUSE_LINKS = new Set('and but or nor so yet as while because since when if that which who whom whose then after before although though where whereas until unless'.split(' '));
/** A cue after a quote must start within this many characters of its closing mark. */
const AFTER_REACH = 40;
/** A cue before a quote must end within this many characters of it. */
const BEFORE_REACH = 400;
/** How many words of a verb's content clause may stand before a quote that finishes it. */
const CLAUSE_REACH_WORDS = 25;

/** The cue that attributes a quoted span: right after its closing mark, or shortly before its opening one. */
function cueFor(para: Para, span: QuoteSpan): { cue: Cue; before: boolean } | null {
  const text = para.p.text;
  if (!span.open) {
    for (let k = lowerBound(para.cueStarts, span.outerEnd); k < para.cues.length; k++) {
      const c = para.byStart[k]!;
      if (c.start - span.outerEnd > AFTER_REACH) break;
      // "“…,” panel Chairman Jason Chaffetz said": a few lowercase words may open the speaker's phrase
      const gap = text.slice(span.outerEnd, c.start);
      // “… in the neighborhood.” Russia insisted …: a full stop and a capital start another sentence
      if (/\.\s*$/.test(text.slice(span.start, span.end)) && /^\s*$/.test(gap) && /^\p{Lu}/u.test(text.slice(c.start, c.start + 1))) break;
      if (/^[\s,;\u2014\u2013-]*(?:\p{Ll}[\p{Ll}-]*\s+){0,3}$/u.test(gap) && !gap.split(/[^\p{L}-]+/u).some((w) => CLAUSE_LINKS.has(w))) return { cue: c, before: false };
    }
    const dash = dashAttribution(text, para.toks, span.outerEnd);
    if (dash) return { cue: dash, before: false };
  }
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
      const outer = para.byEnd.slice(0, k).reverse().find((o) => o.subject.category !== 'pronoun' && rangeAt(para.p.sentences, o.end - 1) === rangeAt(para.p.sentences, c.start));
      if (outer) return { cue: outer, before: true };
    }
    return { cue: c, before: true };
  }
  return null;
}

/** Whether only white space stands between the start of its sentence and an offset. */
function opensItsSentence(para: Para, offset: number): boolean {
  const sentence = rangeAt(para.p.sentences, offset);
  return sentence !== undefined && para.p.text.slice(sentence.start, offset).trim() === '';
}

/** Whether a dash or a colon stands right before an offset ("… first as a compliment -- “That makes me smart”"). */
function setOff(para: Para, offset: number): boolean {
  return /(?:--|[\u2014\u2013:])\s*$/.test(para.p.text.slice(Math.max(0, offset - 4), offset));
}

/** For a quote that opens its sentence, the last cue of the paragraph in an earlier sentence, with no
 *  quotation between. */
function lastCueBefore(para: Para, offset: number): Cue | undefined {
  const sentence = rangeAt(para.p.sentences, offset);
  if (!sentence || !opensItsSentence(para, offset)) return undefined;
  const k = lowerBound(para.cueEnds, offset) - 1;
  const c = k >= 0 ? para.byEnd[k] : undefined;
  if (!c || rangeAt(para.p.sentences, c.end - 1) === sentence) return undefined;
  return rangeAt(para.outer, c.end) || para.outer.some((o) => o.start >= c.end && o.start < offset) ? undefined : c;
}


export function extractQuotes(article: Article, people: LocalPerson[], grammar: ArticleGrammar = articleGrammar(article)): LocalQuote[] {
  const ctx = speakerContext(locateMentions(article, people, grammar.paragraphs.map((g) => g.toks)));
  const paras: Para[] = [];
  for (const [k, p] of article.paragraphs.entries()) {
    const toks = ctx.toks[k]!;
    const continuing = paras.at(-1)?.spans.at(-1)?.open === true;
    const spans = findQuoteSpans(p.text, continuing);
    // cues inside quotation marks are the quoted speaker's words, not attributions
    const cues = grammar.paragraphs[k]!.cues.filter((c) => !rangeAt(spans, toks[c.verbTok]!.start));
    const byStart = [...cues].sort((a, b) => a.start - b.start);
    const byEnd = [...cues].sort((a, b) => a.end - b.end);
    paras.push({
      p, toks, cues, spans, outer: spans.map((s) => ({ start: s.outerStart, end: s.outerEnd })),
      byStart, cueStarts: byStart.map((c) => c.start), byEnd, cueEnds: byEnd.map((c) => c.end),
    });
  }
  const inQuote: InQuote = (k, offset) => rangeAt(paras[k]!.outer, offset) !== undefined;
  const speaksAt: SpeaksAt = (k, end) => paras[k]!.cues.some((c) => c.subject.category !== 'pronoun' && c.subject.end === end);
  const opensSentence: OpensSentence = (k, start) => {
    const p = paras[k]!.p;
    const s = rangeAt(p.sentences, start);
    // only a title may stand before it ("Mr.", "House Speaker"), not "While" or "After"
    const before = p.text.slice(s?.start ?? start, start);
    if (s === undefined) return false;
    // or a role set off before it: "The opposition leader, Gareth Moss, said"
    if (/^(?:The|A|An|His|Her|Their|Its)\s[^,;:]{0,60},\s*$/u.test(before)) return true;
    return /^(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}$/u.test(before) &&
      before.split(/\s+/).every((w) => !w || !NOT_NAME_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')));
  };
  /** A role phrase ("the California congressman") that resolved to a named person describes them. */
  const describes = (cue: Cue, speaker: string | null): boolean => {
    const person = speaker === null ? undefined : ctx.byKey.get(speaker);
    // (not "his lawyer" or "Obama's strategist": a description through someone else is not a role of one's own)
    if (person?.kind !== 'person' || cue.subject.category === 'pronoun' || /[\u2019']s\b|^(?:his|her|their|its|my|our|your)\s/i.test(cue.subject.text)) return false;
    // a role phrase without the person's own name in it ("the California congressman", not "Rep. Schiff")
    const words = cue.subject.text.toLowerCase().split(/\s+/);
    const names = [...person.name.toLowerCase().split(/\s+/), ...person.aliases.map((a) => a.toLowerCase().split(/\s+/).at(-1)!)];
    return isRoleNoun(words.at(-1)!) && !words.some((w) => names.includes(w));
  };
  /** The person named right before a dash that sets off a quote at an offset, if any. */
  const nameBeforeDash = (k: number, offset: number): string | null => {
    const text = paras[k]!.p.text;
    const dash = /(\S)\s*(?:--|[\u2014\u2013])\s*$/u.exec(text.slice(Math.max(0, offset - 6), offset));
    if (!dash) return null;
    const end = offset - dash[0].length + 1;
    const i = firstMentionAtOrAfter(ctx.mentions, k, end) - 1;
    const m = i >= 0 ? ctx.mentions[i] : undefined;
    return m && m.paragraph === k && Math.abs(m.end - end) <= 1 && !m.possessive && !inQuote(k, m.start) ? m.key : null;
  };
  /** The person who opens the sentence holding an offset, if one does. */
  const subjectOfSentence = (k: number, offset: number): string | null => {
    const sentence = rangeAt(paras[k]!.p.sentences, offset);
    if (!sentence) return null;
    for (let i = firstMentionAtOrAfter(ctx.mentions, k, sentence.start); i < ctx.mentions.length; i++) {
      const m = ctx.mentions[i]!;
      if (m.paragraph !== k || m.start >= offset) break;
      if (m.possessive) continue;
      // or opens the main clause after an opening phrase ("With leaders worried, President Obama is …")
      const lead = paras[k]!.p.text.slice(sentence.start, m.start);
      const afterOpening = /^[^,;:]{1,160},\s+(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}$/u.test(lead) && NOT_NAME_WORDS.has(lead.split(/\s/)[0]!.toLowerCase());
      if (opensSentence(k, m.start) || afterOpening) return m.key;
    }
    return null;
  };
  const resolve = (cue: Cue, k: number) => resolveSpeaker(cue.subject, { paragraph: k, offset: cue.subject.start }, ctx, inQuote, speaksAt, opensSentence);
  const speakerOf = (cue: Cue, k: number): string | null => {
    const it = cue.subject.category === 'pronoun' ? cue.subject.text.toLowerCase() : '';
    if (it === 'he' || it === 'she') {
      // "…, he said, … That's why, he argued, …": the same pronoun again in a paragraph is the same person
      // (unless someone is named speaking in between: "… he wrote …, Mr. McKinley said …. ''…,'' he said")
      const before = paras[k]!.cues.filter((c) => c.end <= cue.start);
      const named = before.findLastIndex((c) => c.subject.category !== 'pronoun');
      const same = before.slice(named + 1).find((c) => c.subject.category === 'pronoun' && c.subject.text.toLowerCase() === it);
      return resolve(same ?? cue, k);
    }
    if (it !== 'it' && it !== 'they') return resolve(cue, k);
    // "The Security Council … pledged … what it called “…”", "The ministry said …. It added": the last
    // group that spoke, in this paragraph or the one before
    for (const [j, cues] of [[k, paras[k]!.cues.filter((c) => c.end <= cue.start)], [k - 1, paras[k - 1]?.cues ?? []]] as const) {
      for (let i = cues.length - 1; i >= 0; i--) {
        if (cues[i]!.subject.category === 'pronoun') continue;
        const key = resolve(cues[i]!, j);
        const p = key ? ctx.byKey.get(key) : undefined;
        return p?.kind === 'organization' && (it === 'it') === !/s$/.test(p.name) ? key : null;
      }
    }
    return null;
  };

  // quoted pieces, linked into chains over paragraphs
  const pieces: Piece[] = [];
  let chain = 0;
  paras.forEach((para, k) => {
    para.spans.forEach((span, i) => {
      const prev = pieces.at(-1);
      const continues = i === 0 && prev && prev.paragraph === k - 1 && prev.span.open && span.outerStart === 0 &&
        (opensWithQuote(para.p.text) || span.start === 0);
      if (!continues) chain++;
      pieces.push({ paragraph: k, span, cue: null, chain });
    });
  });

  const out: LocalQuote[] = [];
  const speakerByChain = new Map<number, string | null>();
  const cueByChain = new Map<number, Cue>();
  const accepted = new Set<Piece>();
  for (const piece of pieces) {
    const para = paras[piece.paragraph]!;
    const found = cueFor(para, piece.span);
    const text = para.p.text.slice(piece.span.start, piece.span.end);
    const words = wordCount(text);
    if (found) {
      const gapWords = found.before ? wordCount(para.p.text.slice(found.cue.end, piece.span.outerStart).replace(/\bthat\b/g, '')) : 0;
      if (looksLikeTitle(text) && words < 6) continue;
      piece.cue = found.cue;
      if (!cueByChain.has(piece.chain) || !found.before) cueByChain.set(piece.chain, found.cue);
      // "called Trump a “liar” who is …, a “narcissist …”": a one- or two-word fragment is no quote of its own,
      // but its cue still speaks for the fragments after it
      // (after a colon it is said in full: 'the senator said only: “We'll see.”')
      if (found.before && gapWords > 0 && words < 3 && !/:\s*$/.test(para.p.text.slice(found.cue.end, piece.span.outerStart))) continue;
    }
    accepted.add(piece);
  }
  for (const piece of pieces) {
    const cue = cueByChain.get(piece.chain);
    if (cue && piece.cue === cue && !speakerByChain.has(piece.chain)) speakerByChain.set(piece.chain, speakerOf(cue, piece.paragraph));
  }
  // for each piece, the attributed piece of its paragraph before it (else the first one after it)
  const nearestAttributed = new Map<Piece, Piece>();
  let last: Piece | undefined;
  let waiting: Piece[] = [];
  for (const piece of pieces) {
    if (last && last.paragraph !== piece.paragraph) last = undefined;
    if (waiting.length && waiting[0]!.paragraph !== piece.paragraph) waiting = [];
    if (cueByChain.has(piece.chain)) {
      for (const w of waiting) nearestAttributed.set(w, piece);
      waiting = [];
      last = piece;
    } else if (last) nearestAttributed.set(piece, last);
    // only a quote that opens its sentence or stands set off by a dash or colon waits for a speaker named after it
    // (a fragment inside someone else's sentence, "Japan branded it an “outlaw”", does not)
    else if (opensItsSentence(paras[piece.paragraph]!, piece.span.outerStart) || setOff(paras[piece.paragraph]!, piece.span.outerStart)) waiting.push(piece);
  }

  // the remaining pieces: from a neighbour in the paragraph, or the previous paragraph's last speaker
  const lastSpeakerOfParagraph = new Map<number, string | null>();
  // "Caddell continued:" as a paragraph of its own introduces the quote of the next one
  // with no verb of saying ("On Monday, Ruiz made the following comment:"), the person named first in that
  // closing sentence
  paras.forEach((para, k) => {
    if (!/:\s*$/.test(para.p.text) || para.spans.length !== 0) return;
    const cue = para.cues.at(-1);
    if (cue) { lastSpeakerOfParagraph.set(k, speakerOf(cue, k)); return; }
    const from = para.p.sentences.at(-1)!.start;
    const m = ctx.mentions[firstMentionAtOrAfter(ctx.mentions, k, from)];
    if (m && m.paragraph === k && !m.possessive) lastSpeakerOfParagraph.set(k, m.key);
  });
  for (const piece of pieces) {
    if (!accepted.has(piece)) continue;
    const para = paras[piece.paragraph]!;
    const text = para.p.text.slice(piece.span.start, piece.span.end);
    // "including the former candidate Mitt Romney -- ''It is disqualifying …'' --": the name the dash follows
    const named = nameBeforeDash(piece.paragraph, piece.span.outerStart);
    let speaker: string | null | undefined = named ?? speakerByChain.get(piece.chain);
    let attributed = named !== null || cueByChain.has(piece.chain);
    if (!attributed) {
      const near = nearestAttributed.get(piece);
      const earlier = near ? undefined : lastCueBefore(para, piece.span.outerStart);
      if (near) { speaker = speakerByChain.get(near.chain) ?? null; attributed = true; }
      else if (earlier) {
        // "…, Schiff said. “The other factor …”": the speaker of the paragraph's sentence before
        speaker = speakerOf(earlier, piece.paragraph);
        attributed = speaker !== null;
      }
      else if (piece.span.outerStart === 0 && lastSpeakerOfParagraph.has(piece.paragraph - 1)) {
        speaker = lastSpeakerOfParagraph.get(piece.paragraph - 1) ?? null;
        attributed = speaker !== null;
      } else if (/:\s*$/.test(para.p.text.slice(Math.max(0, piece.span.outerStart - 3), piece.span.outerStart))) {
        // "President Obama is rolling out a new message: “It's about me.”": the person the sentence is about
        speaker = subjectOfSentence(piece.paragraph, piece.span.outerStart);
        attributed = speaker !== null;
      }
    }
    const words = wordCount(text);
    if (!attributed && (words < MIN_UNATTRIBUTED_WORDS || looksLikeTitle(text))) continue;
    // a single quoted word with no cue of its own ("a “bully”") is a scare quote, whoever speaks around it
    if (words < 2 && !piece.cue) continue;
    const quote = cleanQuote(text);
    if (!quote) continue;
    const cue = cueByChain.get(piece.chain);
    out.push({
      speaker: speaker ?? null,
      text: quote,
      kind: 'direct',
      cite: { paragraph: para.p.n, text: citeText(para.p, piece.span.outerStart, piece.span.outerEnd) },
      ...(cue ? { cue: cue.verb } : {}),
      ...(cue && speaker && cueByChain.get(piece.chain) === cue && describes(cue, speaker) ? { speakerAs: cue.subject.text } : {}),
    });
    if (speaker) lastSpeakerOfParagraph.set(piece.paragraph, speaker);
  }

  // reported speech and transcript lines
  paras.forEach((para, k) => {
    const line = transcriptLine(para.p.text);
    if (line && para.spans.length === 0) {
      const speaker = resolveSpeaker(line.speaker, { paragraph: k, offset: 0 }, ctx, inQuote, speaksAt, opensSentence);
      if (speaker) out.push({ speaker, text: para.p.text.slice(line.start, line.end), kind: 'direct', cite: { paragraph: para.p.n, text: para.p.text }, cue: ':' });
      return;
    }
    for (const cue of para.cues) {
      const r = reportedContent(para.p.text, para.toks, para.p.sentences, cue, para.cues);
      if (!r) continue;
      // words already inside quotation marks are direct quotes, found above
      const quoted = overlapping(para.spans, r.start, r.end).reduce((n, s) => n + Math.min(s.end, r.end) - Math.max(s.start, r.start), 0);
      if (quoted > (r.end - r.start) * 0.6) continue;
      const speaker = speakerOf(cue, k);
      out.push({
        speaker,
        text: para.p.text.slice(r.start, r.end),
        kind: 'indirect',
        cite: { paragraph: para.p.n, text: citeText(para.p, Math.min(r.start, cue.start), Math.max(r.end, cue.end)) },
        cue: cue.verb,
        ...(describes(cue, speaker) ? { speakerAs: cue.subject.text } : {}),
      });
    }
  });
  out.sort((a, b) => a.cite.paragraph - b.cite.paragraph);
  return out;
}
