// Reported speech (a cue's content clause outside quotation marks) and transcript lines ("SMITH: …").
import type { LocalQuote } from '../types.js';
import { describes, speakerOfCue, type ArticleView } from './articleView.js';
import type { Para } from './paragraphView.js';
import { overlapping } from './ranges.js';
import { reportedContent } from './reportedSpeech.js';
import { resolveSpeaker } from './resolveSpeaker.js';
import { citeText } from './quoteText.js';
import { transcriptLine } from './transcript.js';

/** Share of a report's characters inside quotation marks above which it is left to the direct quote. */
const MOSTLY_QUOTED = 0.6;

function transcriptQuote(view: ArticleView, para: Para, k: number): LocalQuote | null | undefined {
  const line = transcriptLine(para.p.text);
  if (!line || para.spans.length !== 0) return undefined;
  const speaker = resolveSpeaker(line.speaker, { paragraph: k, offset: 0 }, view.ctx, view.inQuote, view.speaksAt, view.opensSentence);
  const text = para.p.text.slice(line.start, line.end);
  return speaker ? { speaker, text, kind: 'direct', cite: { paragraph: para.p.n, text: para.p.text }, cue: ':' } : null;
}

export function reportedQuotes(view: ArticleView): LocalQuote[] {
  const out: LocalQuote[] = [];
  view.paras.forEach((para, k) => {
    const line = transcriptQuote(view, para, k);
    if (line !== undefined) {
      if (line) out.push(line);
      return;
    }
    for (const cue of para.cues) {
      const r = reportedContent(para.p.text, para.toks, para.p.sentences, cue, para.cues);
      if (!r) continue;
      // words already inside quotation marks are direct quotes, found apart
      const quoted = overlapping(para.spans, r.start, r.end).reduce((n, s) => n + Math.min(s.end, r.end) - Math.max(s.start, r.start), 0);
      if (quoted > (r.end - r.start) * MOSTLY_QUOTED) continue;
      const speaker = speakerOfCue(view, cue, k);
      out.push({
        speaker,
        text: para.p.text.slice(r.start, r.end),
        kind: 'indirect',
        cite: { paragraph: para.p.n, text: citeText(para.p, Math.min(r.start, cue.start), Math.max(r.end, cue.end)) },
        cue: cue.verb,
        ...(describes(view, cue, speaker) ? { speakerAs: cue.subject.text } : {}),
      });
    }
  });
  return out;
}
