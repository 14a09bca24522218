// `byline bench`: builds (or reads) a corpus, loads it the way the bot does, and measures what issue 7 asks:
// load + extract + index time, peak memory, per-command latency against a plain Fuse.js baseline, and the
// longest event-loop block while a reload runs under query load. Prints a table, or JSON with --json.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { LibraryStore } from '../app/libraryStore.js';
import type { ReloadReport } from '../model/reloadReport.js';
import type { Library } from '../library/library.js';
import { runQuery } from '../app/runQuery.js';
import type { QueryRequest } from '../model/query.js';
import { DEFAULT_LIMITS, readSeedFolder, type ReadLimits } from '../load/readSeedFolder.js';
import { measureBaseline, type BaselineFigures } from './baseline.js';
import { benchQueries } from './benchQueries.js';
import { watchEventLoop } from './eventLoopWatch.js';
import { watchGc, type GcFigures } from './gcWatch.js';
import { readThreadSched, type ThreadSched } from './threadSched.js';
import { generateCorpus, type BenchCorpus } from './generateCorpus.js';
import { percentiles, timeEach, type Percentiles } from './latency.js';
import { watchMemory, type MemoryPeak } from './memoryWatch.js';
import { profileBuild, type Profile } from './profile.js';
import { renderBench } from './renderBench.js';
import type { RestartFigures } from './restartChild.js';

export interface BenchOptions {
  articles: number;
  /** Queries per command. */
  queries: number;
  /** Measure this folder instead of a generated corpus. */
  seedsDir?: string | undefined;
  json: boolean;
  /** Full-scan baseline queries (each can take seconds at 10,000 articles). */
  baselineQueries?: number;
  out: (text: string) => Promise<void> | void;
  /** Where the run has got, for a long run's impatient reader (stderr in the CLI). */
  note?: (text: string) => void;
}

export const TARGETS = {
  queryP95Ms: 50, autocompleteP95Ms: 20, loadMs: 60_000, peakRssMb: 800, reloadBlockMs: 100, speedup: 20, restartMs: 15_000,
  reloadOneFileMs: 2_000,
  /** Past LARGE_ARCHIVE articles (the 100,000-article run): first load and peak memory. */
  largeLoadMs: 180_000, largePeakRssMb: 6144,
};
const LARGE_ARCHIVE = 20_000;

export interface CommandFigures extends Percentiles { command: string; speedup: number | null }
export interface BenchResult {
  corpus: { source: string; articles: number; rejected: number; sentences: number; people: number; quotes: number; events: number };
  load: { ms: number; phases: ReloadReport['phases'] | null; stages: ReloadReport['stages'] | null };
  /** With `afterPhase`: the peak so far at the end of each phase (load, queries, reload, reloadOneFile), to pin the peak on one. */
  memory: MemoryPeak & { afterPhase: Record<string, MemoryPeak> };
  commands: CommandFigures[];
  baseline: BaselineFigures;
  reload: {
    ms: number; longestBlockMs: number; queriesAnswered: number; latency: Percentiles; swapped: boolean; message: string;
    stages: ReloadReport['stages'] | null;
    /** What the reload was doing when the longest block ended; the longest main-thread assembly turn; GC pauses meanwhile. */
    longestBlockDuring: string; longestTurnMs: number | null; gc: GcFigures;
    /** Of the longest block, the ms the main thread ran on a CPU and the ms it waited for one (Linux). */
    longestBlockSched: ThreadSched | null;
  };
  /** A second start over unchanged seeds, from the extraction cache, in a process of its own; null when it failed. */
  restart: RestartFigures | null;
  /** One article added to the folder, until a query finds it; null for a folder the bench did not write. */
  reloadOneFile: { ms: number; extracted: number; answered: boolean; phases: ReloadReport['phases'] | null } | null;
  /** Writing the first load's extractions to the cache (after the swap, off the answering path). */
  cache: { writeMs: number };
  profile: Profile;
  targets: typeof TARGETS;
  misses: string[];
}

const COMMANDS = ['who-said', 'quotes', 'when', 'sources', 'ask'] as const;

/** Asks queries one after another, each on a fresh turn of the event loop after a short gap, until told to stop. */
function queryLoad(store: LibraryStore, queries: readonly QueryRequest[]): { busyMs(): number; stop(): number[] } {
  const samples: number[] = [];
  let busy = 0;
  let k = 0;
  let running = true;
  const step = () => {
    if (!running) return;
    const lib = store.library;
    if (lib) {
      const t0 = performance.now();
      runQuery(lib, queries[k++ % queries.length]!);
      const ms = performance.now() - t0;
      samples.push(ms);
      busy += ms;
    }
    setTimeout(step, 20); // a busy server's steady trickle, not a flood that starves the build's own messages
  };
  setTimeout(step, 0);
  return { busyMs: () => busy, stop() { running = false; return samples; } };
}

