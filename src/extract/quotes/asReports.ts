// "As the Times reported, the audit was delayed" and "The audit was delayed, as the Times reported": a cue
// inside an "as" clause reports the rest of its sentence.
import type { Tok } from '../people/wordTokens.js';
import type { Cue } from '../grammar/speechCues.js';
import { trimContent, type Reported } from './trimContent.js';

/** What may follow the verb of an opening "As X noted …" before its comma: a time, a place or a channel. */
const OPENING_TAIL = /^(?:\s+(?:on|in|at|last|earlier|this|yesterday|to|about|after|before)\b[^,;:.!?"\u201c\u201d]{0,60})?,/u;
/** Verbs that report something in an "as" clause ("as he spoke, …" only tells the time). */
const AS_VERBS = new RegExp(`^(?:${['say', 'note', 'report', 'write', 'explain', 'point', 'observe', 'put', 'argue', 'mention', 'suggest',
  'predict', 'tell', 'tweet', 'announce', 'claim', 'warn', 'detail', 'reveal', 'disclose', 'confirm', 'acknowledge', 'add', 'describe',
  'recount', 'recall', 'remind'].join('|')})`);

/** What may follow the verb of a closing "as" clause: nothing, or a time or place ("as Clyburn noted on Sunday."). */
const CLOSING = /^(?:\s+(?:on|in|at|last|earlier|before|during|this|yesterday)\b[^,;:.!?"\u201c\u201d]{0,30})?[.!?]?["\u201d]?\s*$/u;

/** The report of a cue in an "as" clause; undefined when the cue stands in none. */
export function asReport(text: string, toks: Tok[], sentence: { start: number; end: number }, cue: Cue): Reported | null | undefined {
  if (cue.inverted || cue.weak) return undefined;
  const lead = text.slice(Math.max(sentence.start, cue.start - 8), cue.start);
  const verb = toks[cue.verbTok]!;
  if (!AS_VERBS.test(verb.lower) && verb.lower !== 'said' && verb.lower !== 'told' && verb.lower !== 'wrote') return undefined;
  if (/^\s*As\s+$/.test(text.slice(sentence.start, cue.start))) {
    const tail = OPENING_TAIL.exec(text.slice(verb.end, sentence.end));
    return tail ? trimContent(text, verb.end + tail[0].length, sentence.end) : undefined;
  }
  // (the cue then closes its sentence, or a short adverbial does: "…, as Clyburn noted on Sunday.")
  if (/(?:,|\s--|[\u2014\u2013])\s*as\s+$/i.test(lead) && CLOSING.test(text.slice(verb.end, sentence.end)))
    return trimContent(text, sentence.start, cue.start - lead.length + lead.search(/(?:,|\s--|[\u2014\u2013])\s*as\s+$/i));
  return undefined;
}
