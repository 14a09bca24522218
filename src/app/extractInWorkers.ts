// Parses and extracts seed files in worker threads: files go out in small batches to whichever worker is
// free (small batches keep each message cheap to copy on the main thread and give a progress count),
// results come back as plain data and are put back in file order. Any worker failure fails the build.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractedCorpus } from '../library/library.js';
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

/** One string per distinct value across a build: names, keys, kinds and dates repeat in every article, and
 *  each arrives from a worker (or the cache) as a copy of its own. */
export type StringPool = Map<string, string>;

const intern = (pool: StringPool, v: string): string => {
  const have = pool.get(v);
  if (have !== undefined) return have;
  pool.set(v, v);
  return v;
};
const internMaybe = <T extends string | null | undefined>(pool: StringPool, v: T): T => (typeof v === 'string' ? intern(pool, v) as T : v);

/**
 * Makes a fresh extraction share its strings: each cite's text becomes the article's own sentence or
 * paragraph string, a quote's or date's words a slice of it (a slice only points into its parent), and the
 * short values that repeat (keys, names, kinds, dates, cues) one copy per build. The extraction is kept
 * for the next reload, and its copies were the biggest part of a library's memory.
 */
export function compactExtraction(article: Article, x: ArticleExtraction, pool: StringPool): void {
  const share = (cite: { paragraph: number; text: string }) => {
    const p = article.paragraphs[cite.paragraph - 1];
    if (!p || p.n !== cite.paragraph) return;
    if (p.text === cite.text) { cite.text = p.text; return; }
    for (const s of p.sentences) if (s.text === cite.text) { cite.text = s.text; return; }
  };
  const within = (text: string, cite: { text: string }): string => {
    const at = cite.text.indexOf(text);
    return at >= 0 ? cite.text.slice(at, at + text.length) : text;
  };
  const date = <D extends { text: string | null; start: string | null; end: string | null; precision: string; relation: string }>(d: D) => {
    d.start = internMaybe(pool, d.start);
    d.end = internMaybe(pool, d.end);
    d.precision = intern(pool, d.precision);
    d.relation = intern(pool, d.relation);
  };
  article.id = intern(pool, article.id);
  article.outlet = internMaybe(pool, article.outlet);
  article.published = internMaybe(pool, article.published);
  article.language = internMaybe(pool, article.language);
  article.layout = intern(pool, article.layout) as Article['layout'];
  for (const p of x.people) {
    p.key = intern(pool, p.key);
    p.name = intern(pool, p.name);
    p.aliases = p.aliases.map((v) => intern(pool, v));
    p.roles = p.roles.map((v) => intern(pool, v));
    p.kind = intern(pool, p.kind) as typeof p.kind;
    p.gender = internMaybe(pool, p.gender);
  }
  for (const q of x.quotes) {
    share(q.cite);
    q.text = within(q.text, q.cite);
    q.speaker = internMaybe(pool, q.speaker);
    q.kind = intern(pool, q.kind) as typeof q.kind;
    if (q.cue !== undefined) q.cue = intern(pool, q.cue);
    if (q.speakerAs !== undefined) q.speakerAs = intern(pool, q.speakerAs);
  }
  for (const d of x.dates) {
    share(d.cite);
    if (d.text !== null) d.text = within(d.text, d.cite);
    date(d);
  }
  for (const e of x.events) {
    share(e.cite);
    e.kind = intern(pool, e.kind) as typeof e.kind;
    e.what = within(e.what, e.cite);
    e.participants = e.participants.map((k) => intern(pool, k));
    e.place = internMaybe(pool, e.place);
    if (e.date) {
      if (e.date.text !== null) e.date.text = within(e.date.text, e.cite);
      date(e.date);
    }
  }
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
