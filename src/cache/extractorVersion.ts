// The extractor version the extraction cache is keyed by, worked out rather than bumped by hand: a hash of
// the source text of every module parsing and extraction run (followed from their entry points through
// their imports), the versions of the packages they import, and Node's own version and ICU (sentence
// segmentation comes from Intl). Any change to any of them is a new version, and the old cache is not used.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped when the cache's own layout changes (what an entry holds), not when the extractors do. */
export const CACHE_FORMAT = 1;

/** Where parsing and extraction start, relative to the `src` folder (compiled or not). */
const ENTRY_POINTS = ['load/loadSeeds', 'extract/extractArticle'];

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\1/g;

/** A package's version, read from the nearest node_modules above `from`; 'unknown' when none is found. */
function packageVersion(name: string, from: string): string {
  const pkg = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!;
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', pkg, 'package.json');
    if (existsSync(file)) {
      try {
        return `${pkg}@${(JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '?'}`;
      } catch {
        return `${pkg}@unreadable`;
      }
    }
    if (dirname(dir) === dir) return `${pkg}@unknown`;
  }
}

/** Resolves a relative import the way the compiled code (and, under tests, vitest on .ts files) does. */
function resolveImport(spec: string, fromFile: string, ext: string): string | null {
  const base = resolve(dirname(fromFile), spec);
  // a data file (a lexicon list) is part of the extractor as much as code is
  if (spec.endsWith('.json')) return existsSync(base) ? base : null;
  for (const candidate of [base, base.replace(/\.js$/, ext), `${base}${ext}`, join(base, `index${ext}`)]) {
    if (candidate.endsWith(ext) && existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * The version of the extractors in the source tree `srcDir` (dist/src when compiled; src under tests):
 * every module reachable from the entry points, its text hashed in a fixed order. Other entry points give
 * the version of other code the same way (the library snapshot's, src/app/librarySnapshotStore.ts).
 */
export function extractorVersion(srcDir: string, entryPoints: readonly string[] = ENTRY_POINTS): string {
  const ext = existsSync(join(srcDir, `${entryPoints[0]}.js`)) ? '.js' : '.ts';
  const seen = new Set<string>();
  const packages = new Set<string>();
  const todo = entryPoints.map((e) => join(srcDir, `${e}${ext}`));
  const hash = createHash('sha256').update(
    `byline-cache ${CACHE_FORMAT}\0node ${process.versions.node} icu ${process.versions.icu ?? '-'}\0`,
  );
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[2]!;
      if (spec.startsWith('.')) {
        const next = resolveImport(spec, file, ext);
        if (next) todo.push(next);
        else packages.add(`missing:${spec}`);
      } else if (!spec.startsWith('node:')) {
        packages.add(packageVersion(spec, dirname(file)));
      }
    }
  }
  for (const file of [...seen].sort()) {
    hash.update(file.slice(srcDir.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  for (const p of [...packages].sort()) hash.update(p).update('\0');
  return hash.digest('hex').slice(0, 24);
}

let cached: { dir: string; version: string } | null = null;

/** The version of the compiled extractors the build workers run (dist/src), computed once per process. */
export function compiledExtractorVersion(workerUrl: URL): string {
  const dir = resolve(dirname(fileURLToPath(workerUrl)), '..');
  if (cached?.dir !== dir) cached = { dir, version: extractorVersion(dir) };
  return cached.version;
}
