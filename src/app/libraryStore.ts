// The library that is serving, and reloads of it: a reload reads the seeds folder, parses and extracts the
// articles in worker threads (the main thread keeps answering), assembles the new library and swaps it in
// whole; concurrent reloads share one build; a failed build, or one in which every file is rejected,
// keeps the old library.
import { performance } from 'node:perf_hooks';
import type { Rejected } from '../model/contract.js';
import { assembleLibrary, assembleLibrarySteps, extractAll, type Library } from '../index/library.js';
import { parseSeedFiles } from '../load/loadSeeds.js';
import { readSeedFolder, type ReadLimits, DEFAULT_LIMITS } from '../load/readSeedFolder.js';
import { extractInWorkers } from './extractInWorkers.js';
import { fingerprint } from './fingerprint.js';

export interface ReloadReport {
  ok: boolean;
  /** True when the new library replaced the old one. */
  swapped: boolean;
  articles: number;
  added: string[];
  removed: string[];
  changed: string[];
  rejected: Rejected[];
  skipped: Rejected[];
  message: string;
  ms: number;
  /** Where the time went, in ms: reading the folder, parsing + extracting, assembling the indexes. */
  phases?: { read: number; extract: number; assemble: number };
  /** Main-thread time per assembly stage, in ms (the sum over the turns the stage took). */
  stages?: Record<string, number>;
  /** The longest single turn of assembly on the main thread, in ms: how long an answer could have had to wait. */
  longestTurnMs?: number;
}

/** How far the build that is running has got: "N of M articles". */
export interface LoadProgress { done: number; total: number }

/** What a reload is doing on the main thread: for logs and for the bench, which pins a stall on a phase. */
export type ReloadPhase = 'idle' | 'reading' | 'extracting' | 'assembling' | 'swapping';

export interface LibraryStoreOptions {
  seedsDir: string;
  limits?: ReadLimits;
  now?: () => number;
  /** Builds a library from seed files, replacing the worker build (a test's or a caller's own build). */
  build?: (files: { file: string; text: string }[], rejected: Rejected[], builtAt: number) => Promise<Library>;
  /** Worker threads for parsing and extraction; defaults to the cores available, at most 4. */
  workers?: number;
  /** The worker script (defaults to the compiled `workerBuild.js`). */
  workerUrl?: URL;
}

interface Built { lib: Library; prints: Map<string, string>; extractMs: number; stages?: Record<string, number>; longestTurnMs?: number }

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Main-thread assembly work between two pauses, in ms: a query that arrives meanwhile waits at most about this. */
const TURN_BUDGET_MS = 8;

/** Worker CPU niceness for a reload while a library serves: the thread answering runs first. */
const RELOAD_NICE = 10;

/** The same build on the calling thread: for callers that cannot start workers, and as the bench's reference. */
export async function buildInThread(files: { file: string; text: string }[], rejected: Rejected[], builtAt: number): Promise<Library> {
  const parsed = parseSeedFiles(files);
  return assembleLibrary(extractAll(parsed.articles), [...rejected, ...parsed.rejected], builtAt);
}

export class LibraryStore {
  private current: Library | null = null;
  private prints = new Map<string, string>();
  private running: Promise<ReloadReport> | null = null;
  private queuedRun: Promise<ReloadReport> | null = null;
  private loading: LoadProgress | null = null;
  private step: ReloadPhase = 'idle';
  private readonly now: () => number;

  constructor(private readonly opts: LibraryStoreOptions) {
    this.now = opts.now ?? Date.now;
  }

  get library(): Library | null {
    return this.current;
  }

  get seedsDir(): string {
    return this.opts.seedsDir;
  }

  /** What the reload that is running is doing now. */
  get phase(): ReloadPhase {
    return this.step;
  }

  /** The build that is running, as articles done of articles found; null when none runs. */
  get progress(): LoadProgress | null {
    return this.loading ? { ...this.loading } : null;
  }

  /**
   * Reloads. A call while a reload runs gets one more reload after it, and every call until that one
   * starts shares it: ten /reloads during a build cost one more build, not ten.
   */
  reload(): Promise<ReloadReport> {
    if (!this.running) {
      this.running = this.reloadNow().finally(() => { this.running = null; this.step = 'idle'; });
      return this.running;
    }
    this.queuedRun ??= this.running.catch(() => undefined).then(() => {
      this.queuedRun = null;
      return this.reload();
    });
    return this.queuedRun;
  }