async function writeCorpus(files: BenchCorpus['files']): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'byline-bench-'));
  for (let i = 0; i < files.length; i += 200) {
    await Promise.all(files.slice(i, i + 200).map((f) => writeFile(join(dir, f.file), f.text)));
  }
  return dir;
}

/** Questions for a folder the bench did not write: its own sentences, names and events stand in for truth. */
function truthFromLibrary(store: LibraryStore): BenchCorpus['truth'] {
  const lib = store.library!;
  const sentences = lib.sentenceIndex.records.filter((_, k) => k % 7 === 0).map((r) => r.text).filter((t) => t.split(' ').length >= 6);
  return {
    people: lib.people.map((p) => ({ name: p.name, variants: p.aliases, role: p.roles[0] ?? '' })),
    quotes: lib.quotes.length
      ? lib.quotes.map((q) => ({ speaker: q.speaker.name, text: q.text }))
      : sentences.map((text) => ({ speaker: '', text })),
    events: lib.events.map((e) => ({
      participants: e.participants.length ? e.participants : [e.what], place: e.place ?? '', words: e.what,
    })),
    claims: sentences,
  };
}

/** Queries of each command that warm the JIT and lazy caches (the claim reader loads WordNet and wink on first use). */
const WARM_UP_PER_COMMAND = 5;

/** p50/p95/p99 per command and for autocomplete, after a few queries of every command to warm the JIT and lazy caches. */
function timeCommands(lib: Library, queries: readonly QueryRequest[], autocomplete: readonly string[]): CommandFigures[] {
  for (const command of COMMANDS) {
    for (const q of queries.filter((x) => x.command === command).slice(-WARM_UP_PER_COMMAND)) runQuery(lib, q);
  }
  const commands: CommandFigures[] = [];
  for (const command of COMMANDS) {
    const p = percentiles(timeEach(queries.filter((q) => q.command === command), (q) => runQuery(lib, q)));
    commands.push({ command, ...p, speedup: null });
  }
  commands.push({ command: 'autocomplete', ...percentiles(timeEach(autocomplete, (s) => lib.peopleIndex.suggest(s, 25))), speedup: null });
  return commands;
}

/** The folder to measure: the caller's, or a generated corpus written to a temporary folder. */
async function prepareCorpus(opts: BenchOptions, note: (what: string) => void):
    Promise<{ dir: string; truth: BenchCorpus['truth'] | null; sample: { file: string; text: string }[] }> {
  if (opts.seedsDir) return { dir: opts.seedsDir, truth: null, sample: [] };
  note(`generating ${opts.articles} articles`);
  const corpus = generateCorpus(opts.articles);
  const sample = corpus.files.filter((_, k) => k % Math.max(1, Math.floor(corpus.files.length / 300)) === 0);
  const dir = await writeCorpus(corpus.files);
  corpus.files.length = 0; // the store reads the files back from disk, as the bot does
  return { dir, truth: corpus.truth, sample };
}

/** A reload of the unchanged folder while queries keep arriving: how long the event loop was held. */
async function reloadUnderLoad(store: LibraryStore, queries: readonly QueryRequest[]): Promise<BenchResult['reload']> {
  const load = queryLoad(store, queries);
  const tr = performance.now();
  const phase = () => {
    const p = store.progress;
    const at = `${Math.round(performance.now() - tr)} ms into the reload`;
    return store.phase === 'extracting' && p
      ? `extracting (${p.done} of ${p.total} articles back from the workers), ${at}`
      : `${store.phase}, ${at}`;
  };
  const gc = watchGc();
  const watch = watchEventLoop(5, load.busyMs, phase, readThreadSched);
  const second = await store.reload();
  const ms = Math.round(performance.now() - tr);
  const during = load.stop();
  const block = watch.stop();
  return {
    ms, longestBlockMs: block.longestBlockMs, queriesAnswered: during.length, latency: percentiles(during), swapped: second.swapped,
    message: second.message, stages: second.stages ?? null, longestBlockDuring: block.longestDuring,
    longestTurnMs: second.longestTurnMs ?? null, gc: gc.stop(), longestBlockSched: block.longestSched,
  };
}

