// Messages between the main thread and a build worker: plain data only (structured clone).
import type { ArticleExtraction } from '../extract/types.js';
import type { Article } from '../parse/article.js';
import type { Rejected } from '../model/contract.js';

export type ToWorker = { type: 'batch'; batch: number; files: { file: string; text: string }[] };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; batch: number; articles: Article[]; extractions: ArticleExtraction[]; rejected: Rejected[] }
  | { type: 'failed'; batch: number; error: string };
