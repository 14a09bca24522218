// One question of every command, asked of a library just after it first loads, before anyone is waiting: the
// claim reader loads WordNet and the wink model on first use and the answer paths are compiled on first run,
// which would otherwise land on the first user's /sources (about 650 ms at 10,000 articles). The questions are
// made of the library's own text, so each one reaches the code a real answer does.
import type { Library } from '../library/library.js';
import type { QueryRequest } from '../model/query.js';
import { runQuery } from './runQuery.js';

/** Words of a warm-up question: enough to read as a claim, short enough to answer fast. */
const WARM_UP_WORDS = 12;

const opening = (text: string) => text.split(/\s+/).slice(0, WARM_UP_WORDS).join(' ');

/** The warm-up questions for a library: none when it holds nothing to ask about. */
export function warmUpQueries(lib: Library): QueryRequest[] {
  const quote = lib.quotes.find((q) => q.kind === 'direct') ?? lib.quotes[0];
  const event = lib.events[0];
  const person = lib.people[0];
  const out: QueryRequest[] = [];
  if (quote) {
    out.push({ command: 'who-said', q: opening(quote.text) });
    out.push({ command: 'sources', q: opening(quote.evidence.text) });
    out.push({ command: 'ask', q: `who said ${opening(quote.text)}` });
  }
  if (person) out.push({ command: 'quotes', q: person.name });
  if (event) out.push({ command: 'when', q: opening(event.what) });
  return out;
}

/** Asks the warm-up questions and drops the answers; never throws: a fault is left for a real question to
 *  report through the runner's own error path. Gives how many were answered. */
export function warmUp(lib: Library): number {
  let asked = 0;
  try {
    for (const q of warmUpQueries(lib)) {
      runQuery(lib, q);
      asked++;
    }
  } catch {
    // nothing to add: the same fault reaches the user's question with its own error answer
  }
  return asked;
}
