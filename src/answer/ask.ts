// Free text routed to one of the answers, with the intent said.
import type { AskAnswer } from '../model/contract.js';
import type { Library } from '../index/library.js';
import { quotesBy } from './quotesBy.js';
import { search } from './search.js';
import { sources } from './sources.js';
import { when } from './when.js';
import { whoSaid } from './whoSaid.js';

export function ask(lib: Library, question: string): AskAnswer {
  const q = question.trim();
  let m: RegExpExecArray | null;
  if ((m = /^who\s+(?:said|says|stated|claimed)\s+(?:that\s+)?(.{1,2000}?)\??$/is.exec(q))) return { intent: 'who-said', ...whoSaid(lib, m[1]!) , query: q };
  if ((m = /^what\s+did\s+(.{1,200}?)\s+say(?:\s+about\s+(.{1,500}?))?\??$/is.exec(q))) return { intent: 'quotes', ...quotesBy(lib, m[1]!, m[2]), query: q };
  if (/^when\b/i.test(q)) return { intent: 'when', ...when(lib, q.replace(/^when\s+(did|was|were|is|do|does)?\s*/i, '').replace(/\?$/, '')), query: q };
  if (/^(is it true|which sources|sources? for|did\b|was\b|were\b|has\b|have\b)/i.test(q)) return { intent: 'sources', ...sources(lib, q), query: q };
  return { intent: 'search', ...search(lib, q), query: q };
}
