// One query against the library, whichever transport asked it: the CLI, the console or Discord.
import type { QueryAnswer, QueryRequest } from '../model/query.js';
import type { Library } from '../library/library.js';
import { ask } from '../answer/ask.js';
import { quotesBy } from '../answer/quotesBy.js';
import { sources } from '../answer/sources/sources.js';
import { when } from '../answer/when.js';
import { whoSaid } from '../answer/whoSaid.js';

// callers on the app side take the query's shapes from here, with runQuery

export function runQuery(lib: Library, req: QueryRequest): QueryAnswer {
  switch (req.command) {
    case 'who-said': return { command: req.command, answer: whoSaid(lib, req.q) };
    case 'quotes': return { command: req.command, answer: quotesBy(lib, req.q, req.about) };
    case 'when': return { command: req.command, answer: when(lib, req.q) };
    case 'sources': return { command: req.command, answer: sources(lib, req.q) };
    case 'ask': return { command: req.command, answer: ask(lib, req.q) };
  }
}
