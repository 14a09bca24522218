// Verbs of telling: "the rep would not say why" and "the rep wouldn't reveal why" deny the same thing, and
// "the rep explained why" asserts what both deny.
import { TELLING_VERBS } from '../../extract/lexicon/lists.js';
import { canon } from '../../textIndex/termFamily.js';
import type { Token } from './passage.js';

const TELLING = new Set(TELLING_VERBS);

/** The base forms a written verb may have ("disclosed": "disclos", "disclose"; "planned": "plan"). */
export function verbForms(w: string): string[] {
  return [w, canon(w), w.replace(/(?:ed|es|s|ing)$/, ''), w.replace(/(?:d|s)$/, ''), w.replace(/ing$/, 'e'), w.replace(/ied$/, 'y'),
    w.replace(/([bglnprt])\1(?:ed|ing)$/, '$1')];
}

/** Whether the written word is a verb of telling, in any inflection ("said", "reveals", "disclosed"). */
export function isTelling(t: Token): boolean {
  return t.kind === 'word' && verbForms(t.word).some((f) => TELLING.has(f));
}
