// Free text to an intent and its argument: "who said …", "what did X say about …", "when did …",
// "is it true that …", "sources for …", "did X say …", else a claim or a plain search. Direct messages are
// typed by people: mentions, greetings, "please", quote marks and stray punctuation are cleared first.
import type { Intent } from '../model/contract.js';

export interface ReadIntent {
  intent: Intent;
  /** What the chosen answer is asked: the quote's words, the speaker, the event, the claim, the search. */
  q: string;
  /** For 'quotes': the topic, when one is given. */
  about?: string;
}

const POLITE_START = /^(?:(?:hey|hi|hello|ok(?:ay)?|so|yo|dear\s+\w+|byline|bot)\b[\s,!:.-]*)+|^(?:please|pls|kindly)\b[\s,]*|^(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:tell|show|let)\s+me\s+(?:know\s+)?|^(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:check|find|verify|confirm)\s+(?:whether|if)?\s*|^(?:i(?:'d| would)\s+like\s+to\s+know|i\s+want\s+to\s+know|i\s+wonder|do\s+you\s+know|tell\s+me|show\s+me)\s*[,:]?\s*/i;
const POLITE_END = /[\s,]*(?:please|pls|thanks|thank\s+you|thx|ty)\s*[.!?]*\s*$/i;

/** Mentions, greetings and trailing politeness removed; quote marks and end punctuation stripped. */
export function cleanQuestion(text: string): string {
  let q = text
    .replace(/<@[!&]?\d+>|<#\d+>|@(?:everyone|here)\b|@\w+/g, ' ')
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  for (let k = 0; k < 4; k++) {
    const before = q;
    q = q.replace(POLITE_START, '').replace(POLITE_END, '').trim();
    if (q === before) break;
  }
  return q.replace(/^[\s"'`,:;.!?-]+|[\s"'`,:;.!?]+$/g, '').trim();
}

/** Strips a wrapping pair of quote marks and a leading "that". */
const unquote = (s: string) => s.replace(/^that\s+/i, '').replace(/^["'`]+|["'`]+$/g, '').trim();

const SAY = '(?:say|said|says|state|stated|claim|claimed|tell|told|declare|declared|announce|announced|'
  + 'write|wrote|mention|mentioned|think|thinks)';
const ABOUT = '(?:about|on|regarding|concerning|of|re)';
const WHO = '(?:who|which\\s+(?:person|official|politician|minister))';

export function readIntent(question: string): ReadIntent {
  const q = cleanQuestion(question);
  let m: RegExpExecArray | null;

  if ((m = new RegExp(`^${WHO}\\s+(?:(?:has|had|have)\\s+)?${SAY}\\s+(?:that\\s+)?(.+)$`, 'is').exec(q)) ||
    (m = /^(?:who\s+(?:is|was)\s+quoted\s+(?:as\s+)?saying|whose\s+(?:words|quote)\s+(?:is|are|was|were)|who\s+(?:is|was)\s+(?:behind|the\s+source\s+of)\s+(?:the\s+)?(?:quote|words))\s*:?\s*(.+)$/is.exec(q))) {
    return { intent: 'who-said', q: unquote(m[1]!) };
  }
  if ((m = new RegExp(`^what\\s+(?:did|does|do|has|have|had)\\s+(.+?)\\s+(?:${SAY}|to\\s+say)(?:\\s+${ABOUT}\\s+(.+))?$`, 'is').exec(q)) ||
    (m = new RegExp(`^(?:quotes?|statements?|remarks?)\\s+(?:from|by|of)\\s+(.+?)(?:\\s+${ABOUT}\\s+(.+))?$`, 'is').exec(q)) ||
    (m = new RegExp(`^how\\s+did\\s+(.+?)\\s+(?:describe|comment\\s+on|react\\s+to|respond\\s+to|view)\\s+(.+)$`, 'is').exec(q))) {
    const about = m[2] ? unquote(m[2]) : '';
    return about ? { intent: 'quotes', q: m[1]!.trim(), about } : { intent: 'quotes', q: m[1]!.trim() };
  }
  if ((m = /^(?:when|what\s+(?:day|date|time|year|month)|on\s+what\s+(?:day|date)|what\s+was\s+the\s+date\s+(?:of|when))\s+(?:(?:did|was|were|is|are|does|do|has|have|had|will)\s+)?(?:the\s+date\s+of\s+)?(.+)$/is.exec(q))) {
    return { intent: 'when', q: m[1]!.trim() };
  }
  if ((m = new RegExp(`^did\\s+(.+?)\\s+(?:really\\s+|actually\\s+)?${SAY}\\s+(?:that\\s+)?(.+)$`, 'is').exec(q))) {
    return { intent: 'sources', q: `${m[1]!.trim()} said ${unquote(m[2]!)}` };
  }
  if ((m = /^(?:is\s+it\s+(?:true|correct|right|accurate)|is\s+there\s+(?:any\s+)?evidence|(?:can|could)\s+(?:you\s+)?(?:confirm|verify)|fact[-\s]?check|check|verify|confirm|true\s+or\s+false)\s*(?:that|whether|if)?\s*:?\s*(.+)$/is.exec(q)) ||
    (m = /^(?:which|what|any)\s+(?:sources?|outlets?|articles?|reports?|media)\s+(?:say|says|said|report|reports|reported|back|backs|support|supports|confirm|confirms|claim|claims|mention|mentions)\s+(?:that\s+)?(.+)$/is.exec(q)) ||
    (m = /^(?:(?:any\s+)?sources?|evidence|proof)\s+(?:for|on|that|about)\s*:?\s*(.+)$/is.exec(q)) ||
    (m = /^(?:is|was|are|were)\s+(?:it\s+)?(.+?)\s+(?:true|correct|accurate)$/is.exec(q))) {
    return { intent: 'sources', q: unquote(m[1]!) };
  }
  if ((m = /^(?:did|was|were|has|have|had|does|do|is|are)\s+(.+)$/is.exec(q))) {
    return { intent: 'sources', q: m[1]!.trim() };
  }
  // a statement with no question word, long enough to be a claim, is checked as one
  const wordCount = q.split(/\s+/).filter(Boolean).length;
  if (!/\?\s*$/.test(question.trim()) && wordCount >= 5 && !/^(?:what|who|whom|whose|which|where|why|how)\b/i.test(q)) {
    return { intent: 'sources', q };
  }
  return { intent: 'search', q };
}