/** One article written to the folder, then a reload, until a query finds it. */
async function addOneFile(store: LibraryStore, dir: string): Promise<NonNullable<BenchResult['reloadOneFile']>> {
  const words = 'the lighthouse keepers of the northern bay will strike at dawn';
  await writeFile(join(dir, 'zz-bench-added.txt'), 'Lighthouse keepers to strike\n\nBench Wire\nPublished: 2024-05-02\n\n' +
    '“The lighthouse keepers of the northern bay will strike at dawn,” union chair Halvard Brekke said on Thursday.\n');
  const t1 = performance.now();
  const r = await store.reload();
  const hit = runQuery(store.library!, { command: 'who-said', q: words });
  const answered = hit.command === 'who-said' && hit.answer.answers[0]?.evidence.article === 'zz-bench-added.txt';
  const out = { ms: Math.round(performance.now() - t1), extracted: r.reuse?.extracted ?? -1, answered, phases: r.phases ?? null };
  await store.flushed();
  return out;
}

/** The texts the full-scan baseline searches: quote fragments and claims in turn, so a baseline cut short
 *  by its time budget still has both. */
function baselineTexts(queries: readonly QueryRequest[], max: number): string[] {
  const fragments = queries.filter((q) => q.command === 'who-said');
  const claims = queries.filter((q) => q.command === 'sources');
  return fragments.flatMap((q, k) => (claims[k] ? [q.q, claims[k].q] : [q.q])).slice(0, max);
}

export async function measure(opts: BenchOptions): Promise<BenchResult> {
  const memory = watchMemory();
  const started = performance.now();
  const note = (what: string) => opts.note?.(`bench ${Math.round((performance.now() - started) / 1000)}s: ${what}`);
  const prepared = await prepareCorpus(opts, note);
  const { dir } = prepared;
  const cacheRoot = await mkdtemp(join(tmpdir(), 'byline-bench-cache-'));
  try {
    note('loading (read, parse + extract in workers, assemble)');
    const limits = benchLimits(opts);
    const store = new LibraryStore({ seedsDir: dir, cache: { root: cacheRoot }, limits });
    const t0 = performance.now();
    const first = await store.reload();
    const loadMs = Math.round(performance.now() - t0);
    const afterPhase: Record<string, MemoryPeak> = { load: memory.peak() };
    const tw = performance.now();
    await store.flushed();
    const cacheWriteMs = Math.round(performance.now() - tw);
    const loaded = store.library?.articles.length ?? 0;
    if (!loaded) throw new Error(`nothing loaded from ${dir}: ${first.message}`);
    const truth = prepared.truth ?? truthFromLibrary(store);
    const sample = prepared.sample.length ? prepared.sample
      : (await readSeedFolder(dir)).files.filter((_, k) => k % Math.max(1, Math.floor(loaded / 300)) === 0);

    const { queries, autocomplete } = benchQueries(truth, opts.queries);
    note(`loaded ${loaded} articles in ${loadMs} ms (${JSON.stringify(first.phases)}; main-thread stages ${JSON.stringify(first.stages)})`);
    note(`asking ${queries.length} queries and ${autocomplete.length} autocompletes`);
    const commands = timeCommands(store.library!, queries, autocomplete);
    afterPhase.queries = memory.peak();
    note(`p95 ms: ${commands.map((c) => `${c.command} ${c.p95}`).join(', ')}`);

    // the reload before the baseline: the baseline leaves hundreds of MB of garbage (its Fuse.js index)
    // whose collection would otherwise land in the reload's window and be charged to it
    note('reloading under query load');
    const reload = await reloadUnderLoad(store, queries);
    afterPhase.reload = memory.peak();
    // that reload's cache write (files read again for their stamps) is its own, not the next reload's
    await store.flushed();
    let reloadOneFile: BenchResult['reloadOneFile'] = null;
    if (!opts.seedsDir) {
      note('adding one article and reloading');
      reloadOneFile = await addOneFile(store, dir);
      const r = reloadOneFile;
      note(`one article added: live in ${r.ms} ms (${r.extracted} extracted, found: ${r.answered}; ${JSON.stringify(r.phases)})`);
    }
    // peak memory is Byline's (loading, answering, reloading); the baseline's own index comes after
    const last = memory.stop();
    if (reloadOneFile) afterPhase.reloadOneFile = last;

    note('baseline: one Fuse.js index over every sentence, full scans');
    const baseline = measureBaseline(store.library!, baselineTexts(queries, opts.baselineQueries ?? 30));
    for (const c of commands) {
      if (c.command !== 'autocomplete') c.speedup = c.p95 > 0 ? Math.round((baseline.latency.p95 / c.p95) * 10) / 10 : null;
    }
    note(`baseline p95 ${baseline.latency.p95} ms over ${baseline.latency.n} full scans of ${baseline.sentences} sentences`);

    note('profiling the build stages');
    const profile = profileBuild(store.library!, sample);
    note('restarting over the cache, in a process of its own');
    const restart = await restartFromCache(dir, cacheRoot, limits.maxFiles);
    note(restart
      ? `restart: ${restart.articles} articles in ${restart.ms} ms, ${restart.extracted} extracted, peak RSS ${restart.maxRssMb} MB`
      : 'restart failed');
    const result: BenchResult = {
      corpus: corpusFigures(store.library!, opts), load: { ms: loadMs, phases: first.phases ?? null, stages: first.stages ?? null },
      memory: { ...last, afterPhase }, commands, baseline, reload, restart, reloadOneFile, cache: { writeMs: cacheWriteMs }, profile,
      targets: TARGETS, misses: [],
    };
    result.misses = missedTargets(result);
    return result;
  } finally {
    await rm(cacheRoot, { recursive: true, force: true });
    if (!opts.seedsDir) await rm(dir, { recursive: true, force: true });
  }
}

