// "President Obama is rolling out a new message: “It's about me.”": after a colon, the person the sentence is
// about (its subject, or the subject of its main clause after an opening phrase).
import { NOT_NAME_WORDS, isRoleNoun } from '../../people/lexicon.js';
import { firstMentionAtOrAfter } from '../../people/locateMentions.js';
import type { ArticleView } from '../articleView.js';
import { rangeAt } from '../ranges.js';
import { found, type AttributionRule } from './rule.js';

/** The person a sentence is about: the first one named that opens it, or opens its main clause after an opening
 *  phrase ("When Wallace died, President Clinton released …": Clinton), before `offset`. */
export function subjectOfSentence(view: ArticleView, k: number, offset: number): string | null {
  const text = view.paras[k]!.p.text;
  const sentence = rangeAt(view.paras[k]!.p.sentences, offset);
  if (!sentence) return null;
  const mentions = view.ctx.mentions;
  for (let i = firstMentionAtOrAfter(mentions, k, sentence.start); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.paragraph !== k || m.start >= offset) break;
    if (m.possessive) continue;
    // "With leaders worried, President Obama is …": the main clause's subject after an opening phrase
    const lead = text.slice(sentence.start, m.start);
    const afterOpening = /^[^,;:]{1,160},\s+(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}$/u.test(lead) && NOT_NAME_WORDS.has(lead.split(/\s/)[0]!.toLowerCase());
    if (view.opensSentence(k, m.start) || afterOpening || namedWithRole(lead)) return m.key;
  }
  return null;
}

/** "And Mr. Christie gloated:", "The technology columnist Dana Ruiz went on:": a name after a linking word or
 *  its role words ("the technology columnist") still opens the sentence. */
function namedWithRole(lead: string): boolean {
  const rest = lead.replace(/^(?:And|But|So|Then|Yet|Still)\s+/u, '');
  if (rest === '' || (rest !== lead && /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)$/u.test(rest))) return rest !== lead;
  const words = /^(?:the|a|an)\s+((?:[\p{L}-]+\s+){0,4})$/iu.exec(rest)?.[1]?.trim().split(/\s+/);
  return words !== undefined && isRoleNoun(words.at(-1)!.toLowerCase());
}

export const colonSubject: AttributionRule = {
  name: 'subject before a colon',
  apply(piece, { view }) {
    const start = piece.span.outerStart;
    if (!/:\s*$/.test(view.paras[piece.paragraph]!.p.text.slice(Math.max(0, start - 3), start))) return undefined;
    return found(subjectOfSentence(view, piece.paragraph, start));
  },
};