  private async buildFrom(files: { file: string; text: string }[], rejected: Rejected[]): Promise<Built> {
    const t0 = this.now();
    this.step = 'extracting';
    if (this.opts.build) {
      const lib = await this.opts.build(files, rejected, t0);
      return { lib, prints: new Map(files.map((f) => [f.file, fingerprint(f.text)])), extractMs: this.now() - t0 };
    }
    const x = await extractInWorkers(files, {
      ...(this.opts.workers ? { workers: this.opts.workers } : {}),
      ...(this.opts.workerUrl ? { workerUrl: this.opts.workerUrl } : {}),
      onProgress: (done, total) => { this.loading = { done, total }; },
      // with a library serving, its answers (and the gateway heartbeat) come before the new build's speed
      ...(this.current ? { nice: RELOAD_NICE } : {}),
    });
    const extractMs = this.now() - t0;
    this.step = 'assembling';
    // assembly runs on this thread in short turns, pausing between them so queries waiting meanwhile are answered
    const stages: Record<string, number> = {};
    let longestTurn = 0;
    const steps = assembleLibrarySteps(x.corpus, [...rejected, ...x.rejected], this.now());
    for (;;) {
      await nextTurn();
      const start = performance.now();
      let now = start;
      let lib: Library | null = null;
      do {
        const t = now;
        const step = steps.next();
        now = performance.now();
        const name = step.done ? 'finish' : step.value;
        stages[name] = (stages[name] ?? 0) + now - t;
        if (step.done) lib = step.value;
      } while (!lib && now - start < TURN_BUDGET_MS);
      longestTurn = Math.max(longestTurn, now - start);
      if (lib) {
        for (const k of Object.keys(stages)) stages[k] = Math.round(stages[k]!);
        return { lib, prints: x.prints, extractMs, stages, longestTurnMs: Math.round(longestTurn) };
      }
    }
  }

  private async reloadNow(): Promise<ReloadReport> {
    const t0 = this.now();
    this.step = 'reading';
    const folder = await readSeedFolder(this.opts.seedsDir, this.opts.limits ?? DEFAULT_LIMITS);
    const tRead = this.now();
    this.loading = { done: 0, total: folder.files.length };
    let built: Built;
    try {
      built = await this.buildFrom(folder.files, folder.rejected);
    } catch (err) {
      const before = this.current?.articles.length ?? 0;
      return {
        ok: false, swapped: false, articles: before, added: [], removed: [], changed: [], rejected: [...folder.rejected],
        skipped: folder.skipped, ms: Math.max(0, this.now() - t0),
        message: `The build failed (${(err as Error)?.message ?? String(err)})` +
          (this.current ? `; the ${before} articles loaded before keep serving.` : '.'),
      };
    } finally {
      this.loading = null;
      this.step = 'swapping';
    }
    const lib = built.lib;
    const rejected = [...lib.rejected];
    const ms = Math.max(0, this.now() - t0);
    const phases = { read: tRead - t0, extract: built.extractMs, assemble: Math.max(0, ms - (tRead - t0) - built.extractMs) };
    const base = {
      rejected, skipped: folder.skipped, ms, phases,
      ...(built.stages ? { stages: built.stages } : {}),
      ...(built.longestTurnMs !== undefined ? { longestTurnMs: built.longestTurnMs } : {}),
    };
    if (lib.articles.length === 0) {
      const kept = this.current !== null;
      return {
        ...base, ok: false, swapped: false, articles: this.current?.articles.length ?? 0, added: [], removed: [], changed: [],
        message: kept
          ? `No article could be loaded from ${this.opts.seedsDir}; the ${this.current!.articles.length} articles loaded before keep serving.`
          : `No article could be loaded from ${this.opts.seedsDir}.`,
      };
    }
    const loaded = new Set(lib.articles.map((a) => a.id));
    const prints = new Map([...built.prints].filter(([file]) => loaded.has(file)));
    const added: string[] = [];
    const changed: string[] = [];
    for (const [file, print] of prints) {
      const old = this.prints.get(file);
      if (old === undefined) added.push(file);
      else if (old !== print) changed.push(file);
    }
    const removed = [...this.prints.keys()].filter((f) => !prints.has(f));
    const first = this.current === null;
    this.current = lib;
    this.prints = prints;
    return {
      ...base, ok: true, swapped: true, articles: lib.articles.length, added: first ? [...prints.keys()] : added, removed, changed,
      message: `Loaded ${lib.articles.length} article${lib.articles.length === 1 ? '' : 's'}` +
        (first ? '' : `: ${added.length} added, ${removed.length} removed, ${changed.length} changed`) +
        (rejected.length ? `; ${rejected.length} file${rejected.length === 1 ? '' : 's'} rejected` : '') + '.',
    };
  }
}