function corpusFigures(lib: Library, opts: BenchOptions): BenchResult['corpus'] {
  return {
    source: opts.seedsDir ?? `generated (${opts.articles} articles)`, articles: lib.articles.length, rejected: lib.rejected.length,
    sentences: lib.sentenceIndex.records.length, people: lib.people.length, quotes: lib.quotes.length, events: lib.events.length,
  };
}

/** The folder limits: the bot's defaults, with room for every article of a generated corpus (an archive that
 *  large runs with SEEDS_MAX_FILES raised; the default cap would leave half of 100,000 articles unread). */
export function benchLimits(opts: Pick<BenchOptions, 'articles' | 'seedsDir'>): ReadLimits {
  if (opts.seedsDir) return DEFAULT_LIMITS;
  return { ...DEFAULT_LIMITS, maxFiles: Math.max(DEFAULT_LIMITS.maxFiles, opts.articles + 1_000) };
}

/** Runs the restart in a child process (the compiled restartChild.js); null when it fails. */
function restartFromCache(dir: string, cacheRoot: string, maxFiles: number): Promise<RestartFigures | null> {
  const script = fileURLToPath(new URL('./restartChild.js', import.meta.url));
  if (!existsSync(script)) return Promise.resolve(null);
  return new Promise((resolve) => {
    const args = [...process.execArgv, script, dir, cacheRoot, String(maxFiles)];
    execFile(process.execPath, args, { maxBuffer: 1 << 20, timeout: 30 * 60_000 }, (err, stdout) => {
      if (err) return resolve(null);
      try { resolve(JSON.parse(stdout) as RestartFigures); } catch { resolve(null); }
    });
  });
}

export function missedTargets(r: BenchResult): string[] {
  const misses: string[] = [];
  for (const c of r.commands) {
    const limit = c.command === 'autocomplete' ? TARGETS.autocompleteP95Ms : TARGETS.queryP95Ms;
    if (c.p95 > limit) misses.push(`${c.command}: p95 ${c.p95} ms > ${limit} ms`);
    if (c.speedup !== null && c.speedup < TARGETS.speedup) {
      misses.push(`${c.command}: ${c.speedup}x the baseline at p95 < ${TARGETS.speedup}x`);
    }
  }
  const large = r.corpus.articles > LARGE_ARCHIVE;
  const loadMs = large ? TARGETS.largeLoadMs : TARGETS.loadMs;
  const rssMb = large ? TARGETS.largePeakRssMb : TARGETS.peakRssMb;
  if (r.load.ms > loadMs) misses.push(`load + index ${r.load.ms} ms > ${loadMs} ms`);
  if (r.memory.maxRssMb > rssMb) misses.push(`peak RSS ${r.memory.maxRssMb} MB > ${rssMb} MB`);
  if (!r.reload.swapped) misses.push(`the reload under load did not swap: ${r.reload.message}`);
  if (!r.restart) misses.push('the restart from the cache failed');
  else if (r.restart.ms > TARGETS.restartMs) misses.push(`restart from the cache ${r.restart.ms} ms > ${TARGETS.restartMs} ms`);
  if (r.reloadOneFile && !r.reloadOneFile.answered) misses.push('the article added was not found after the reload');
  if (r.reloadOneFile && r.reloadOneFile.ms > TARGETS.reloadOneFileMs) {
    misses.push(`one added article live in ${r.reloadOneFile.ms} ms > ${TARGETS.reloadOneFileMs} ms`);
  }
  if (r.reload.longestBlockMs > TARGETS.reloadBlockMs) {
    misses.push(`event loop blocked ${r.reload.longestBlockMs} ms during a reload > ${TARGETS.reloadBlockMs} ms`);
  }
  return misses;
}

export async function runBench(opts: BenchOptions): Promise<number> {
  const result = await measure(opts);
  await opts.out(opts.json ? JSON.stringify(result) : renderBench(result));
  return 0;
}
