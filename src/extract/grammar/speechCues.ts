// Attribution cues in a paragraph: a verb of saying with its subject ("Lavrov stressed", "said Sanders",
// "the Russian foreign minister said", "sources said", "according to the ministry"). The subject is read as
// a short noun phrase next to the verb, walking tokens, never with a backtracking pattern.
import { NOT_NAME_WORDS, HONORIFICS } from '../people/lexicon.js';
import { tokenAt, type Tok } from '../people/wordTokens.js';
import { EVENT_NOUNS, ISSUED_DOCUMENTS, SPEECH_VERBS, WEAK_SPEECH_VERBS } from '../lexicon/lists.js';
import { isAdverb, DETS, joined, BE_FORMS, opensWithPhrase } from './cueWords.js';
import { phraseStartingAt, describedNameAfter, phraseToPunctuation } from './nounPhrases.js';
import { subjectBefore, postModified, catenativeSubject, promptedSubject, ISSUING, issuerOf, INDEFINITE_ARTICLES } from './subjects.js';
import type { Cue, SpeakerPhrase } from './cueTypes.js';
import { openingSubject } from './openingSubjects.js';
import { pronounClauseAt } from './finite.js';

export type { Cue, SpeakerCategory, SpeakerPhrase } from './cueTypes.js';

/** "according to a speech Mrs. Clinton delivered", "according to an interview Lavrov gave": the one who gave it. */
function authorOfDocument(text: string, toks: Tok[], s: number): SpeakerPhrase | null {
  const det = toks[s];
  if (!det || !(INDEFINITE_ARTICLES.has(det.lower) || det.lower === 'the')) return null;
  // "a court document filed by state attorney Dave Aronberg": up to two words before the document, then who issued it
  const d = [s + 1, s + 2, s + 3].find((j) => toks[j] && (ISSUED_DOCUMENTS.has(toks[j]!.lower) || SPOKEN.has(toks[j]!.lower)));
  if (d === undefined) return null;
  const by = toks[d + 2];
  if (by?.lower === 'by' && (ISSUING.has(toks[d + 1]!.lower) || /^\p{Ll}+ed$/u.test(toks[d + 1]!.text))) {
    const issuer = phraseStartingAt(text, toks, d + 3) ?? describedNameAfter(text, toks, d + 3);
    if (issuer && issuer.category !== 'pronoun') return issuer;
  }
  if (d !== s + 1) return null;
  const name = phraseStartingAt(text, toks, s + 2);
  const verb = name ? toks[name.to + 1] : undefined;
  if (!name || name.category !== 'name' || !verb || verb.cap || !/^\s+$/.test(text.slice(toks[name.to]!.end, verb.start))) return null;
  return /(?:ed|ave|ote|ade)$/.test(verb.lower) ? name : null;
}
const SPOKEN = new Set([
  'speech',
  'interview',
  'address',
  'remarks',
  'testimony',
  'lecture',
  'sermon',
  'briefing',
  'op-ed',
  'book',
  'article',
  'column',
]);

/** "PARIS, Aug 31 (Reuters) - ", "WASHINGTON — ", "Washington (AFP) – ": where a dateline ends, else `start`. */
const DATELINE = /^\s*(?:\p{Lu}[\p{Lu}.' ]{2,}(?:,[^,\n()\u2014\u2013]{1,24}){0,2}(?:\s*\([^()\n]{1,40}\))?|\p{Lu}[\p{L}.' ]{1,30}(?:,[^,\n()]{1,24}){0,2}\s*\([^()\n]{1,40}\))\s*(?:--|[\u2014\u2013\u2015-])\s+/u;
function afterDateline(text: string, start: number): number {
  const m = DATELINE.exec(text.slice(start, start + 80));
  return m ? start + m[0].length : start;
}



/** Past participles that pass a speaker's words on: "was quoted as saying", "was heard saying". */
const PASSING_ON = new Set(['quoted', 'heard', 'overheard', 'recorded', 'filmed', 'caught']);
const GO_FORMS = new Set(['go', 'goes', 'went', 'going', 'gone']);
const QUESTION_OPENERS = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'which', 'who']);

/** Reports a plain subject-verb reading misses: "the mayor was quoted as saying …" (the mayor speaks), "the email
 *  goes on to say …" and "Ortiz was asked by a reporter whether …" (the reporter speaks: the question is the content). */
