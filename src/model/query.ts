// A query as every transport asks it (the CLI, the console, Discord) and its answer, tagged by command: the
// shapes the app runs and the renderers draw.
import type { AskAnswer, QuotesAnswer, SourcesAnswer, WhenAnswer } from './contract.js';

export type QueryRequest =
  | { command: 'who-said'; q: string }
  | { command: 'quotes'; q: string; about?: string | undefined }
  | { command: 'when'; q: string }
  | { command: 'sources'; q: string }
  | { command: 'ask'; q: string };

export type QueryAnswer =
  | { command: 'who-said'; answer: QuotesAnswer }
  | { command: 'quotes'; answer: QuotesAnswer }
  | { command: 'when'; answer: WhenAnswer }
  | { command: 'sources'; answer: SourcesAnswer }
  | { command: 'ask'; answer: AskAnswer };
