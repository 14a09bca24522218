// Parses and extracts seed files in worker threads: files go out in small batches to whichever worker is
// free (small batches keep each message cheap to copy on the main thread and give a progress count),
// results come back as plain data and are put back in file order. Any worker failure fails the build.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractedCorpus } from '../index/library.js';
import type { Rejected } from '../model/contract.js';
import type { Article } from '../parse/article.js';
import type { ArticleExtraction } from '../extract/types.js';
import type { FromWorker } from './workerProtocol.js';

export interface WorkerExtractOptions {
  /** Threads to use; defaults to the cores available, at most 4. */
  workers?: number;
  /** Files per message. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** The worker script; defaults to the compiled `workerBuild.js`. */
  workerUrl?: URL;
  /** CPU niceness for the workers (0 normal, up to 19 lowest): above 0, a thread that answers queries gets
   *  the cores first and the workers take what is left. Applied where it is per thread (Linux). */
  nice?: number;
}

export interface WorkerExtractResult {
  corpus: ExtractedCorpus;
  rejected: Rejected[];
  /** File name to fingerprint, for every file sent. */
  prints: Map<string, string>;
}

/**
 * The compiled worker beside this module; when this module runs from TypeScript sources (under vitest) there
 * is no .js beside it, so the copy `npm run build` put in dist/ is used.
 */
export function resolveWorkerUrl(from: string = import.meta.url): URL {
  const here = new URL('./workerBuild.js', from);
  if (existsSync(fileURLToPath(here))) return here;
  const dir = dirname(fileURLToPath(from));
  const m = /^(.*)[\\/]src[\\/]app$/.exec(dir);
  if (m) {
    const compiled = join(m[1]!, 'dist', 'src', 'app', 'workerBuild.js');
    if (existsSync(compiled)) return pathToFileURL(compiled);
  }
  throw new Error('the build worker is not compiled: run `npm run build` first');
}

/**
 * Sentence texts as slices of their paragraph's text: they arrive as copies, and a slice only points into
 * the paragraph (a library keeps half the article text it would otherwise keep).
 */
function shareSentenceText(article: Article): void {
  for (const p of article.paragraphs) {
    for (const s of p.sentences) {
      const slice = p.text.slice(s.start, s.end);
      if (slice === s.text) s.text = slice;
    }
  }
}

/** The cited sentence or paragraph of each quote, date and event as the article's own string, where it is
 *  one: the extraction is kept for the next reload, and its cites would otherwise hold copies. */
export function shareCiteText(article: Article, x: ArticleExtraction): void {
  const share = (cite: { paragraph: number; text: string }) => {
    const p = article.paragraphs[cite.paragraph - 1];
    if (!p || p.n !== cite.paragraph) return;
    if (p.text === cite.text) { cite.text = p.text; return; }
    for (const s of p.sentences) if (s.text === cite.text) { cite.text = s.text; return; }
  };
  for (const q of x.quotes) share(q.cite);
  for (const d of x.dates) share(d.cite);
  for (const e of x.events) share(e.cite);
}

export function extractInWorkers(files: { file: string; text: string }[], opts: WorkerExtractOptions = {}): Promise<WorkerExtractResult> {
  const batchSize = Math.max(1, opts.batchSize ?? 8);
  const batches: { file: string; text: string }[][] = [];
  for (let i = 0; i < files.length; i += batchSize) batches.push(files.slice(i, i + batchSize));
  const threads = Math.max(1, Math.min(opts.workers ?? Math.min(4, availableParallelism()), batches.length || 1));
  const url = opts.workerUrl ?? resolveWorkerUrl();
  const results: Extract<FromWorker, { type: 'result' }>[] = [];

  return new Promise<WorkerExtractResult>((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let received = 0;
    let done = 0;
    let settled = false;
    const finish = (err: Error | null) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (err) return reject(err);
      const articles = results.flatMap((r) => r.articles);
      const extractions = results.flatMap((r) => r.extractions);
      resolve({
        corpus: { articles, extractions },
        rejected: results.flatMap((r) => r.rejected),
        prints: new Map(results.flatMap((r) => r.prints)),
      });
    };
    const feed = (w: Worker) => {
      if (next < batches.length) {
        const batch = next++;
        w.postMessage({ type: 'batch', batch, files: batches[batch]! });
      }
    };
    if (batches.length === 0) return finish(null);
    opts.onProgress?.(0, files.length);
    for (let k = 0; k < threads; k++) {
      const w = new Worker(url, { workerData: { nice: opts.nice ?? 0 } });
      workers.push(w);
      w.on('message', (m: FromWorker) => {
        if (settled) return;
        // two batches in hand: the worker starts its next one at once, even while this thread is busy answering
        if (m.type === 'ready') { feed(w); return feed(w); }
        if (m.type === 'failed') return finish(new Error(`build failed: ${m.error}`));
        for (const a of m.articles) shareSentenceText(a);
        results[m.batch] = m;
        received++;
        done += batches[m.batch]!.length;
        opts.onProgress?.(done, files.length);
        if (received === batches.length) return finish(null);
        feed(w);
      });
      w.on('error', (err) => finish(new Error(`build worker failed: ${err.message}`)));
      w.on('exit', (code) => { if (!settled) finish(new Error(`build worker exited (code ${code}) before the build finished`)); });
    }
  });
}