function passiveCue(text: string, toks: Tok[], v: number, sentenceStart: number): Cue | null {
  const t = toks[v]!;
  const inSentence = (j: number) => j >= 0 && toks[j]!.start >= sentenceStart;
  if (t.lower === 'saying' && v >= 3 && inSentence(v - 3)) {
    const as = toks[v - 1]!.lower === 'as' ? 1 : 0;
    const be = toks[v - 2 - as]!;
    if (!PASSING_ON.has(toks[v - 1 - as]!.lower) || !BE_FORMS.has(be.lower)) return null;
    const subject = subjectBefore(text, toks, v - 2 - as, sentenceStart);
    return subject
      ? { verb: t.text, verbTok: v, subject, start: subject.start, end: t.end, inverted: false, weak: false, according: false }
      : null;
  }
  // "The email goes on to say: …", "Varga went on to warn that …": the subject of "go on"
  if (
    v >= 3 &&
    toks[v - 1]!.lower === 'to' &&
    toks[v - 2]!.lower === 'on' &&
    GO_FORMS.has(toks[v - 3]!.lower) &&
    SPEECH_VERBS.has(t.lower) &&
    inSentence(v - 3)
  ) {
    const subject = subjectBefore(text, toks, v - 3, sentenceStart);
    const weak = WEAK_SPEECH_VERBS.has(t.lower);
    return subject
      ? { verb: t.text, verbTok: v, subject, start: subject.start, end: t.end, inverted: false, weak, according: false }
      : null;
  }
  if (!/^(?:asked|questioned)$/.test(t.lower) || !inSentence(v - 1) || !BE_FORMS.has(toks[v - 1]!.lower) || toks[v + 1]?.lower !== 'by') return null;
  const subject = phraseStartingAt(text, toks, v + 2);
  const next = subject ? toks[subject.to + 1] : undefined;
  if (!subject || subject.category === 'pronoun') return null;
  const start = toks[v - 1]!.start;
  const cue = { verb: t.text, verbTok: v, subject, start, end: subject.end, inverted: false, weak: false, according: false };
  if (next && QUESTION_OPENERS.has(next.lower) && /^\s+$/.test(text.slice(toks[subject.to]!.end, next.start))) return cue;
  // "Sanders was asked by host Bill Maher, who backs him, “…?”": the question quoted after the asker and an aside
  const quoted = QUESTION_AFTER_ASIDE.exec(text.slice(subject.end, subject.end + ASIDE_REACH));
  return quoted ? { ...cue, end: subject.end + quoted[0].length - quoted[1]!.length } : null;
}
/** An aside of one clause at most, then a comma or colon and an opening quotation mark. */
const QUESTION_AFTER_ASIDE = /^(?:,[^.!?;"\u201c\u201d]*)?([,:]\s*)["\u201c]/u;
const ASIDE_REACH = 240;

/** "emailed supporters saying", "an email to donors stating": the phrase before a participle is the object of a
 *  verb or of "to", so the participle's speaker is the sentence's subject. */
function objectBeforeParticiple(toks: Tok[], phrase: SpeakerPhrase, v: number): boolean {
  const prev = toks[phrase.from - 1];
  return toks[v]!.lower.endsWith('ing') && !!prev && (prev.lower === 'to' || /^\p{Ll}+ed$/u.test(prev.text));
}

/** "… and said", "… and then said", "… but also added", "…, then says": a verb coordinated with one before it. */
function coordinated(text: string, toks: Tok[], v: number): boolean {
  const thenAfterComma = (q: number) => toks[q]!.lower === 'then' && q > 0 && /,\s*$/.test(text.slice(toks[q - 1]!.end, toks[q]!.start));
  let q = v - 1;
  while (q > 0 && v - q <= 2 && isAdverb(toks[q]!) && !thenAfterComma(q) && joined(text, toks[q]!, toks[q + 1]!)) q--;
  const link = toks[q];
  if (!link || !joined(text, link, toks[q + 1]!)) return false;
  return link.lower === 'and' || link.lower === 'but' || thenAfterComma(q);
}

/** The subject that opens the sentence of token `v`: its first phrase, or (past an opening phrase: "During the
 *  speech, Trump attacked …", "At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders endorsed …") the
 *  first phrase after a comma that a verb follows. */
function openingPhrase(text: string, toks: Tok[], v: number, sentenceStart: number): SpeakerPhrase | null {
  let s = v;
  while (s > 0 && toks[s - 1]!.start >= sentenceStart) s--;
  const opening = opensWithPhrase(toks[s]!) ? null : phraseStartingAt(text, toks, s);
  // ("He spoke at length, saying …": a pronoun that opens the sentence is its subject)
  const word = toks[s]!.lower;
  if (opening && (opening.category === 'pronoun' || !NOT_NAME_WORDS.has(word) || HONORIFICS.has(word) || DETS.has(word))) return opening;
  for (let c = s; c < v - 1; c++) {
    if (!/,\s*$/.test(text.slice(toks[c]!.end, toks[c + 1]!.start))) continue;
    const p = phraseStartingAt(text, toks, c + 1);
    const next = p ? toks[p.to + 1] : undefined;
    if (p && next && p.to < v - 1 && /^\s+$/.test(text.slice(toks[p.to]!.end, next.start)) && !next.cap) return p;
  }
  return null;
}

/** "Six newspapers in the state, including …, said he …": the words that open the sentence up to its first comma
 *  (past a link word: "Yet some voters …"), as a generic source. */
function subjectToComma(text: string, toks: Tok[], v: number, sentenceStart: number): SpeakerPhrase | null {
  let s = v;
  while (s > 0 && toks[s - 1]!.start >= sentenceStart) s--;
  if (LINK_WORDS.has(toks[s]!.lower)) s++;
  return s < v && !opensWithPhrase(toks[s]!) ? phraseToPunctuation(text, toks, s) : null;
}
const LINK_WORDS = new Set(['and', 'but', 'yet', 'so']);

/** Prepositions that take a participle of saying: "before explaining why", "after insisting that", "by announcing". */
const PARTICIPLE_PREPOSITIONS = new Set(['after', 'before', 'by', 'while', 'without', 'since', 'upon']);

/** Auxiliaries and modals: after a phrase, the verb of a clause ("the mayor was", "the fares would"). */
const CLAUSE_AUXILIARIES = new Set('is are was were would will could should can may might must had has have does did'.split(' '));
const clauseVerbAfter = (text: string, toks: Tok[], to: number) => {
  const next = toks[to + 1];
  return next !== undefined && CLAUSE_AUXILIARIES.has(next.lower) && /^\s+$/.test(text.slice(toks[to]!.end, next.start));
};

/** Cues of a paragraph; `sentences` are its sentence ranges (a subject never crosses a sentence). */
export function findCues(text: string, toks: Tok[], sentences: readonly { start: number; end: number }[]): Cue[] {
  const out: Cue[] = [];
  let sentence = 0;
  for (let v = 0; v < toks.length; v++) {
    const t = toks[v]!;
    while (sentence + 1 < sentences.length && sentences[sentence]!.end <= t.start) sentence++;
    // a dateline ("PARIS, Aug 31 (Reuters) -") opens the paragraph's first sentence but is never its subject
    const sentenceStart = sentence === 0 ? afterDateline(text, sentences[0]?.start ?? 0) : sentences[sentence]!.start;
    if (t.lower === 'according' && toks[v + 1]?.lower === 'to') {
      const subject = authorOfDocument(text, toks, v + 2) ?? phraseStartingAt(text, toks, v + 2) ?? phraseToPunctuation(text, toks, v + 2);
      if (subject && subject.category !== 'pronoun') {
        const verb = text.slice(t.start, toks[v + 1]!.end);
        out.push({ verb, verbTok: v, subject, start: t.start, end: subject.end, inverted: true, weak: false, according: true });
      }
      continue;
    }
    const passive = passiveCue(text, toks, v, sentenceStart);
    if (passive) { out.push(passive); continue; }
    const opensSentence = t.start === sentenceStart;
    if (!SPEECH_VERBS.has(t.lower) || (t.cap && v > 0 && !opensSentence)) continue;
    // "as X put it": "put" says something only with "it"; "continues to lead" is going on, not speaking
    if ((t.lower === 'put' && toks[v + 1]?.lower !== 'it') || (t.lower.startsWith('continu') && toks[v + 1]?.lower === 'to')) continue;
    // "the IMF report stated": a word before another verb of saying is a noun ("report", "comment", "call")
    const nextTok = toks[v + 1];
    if (nextTok && SPEECH_VERBS.has(nextTok.lower) && !nextTok.lower.endsWith('ing') && /^\s+$/.test(text.slice(t.end, nextTok.start))) continue;
    const weak = WEAK_SPEECH_VERBS.has(t.lower);
    // "…, arguing that": a participle after a comma has the sentence's subject, never the noun before the comma
    const afterComma = t.lower.endsWith('ing') && v > 0 && /,\s*$/.test(text.slice(toks[v - 1]!.end, t.start));
    const subject = afterComma ? null : issuerOf(text, toks, subjectBefore(text, toks, v, sentenceStart), sentenceStart);
    // ("emailed supporters saying": the object of a verb before it, or "to supporters stating", is as good as a comma)
    const participle = afterComma || (subject !== null && objectBeforeParticiple(toks, subject, v));
    const found = participle ? null : subject;
    // "she said at a news conference announcing …": an event does not speak; the sentence's speaker does
    const before = (found && t.lower.endsWith('ing') && EVENT_NOUNS.has(toks[found.to]!.lower) ? null : found) ??
      (participle ? null : postModified(text, toks, v, sentenceStart) ?? promptedSubject(text, toks, v, sentenceStart) ??
        catenativeSubject(text, toks, v, sentenceStart)) ??
      (participle || weak || t.lower.endsWith('ing') ? null : openingSubject(text, toks, v, sentenceStart));
    if (before) {
      out.push({ verb: t.text, verbTok: v, subject: before, start: before.start, end: t.end, inverted: false, weak, according: false });
      continue;
    }
    // "Sanders praised her son before explaining why she forgave him": a participle after a preposition, late in the
    // sentence, has the subject that opens it
    const prep = toks[v - 1];
    if (t.lower.endsWith('ing') && prep && prep.start > sentenceStart && PARTICIPLE_PREPOSITIONS.has(prep.lower) && joined(text, prep, t)) {
      const opening = openingPhrase(text, toks, v, sentenceStart);
      if (opening && opening.to < v - 2) {
        out.push({ verb: t.text, verbTok: v, subject: opening, start: t.start, end: t.end, inverted: false, weak, according: false });
        continue;
      }
    }
    // "…, saying …" / "… and vowed …": the subject that opens the sentence
    const prevTok = toks[v - 1];
    if (prevTok && prevTok.start >= sentenceStart && (participle || coordinated(text, toks, v))) {
      const earlier = out.at(-1);
      if (earlier && earlier.end >= sentenceStart) {
        // "“…,” Trump said, adding …": the same speaker
        const { subject } = earlier;
        out.push({ verb: t.text, verbTok: v, subject, start: t.start, end: t.end, inverted: false, weak, according: false });
        continue;
      }
      const opening = openingPhrase(text, toks, v, sentenceStart);
      if (opening && opening.to < v - 1) {
        out.push({ verb: t.text, verbTok: v, subject: opening, start: t.start, end: t.end, inverted: false, weak, according: false });
        continue;
      }
    }
    // "…," said Sanders / "…," says the minister: the verb right after a comma or a closing quote
    const prevEnd = v > 0 ? toks[v - 1]!.end : 0;
    const sep = text.slice(prevEnd, t.start);
    if (v === 0 || opensSentence || /[,\u201d"'\u2019\u2014\u2013-]\s*$/.test(sep)) {
      const after = phraseStartingAt(text, toks, v + 1) ?? describedNameAfter(text, toks, v + 1);
      // "Some voters who …, at rallies or at small events, said he had …", "…, said the mayor was …": a phrase with
      // a verb of its own opens the content; the subject is the long phrase that opens the sentence
      if (/,\s*$/.test(sep) && (pronounClauseAt(toks, v + 1) || (after !== null && clauseVerbAfter(text, toks, after.to)))) {
        const opening = openingPhrase(text, toks, v, sentenceStart) ?? subjectToComma(text, toks, v, sentenceStart);
        if (opening && opening.category !== 'pronoun' && opening.to < v - 1) {
          out.push({ verb: t.text, verbTok: v, subject: opening, start: opening.start, end: t.end, inverted: false, weak,
            according: false });
        }
        continue;
      }
      if (after && joined(text, t, toks[v + 1]!)) {
        out.push({ verb: t.text, verbTok: v, subject: after, start: t.start, end: after.end, inverted: true, weak, according: false });
      }
    }
  }
  return out;
}

/** "“…” ― Pamela Padilla": a name after a dash that follows a quote, ending the sentence or paragraph. */
export function dashAttribution(text: string, toks: Tok[], from: number): Cue | null {
  const k = tokenAt(toks, from);
  const t = toks[k];
  if (!t || !/^\s*[\u2015\u2014\u2013-]{1,2}\s*$/.test(text.slice(from, t.start))) return null;
  const subject = phraseStartingAt(text, toks, k);
  if (!subject || subject.category === 'pronoun' || subject.category === 'generic') return null;
  if (!/^\s*([,.;(]|$)/.test(text.slice(subject.end, subject.end + 2))) return null;
  return {
    verb: text.slice(from, t.start).trim(),
    verbTok: k,
    subject,
    start: from,
    end: subject.end,
    inverted: true,
    weak: false,
    according: false,
  };
}

