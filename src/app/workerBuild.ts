// The worker thread's side of a build: asks for a batch of seed files, parses and extracts them, and sends
// back plain data (articles, extractions, rejections, prints). Keeps the main thread free to answer while
// the expensive per-article work runs.
import { parentPort } from 'node:worker_threads';
import { extractAll } from '../index/library.js';
import { parseSeedFiles } from '../load/loadSeeds.js';
import { fingerprint } from './fingerprint.js';
import type { FromWorker, ToWorker } from './workerProtocol.js';

const port = parentPort;
if (port) {
  const send = (m: FromWorker) => port.postMessage(m);
  port.on('message', (m: ToWorker) => {
    try {
      const parsed = parseSeedFiles(m.files);
      const corpus = extractAll(parsed.articles);
      const prints = m.files.map((f) => [f.file, fingerprint(f.text)] as [string, string]);
      send({ type: 'result', batch: m.batch, articles: corpus.articles, extractions: corpus.extractions, rejected: parsed.rejected, prints });
    } catch (err) {
      send({ type: 'failed', batch: m.batch, error: (err as Error)?.message ?? String(err) });
    }
  });
  send({ type: 'ready' });
}
