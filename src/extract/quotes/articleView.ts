// The article as the attribution reads it: its paragraphs, the people named in it and where, and the questions
// the speaker resolver asks of them (is an offset quoted, does a name speak there, does it open its sentence).
import { HONORIFICS, NOT_NAME_WORDS, isRoleNoun } from '../people/lexicon.js';
import type { Cue } from '../grammar/speechCues.js';
import type { Para } from './paragraphView.js';
import { rangeAt } from './ranges.js';
import { resolveSpeaker, type InQuote, type OpensSentence, type SpeakerContext, type SpeaksAt } from './resolveSpeaker.js';

export interface ArticleView {
  paras: Para[];
  ctx: SpeakerContext;
  inQuote: InQuote;
  speaksAt: SpeaksAt;
  opensSentence: OpensSentence;
}

export function articleView(paras: Para[], ctx: SpeakerContext): ArticleView {
  const inQuote: InQuote = (k, offset) => rangeAt(paras[k]!.outer, offset) !== undefined;
  const speaksAt: SpeaksAt = (k, end) => paras[k]!.cues.some((c) => c.subject.category !== 'pronoun' && c.subject.end === end);
  const opensSentence: OpensSentence = (k, start) => {
    const p = paras[k]!.p;
    const s = rangeAt(p.sentences, start);
    if (s === undefined) return false;
    // only a title may stand before it ("Mr.", "House Speaker"), not "While" or "After"
    const before = p.text.slice(s.start, start);
    // or a role set off before it: "The opposition leader, Gareth Moss, said"
    if (/^(?:The|A|An|His|Her|Their|Its)\s[^,;:]{0,60},\s*$/u.test(before)) return true;
    const bare = (w: string) => w.toLowerCase().replace(/\.$/, '');
    return /^(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}$/u.test(before) && before.split(/\s+/).every((w) => !w || !NOT_NAME_WORDS.has(bare(w)) || HONORIFICS.has(bare(w)));
  };
  return { paras, ctx, inQuote, speaksAt, opensSentence };
}

export function resolveCue(view: ArticleView, cue: Cue, k: number): string | null {
  const at = { paragraph: k, offset: cue.subject.start };
  return resolveSpeaker(cue.subject, at, view.ctx, view.inQuote, view.speaksAt, view.opensSentence);
}

/** The speaker of a cue: its subject resolved, a repeated "he"/"she" as the one before, "it"/"they" as the last
 *  group that spoke. */
export function speakerOfCue(view: ArticleView, cue: Cue, k: number): string | null {
  const it = cue.subject.category === 'pronoun' ? cue.subject.text.toLowerCase() : '';
  if (it === 'he' || it === 'she') {
    // "…, he said, … That's why, he argued, …": the same pronoun again in a paragraph is the same person
    // (unless someone is named speaking in between: "… he wrote …, Mr. McKinley said …. ''…,'' he said")
    const before = view.paras[k]!.cues.filter((c) => c.end <= cue.start);
    const named = before.findLastIndex((c) => c.subject.category !== 'pronoun');
    const same = before.slice(named + 1).find((c) => c.subject.category === 'pronoun' && c.subject.text.toLowerCase() === it);
    return resolveCue(view, same ?? cue, k);
  }
  if (it !== 'it' && it !== 'they') return resolveCue(view, cue, k);
  // "The Security Council … pledged … what it called “…”", "The ministry said …. It added": the last
  // group that spoke, in this paragraph or the one before
  const paras = view.paras;
  for (const [j, cues] of [[k, paras[k]!.cues.filter((c) => c.end <= cue.start)], [k - 1, paras[k - 1]?.cues ?? []]] as const) {
    for (let i = cues.length - 1; i >= 0; i--) {
      if (cues[i]!.subject.category === 'pronoun') continue;
      const key = resolveCue(view, cues[i]!, j);
      const p = key ? view.ctx.byKey.get(key) : undefined;
      return p?.kind === 'organization' && (it === 'it') === !/s$/.test(p.name) ? key : null;
    }
  }
  return null;
}

/** A role phrase ("the California congressman") that resolved to a named person describes them. */
export function describes(view: ArticleView, cue: Cue, speaker: string | null): boolean {
  const person = speaker === null ? undefined : view.ctx.byKey.get(speaker);
  // (not "his lawyer" or "Obama's strategist": a description through someone else is not a role of one's own)
  if (person?.kind !== 'person' || cue.subject.category === 'pronoun' || /[\u2019']s\b|^(?:his|her|their|its|my|our|your)\s/i.test(cue.subject.text)) return false;
  // a role phrase without the person's own name in it ("the California congressman", not "Rep. Schiff")
  const words = cue.subject.text.toLowerCase().split(/\s+/);
  const names = [...person.name.toLowerCase().split(/\s+/), ...person.aliases.map((a) => a.toLowerCase().split(/\s+/).at(-1)!)];
  return isRoleNoun(words.at(-1)!) && !words.some((w) => names.includes(w));
}
