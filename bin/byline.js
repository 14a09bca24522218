#!/usr/bin/env node
// The package's command: runs the compiled CLI (built by `npm ci` through the `prepare` script).
import('../dist/src/cli/main.js').then((m) => m.main(process.argv.slice(2))).catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist')) {
    console.error('byline: not built yet. Run `npm ci` (or `npm run build`) in the project folder first.');
  } else {
    console.error(`byline: ${err && err.stack ? err.stack : err}`);
  }
  process.exit(1);
});
