// Builds dist/ once before the suite: the CLI and end-to-end tests run the compiled command, as users do.
// Under CI a type error fails the run; on a developer's machine it is printed and the suite goes on.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './fixtures.js';

export default function setup(): () => void {
  // every bot, console and CLI the tests start keeps its extraction cache here, removed after the run
  const cacheDir = mkdtempSync(join(tmpdir(), 'byline-test-cache-'));
  process.env.BYLINE_CACHE_DIR = cacheDir;
  const teardown = () => rmSync(cacheDir, { recursive: true, force: true });
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json')], { cwd: ROOT, stdio: 'pipe' });
  } catch (err) {
    const out = String((err as { stdout?: Buffer }).stdout ?? err);
    if (process.env.CI) { teardown(); throw new Error(`TypeScript build failed:\n${out}`); }
    process.stderr.write(`warning: TypeScript reported errors (dist/ was still written):\n${out.slice(0, 4000)}\n`);
  }
  return teardown;
}
