// Free text routed to one of the answers, with the intent said (docs/contract.md §2): who-said, quotes, when,
// sources, or a plain search.
import type { AskAnswer } from '../model/contract.js';
import type { Library } from '../library/library.js';
import { readIntent, type ReadIntent } from './askIntent.js';
import { quotesBy } from './quotesBy.js';
import { search } from './plainSearch.js';
import { sources } from './sources/sources.js';
import { when } from './when.js';
import { whoSaid } from './whoSaid.js';

export type AskResult = AskAnswer & { asked: Omit<ReadIntent, 'intent'> };

export function ask(lib: Library, question: string): AskResult {
  const query = question.trim();
  const read = readIntent(query);
  const asked = read.about === undefined ? { q: read.q } : { q: read.q, about: read.about };
  switch (read.intent) {
    case 'who-said': return { ...whoSaid(lib, read.q), intent: 'who-said', query, asked };
    case 'quotes': return { ...quotesBy(lib, read.q, read.about), intent: 'quotes', query, asked };
    case 'when': return { ...when(lib, read.q), intent: 'when', query, asked };
    case 'sources': return { ...sources(lib, read.q), intent: 'sources', query, asked };
    case 'search': return { ...search(lib, read.q), intent: 'search', query, asked };
  }
}
