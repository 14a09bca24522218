#!/usr/bin/env node
// The package's command: runs the compiled CLI (built by `npm ci` through the `prepare` script).
import { spawn } from 'node:child_process';
import { totalmem } from 'node:os';
import { isatty } from 'node:tty';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';

const MB = 1024 * 1024;
/** Commands that keep a library loaded, which at 100,000 articles outgrows V8's default heap limit (about
 *  4 GB here; the live heap was 2.6 GB at 50,000 articles). */
const LONG_RUNNING = new Set(['start', 'bot', 'console', 'bench']);
/** The heap limit such a command asks for: three quarters of the machine's memory, at most 16 GB. A limit, not
 *  a reservation: memory is taken only as the library needs it. */
const wantedMb = Math.min(16384, Math.floor((totalmem() / MB) * 0.75));
const args = process.argv.slice(2);
const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
const heapSet = given.some((a) => a.startsWith('--max-old-space-size'));
const longRunning = !process.env.BYLINE_HEAP_SIZED && args.some((a) => LONG_RUNNING.has(a));

const smallHeap = getHeapStatistics().heap_size_limit / MB < wantedMb - 1024;
/** A large archive's young generation (src/config/youngGeneration.ts); null: V8's own, or the caller set one. */
const semiSpaceMb = longRunning && !given.some((a) => a.startsWith('--max-semi-space-size')) ? await largeArchiveSemiSpace() : null;

if (longRunning && ((!heapSet && smallHeap) || semiSpaceMb !== null)) {
  // the heap's sizes are fixed when a process starts, so the command runs again in a process given larger ones
  const argv = [
    ...process.execArgv, ...(heapSet ? [] : [`--max-old-space-size=${wantedMb}`]),
    ...(semiSpaceMb === null ? [] : [`--max-semi-space-size=${semiSpaceMb}`]), fileURLToPath(import.meta.url), ...args,
  ];
  const child = spawn(process.execPath, argv, {
    stdio: 'inherit', env: { ...process.env, BYLINE_HEAP_SIZED: '1' },
  });
  // a terminal's Ctrl-C reaches the child itself (same process group); a signal sent to this process alone is passed on
  // (isatty, not process.stdin: a stream on the terminal here would compete with the child for its input)
  const terminal = isatty(0);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => { if (sig !== 'SIGINT' || !terminal) child.kill(sig); });
  }
  child.on('error', (err) => { console.error(`byline: ${err.message}`); process.exit(1); });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  run();
}

async function largeArchiveSemiSpace() {
  try {
    const y = await import('../dist/src/config/youngGeneration.js');
    return y.semiSpaceMbFor(y.archiveFiles(args, process.env, process.cwd()));
  } catch {
    return null; // not built yet: run() says so
  }
}

function run() {
  // The old generation grows by at most 30% of its live size between major collections (V8 otherwise lets it
  // reach several times that): a load leaves hundreds of MB of build garbage, and with V8's own factor the
  // heap kept growing into it while queries ran. Set before any large allocation; process-wide, so the
  // build workers too; a first load lifts it until the library serves (src/app/heapGrowth.ts).
  setFlagsFromString('--heap-growing-percent=30');
  import('../dist/src/app/heapGrowth.js')
    .then((h) => { h.setSteadyHeapGrowth(h.STEADY_HEAP_GROWTH_PERCENT); return import('../dist/src/cli/main.js'); })
    .then((m) => m.main(process.argv.slice(2)))
    .catch((err) => {
      if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist')) {
        console.error('byline: not built yet. Run `npm ci` (or `npm run build`) in the project folder first.');
      } else {
        console.error(`byline: ${err && err.stack ? err.stack : err}`);
      }
      process.exit(1);
    });
}
