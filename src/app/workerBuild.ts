// The worker thread's side of a build: asks for a batch of seed files, parses and extracts them, and sends
// back plain data (articles, extractions, rejections). Keeps the main thread free to answer while
// the expensive per-article work runs.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { extractAll } from '../library/library.js';
import { parseSeedFiles } from '../load/loadSeeds.js';
import type { FromWorker, ToWorker } from './workerProtocol.js';

/**
 * Lowers this thread's CPU priority. Only on Linux, where the nice value belongs to a thread: elsewhere it
 * would lower the whole process, the thread that answers included.
 */
function lowerPriority(nice: unknown): void {
  if (process.platform !== 'linux' || typeof nice !== 'number' || !(nice > 0)) return;
  try { setPriority(Math.min(19, Math.round(nice))); } catch { /* not allowed here: run at normal priority */ }
}

const port = parentPort;
if (port) {
  lowerPriority((workerData as { nice?: unknown } | null)?.nice);
  const send = (m: FromWorker) => port.postMessage(m);
  port.on('message', (m: ToWorker) => {
    try {
      const parsed = parseSeedFiles(m.files);
      const corpus = extractAll(parsed.articles);
      send({ type: 'result', batch: m.batch, articles: corpus.articles, extractions: corpus.extractions, rejected: parsed.rejected });
    } catch (err) {
      send({ type: 'failed', batch: m.batch, error: (err as Error)?.message ?? String(err) });
    }
  });
  send({ type: 'ready' });
}
