// Verbs of telling: "the rep would not say why" and "the rep wouldn't reveal why" deny the same thing, and
// "the rep explained why" asserts what both deny.
import { TELLING_VERBS } from '../../extract/lexicon/lists.js';
import { canon } from '../../textIndex/termFamily.js';
import type { Token } from './passage.js';

const TELLING = new Set(TELLING_VERBS);

/** Words whose forms are kept: a query's judged passages ask for those of every word they hold. */
const FORMS_MEMO = 20_000;
const formsMemo = new Map<string, readonly string[]>();

/** The base forms a written verb may have ("disclosed": "disclos", "disclose"; "planned": "plan"), the same
 *  list for every call (callers only read it). */
export function verbForms(w: string): readonly string[] {
  let out = formsMemo.get(w);
  if (!out) {
    if (formsMemo.size > FORMS_MEMO) formsMemo.clear();
    formsMemo.set(w, (out = formsOf(w)));
  }
  return out;
}

function formsOf(w: string): string[] {
  return [w, canon(w), w.replace(/(?:ed|es|s|ing)$/, ''), w.replace(/(?:d|s)$/, ''), w.replace(/ing$/, 'e'), w.replace(/ied$/, 'y'),
    w.replace(/([bglnprt])\1(?:ed|ing)$/, '$1')];
}

/** Whether the written word is a verb of telling, in any inflection ("said", "reveals", "disclosed"). */
export function isTelling(t: Token): boolean {
  return t.kind === 'word' && verbForms(t.word).some((f) => TELLING.has(f));
}
