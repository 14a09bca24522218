#!/usr/bin/env node
// The package's command: runs the compiled CLI (built by `npm ci` through the `prepare` script).
import { setFlagsFromString } from 'node:v8';

// The old generation grows by at most 30% of its live size between major collections (V8 otherwise lets it
// reach several times that): a load leaves hundreds of MB of build garbage, and with V8's own factor the
// heap kept growing into it while queries ran. Measured at 5,000-10,000 bench articles: 10-20% lower peak
// RSS, query times the same. Set before any large allocation; process-wide, so the build workers too.
setFlagsFromString('--heap-growing-percent=30');

import('../dist/src/cli/main.js').then((m) => m.main(process.argv.slice(2))).catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist')) {
    console.error('byline: not built yet. Run `npm ci` (or `npm run build`) in the project folder first.');
  } else {
    console.error(`byline: ${err && err.stack ? err.stack : err}`);
  }
  process.exit(1);
});
