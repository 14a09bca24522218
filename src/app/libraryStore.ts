// The library that is serving, and reloads of it. A reload looks at the seeds folder, and only files that
// are new or changed are parsed and extracted (in worker threads, or on this thread for one or two files,
// while the main thread keeps answering):
// every other file's article and extraction are taken from the library serving, or, at start-up, from the
// extraction cache on disk. The new library is assembled and swapped in whole; concurrent reloads share one
// build; a failed build, or one in which every file is rejected, keeps the old library. At start-up, the
// library snapshot on disk (librarySnapshotStore.ts) stands in for the whole build when every file is as it
// was; it is written again after a reload that changed the library.
import { mkdir } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { Rejected } from '../model/contract.js';
import type { ReloadReport } from '../model/reloadReport.js';
import type { ArticleExtraction } from '../extract/types.js';
import type { Article } from '../parse/article.js';
import { assembleLibrarySteps, assembleLibrary, extractAll, type Library } from '../library/library.js';
import { finishUpdateSteps, neededExtractions, updateRegistrySteps, type UpdateCorpus } from '../library/updateLibrary.js';
import { RegistryBook } from '../extract/people/registry.js';
import { parseSeedFiles } from '../load/loadSeeds.js';
import {
  readNamedSeeds, readSeedFolder, SeedFolderError, unchangedSince, type ReadLimits, type SeedFile, type SeedFolder, DEFAULT_LIMITS,
} from '../load/readSeedFolder.js';
import { cacheFolder } from '../cache/cacheDir.js';
import { ExtractionCache, textHash, type CacheEntry, type CacheLog, type LoadedCache } from '../cache/extractionCache.js';
import { compiledExtractorVersion } from '../cache/extractorVersion.js';
import { snapshotVersion, startFromSnapshot, writeLibrarySnapshot } from './librarySnapshotStore.js';
import { plural } from '../render/words.js';
import { compactExtraction, extractInWorkers, resolveWorkerUrl } from './extractInWorkers.js';
import { withFreeHeapGrowth } from './heapGrowth.js';

// callers on the app side take the report's shape from here, with the store

/** How far the build that is running has got: "N of M articles". */
export interface LoadProgress { done: number; total: number }

/** What a reload is doing on the main thread: for logs and for the bench, which pins a stall on a phase. */
export type ReloadPhase = 'idle' | 'reading' | 'extracting' | 'assembling' | 'swapping';

export interface CacheSettings {
  /** The cache's root folder (see cacheRoot); each seeds folder gets its own folder in it. */
  root: string;
  /** Where the one warning goes when the cache cannot be read or written. */
  log?: CacheLog;
  /** The extractor version entries are keyed by; defaults to the hash of the compiled extractors. */
  version?: string;
}

export interface LibraryStoreOptions {
  seedsDir: string;
  limits?: ReadLimits;
  now?: () => number;
  /** Builds a library from seed files, replacing the worker build (a test's or a caller's own build):
   *  every reload then reads and builds every file. */
  build?: (files: { file: string; text: string }[], rejected: Rejected[], builtAt: number) => Promise<Library>;
  /** Worker threads for parsing and extraction; defaults to the cores available, at most 4. */
  workers?: number;
  /** The worker script (defaults to the compiled `workerBuild.js`). */
  workerUrl?: URL;
  /** A reload (a library serving) that has at most this many files to extract, none over IN_THREAD_MAX_BYTES,
   *  extracts them on this thread, one per turn, instead of starting a worker; defaults to IN_THREAD_FILES. */
  inThreadFiles?: number;
  /** The extraction cache on disk; without it, nothing is kept between runs. */
  cache?: CacheSettings | null;
}

/** What a build gives the reload that swaps it in. */
interface BuildResult {
  built: Built; skipped: Rejected[]; readMs: number;
  /** Incremental builds only: what was reused, and what to write to the cache. */
  reuse?: NonNullable<ReloadReport['reuse']>; fresh?: CacheEntry[];
}

/** A file of the build serving. Once the cache on disk holds an article's extraction it is dropped here (40 MB
 *  at 10,000 bench articles): a reload reads back only those of the articles it assembles again. */
type HeldEntry = Omit<CacheEntry, 'outcome'> & { outcome: { article: Article; extraction: ArticleExtraction | null } | { error: string } };

interface Built {
  lib: Library; hashes: Map<string, string>; extractMs: number; stages?: Record<string, number>; longestTurnMs?: number;
  held?: Map<string, HeldEntry>;
  /** The registry `lib` was assembled with, for the next reload to update. */
  book?: RegistryBook;
}

interface Assembled { lib: Library; stages: Record<string, number>; longestTurnMs: number; book: RegistryBook }

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Main-thread assembly work between two pauses, in ms: a query that arrives meanwhile waits at most about this. */
const TURN_BUDGET_MS = 8;

/** Worker CPU niceness for a reload while a library serves: the thread answering runs first. */
const RELOAD_NICE = 10;

/** Files a reload extracts on the serving thread: a worker thread costs about 70 MB of memory and 1-5 s to
 *  start for one file (at 10,000 bench articles it set the process's peak RSS), where one article takes
 *  10-60 ms here once the extractors have run (the first one in a process, about 0.4 s). */
export const IN_THREAD_FILES = 2;

/** Bytes of a file above which a reload sends it to a worker even when it is one of IN_THREAD_FILES: a
 *  bench article is 2-8 KB and takes tens of ms here, and a huge or hostile file (1 MB) would hold the
 *  serving thread for seconds. */
export const IN_THREAD_MAX_BYTES = 64 * 1024;

/** The same build on the calling thread: for callers that cannot start workers, and as the bench's reference. */
export async function buildInThread(files: { file: string; text: string }[], rejected: Rejected[], builtAt: number): Promise<Library> {
  const parsed = parseSeedFiles(files);
  return assembleLibrary(extractAll(parsed.articles), [...rejected, ...parsed.rejected], builtAt);
}

export class LibraryStore {
  private current: Library | null = null;
  /** File name to text hash, for every article serving: what a reload compares against. */
  private hashes = new Map<string, string>();
  /** Every file of the last build, with what it gave (article and extraction, or a rejection). */
  private held = new Map<string, HeldEntry>();
  private running: Promise<ReloadReport> | null = null;
  private queuedRun: Promise<ReloadReport> | null = null;
  private loading: LoadProgress | null = null;
  private step: ReloadPhase = 'idle';
  private readonly now: () => number;
  private cache: Promise<ExtractionCache | null> | null = null;
  /** The version the library snapshot is keyed by, once the cache is open. */
  private snapshotKey: string | null = null;
  /** Whether the snapshot on disk holds the library serving (this process loaded or wrote it). */
  private snapshotSaved = false;
  private persisting: Promise<void> = Promise.resolve();
  /** The registry the library serving was assembled with: the next reload updates it (null: build anew). */
  private book: RegistryBook | null = null;

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

  /** Settles once what the last reload extracted is written to the cache on disk (the write runs after the swap). */
  flushed(): Promise<void> {
    return this.persisting;
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

  private openCache(): Promise<ExtractionCache | null> {
    const c = this.opts.cache;
    if (!c) return Promise.resolve(null);
    this.cache ??= (async () => {
      try {
        const version = c.version ?? compiledExtractorVersion(this.opts.workerUrl ?? resolveWorkerUrl());
        this.snapshotKey = snapshotVersion(version);
        return new ExtractionCache(await cacheFolder(c.root, this.opts.seedsDir, version), c.log);
      } catch (err) {
        c.log?.warn({ err: (err as Error)?.message }, 'the extraction cache cannot be used; going on without it');
        return null;
      }
    })();
    return this.cache;
  }

  /**
   * Runs the stepwise assembly on this thread in short turns, pausing between them so waiting queries are
   * answered: an update of the library serving when there is one (only what changed is assembled again),
   * else a build. `fill` puts in the extractions missing at the places asked for. The registry it advances
   * stays with the library only if that library is swapped in.
   */
  private async assemble(corpus: UpdateCorpus, rejected: Rejected[], fill: (places: number[]) => Promise<void>): Promise<Assembled> {
    const prev = this.current;
    const update = prev !== null && this.book !== null;
    const book = update ? this.book! : new RegistryBook();
    // whatever happens next, the registry no longer matches the library serving until a swap says so
    this.book = null;
    if (!update) {
      await fill(corpus.articles.map((_, k) => k));
      const extractions = corpus.extractions.map((x, k) => {
        if (!x) throw new Error(`the extraction of ${corpus.articles[k]!.id} is missing`);
        return x;
      });
      const built = await this.runSteps(assembleLibrarySteps({ articles: corpus.articles, extractions }, rejected, this.now(), book));
      return { lib: built.value, stages: built.stages, longestTurnMs: built.longestTurnMs, book };
    }
    const reg = await this.runSteps(updateRegistrySteps(prev!, book, corpus));
    const t = performance.now();
    await fill(neededExtractions(corpus, reg.value));
    const readBackMs = Math.round(performance.now() - t);
    const rest = await this.runSteps(finishUpdateSteps(prev!, reg.value, corpus, rejected, this.now()));
    return {
      lib: rest.value, stages: { ...reg.stages, readBack: readBackMs, ...rest.stages },
      longestTurnMs: Math.max(reg.longestTurnMs, rest.longestTurnMs), book,
    };
  }

  private async runSteps<T>(steps: Generator<string, T>): Promise<{ value: T; stages: Record<string, number>; longestTurnMs: number }> {
    const stages: Record<string, number> = {};
    let longestTurn = 0;
    for (;;) {
      await nextTurn();
      const start = performance.now();
      let now = start;
      let done: { value: T } | null = null;
      do {
        const t = now;
        const step = steps.next();
        now = performance.now();
        const name = step.done ? 'finish' : step.value;
        stages[name] = (stages[name] ?? 0) + now - t;
        if (step.done) done = { value: step.value };
      } while (!done && now - start < TURN_BUDGET_MS);
      longestTurn = Math.max(longestTurn, now - start);
      if (done) {
        for (const k of Object.keys(stages)) stages[k] = Math.round(stages[k]!);
        return { value: done.value, stages, longestTurnMs: Math.round(longestTurn) };
      }
    }
  }

  /**
   * The extractions of `entries` (articles this process holds without theirs) read back from the cache on
   * disk; a file the cache no longer holds is read and extracted again. Throws when a file's text is no longer
   * the one its article came from (the reload fails; the next one sees the change).
   */
  private async readBack(entries: readonly HeldEntry[]): Promise<Map<string, ArticleExtraction>> {
    const out = new Map<string, ArticleExtraction>();
    const cache = await this.openCache();
    const disk = cache?.enabled ? await cache.read(entries.map((e) => e.file)) : new Map<string, CacheEntry>();
    const again: HeldEntry[] = [];
    for (const e of entries) {
      const d = disk.get(e.file);
      if (d && d.hash === e.hash && 'article' in d.outcome) out.set(e.file, d.outcome.extraction);
      else again.push(e);
    }
    if (again.length) {
      const hash = new Map(again.map((e) => [e.file, e.hash]));
      const read = await readNamedSeeds(this.opts.seedsDir, [...hash.keys()], this.opts.limits ?? DEFAULT_LIMITS, { now: this.now });
      const outcomes = await this.extract(read.files.filter((f) => textHash(f.text) === hash.get(f.file)));
      for (const [file, o] of outcomes) if ('article' in o) out.set(file, o.extraction);
    }
    const lost = entries.find((e) => !out.has(e.file));
    if (lost) throw new Error(`${lost.file} changed while the library was reloading`);
    return out;
  }

  /** `held` with every extraction in place, for a compaction that rewrites them all. */
  private async complete(held: ReadonlyMap<string, HeldEntry>): Promise<CacheEntry[]> {
    const bare = [...held.values()].filter((e) => 'article' in e.outcome && !e.outcome.extraction);
    const got = bare.length ? await this.readBack(bare) : new Map<string, ArticleExtraction>();
    return [...held.values()].map((e) => ('error' in e.outcome ? { ...e, outcome: e.outcome }
      : { ...e, outcome: { article: e.outcome.article, extraction: e.outcome.extraction ?? got.get(e.file)! } }));
  }

  /** Parses and extracts `files` in the workers; per file, what it gave. */
  private async extract(files: { file: string; text: string }[]): Promise<Map<string, CacheEntry['outcome']>> {
    const out = new Map<string, CacheEntry['outcome']>();
    if (files.length === 0) return out;
    const here = this.current && files.length <= (this.opts.inThreadFiles ?? IN_THREAD_FILES) &&
      files.every((f) => Buffer.byteLength(f.text) <= IN_THREAD_MAX_BYTES);
    if (here) return this.extractHere(files, out);
    const x = await extractInWorkers(files, {
      ...(this.opts.workers ? { workers: this.opts.workers } : {}),
      ...(this.opts.workerUrl ? { workerUrl: this.opts.workerUrl } : {}),
      onProgress: (done, total) => { this.loading = { done, total }; },
      // with a library serving, its answers (and the gateway heartbeat) come before the new build's speed
      ...(this.current ? { nice: RELOAD_NICE } : {}),
    });
    x.corpus.articles.forEach((article, k) => out.set(article.id, { article, extraction: x.corpus.extractions[k]! }));
    for (const r of x.rejected) out.set(r.file, { error: r.error });
    return out;
  }

  /** `extract` on this thread, a file per turn of the event loop (queries waiting are answered between them). */
  private async extractHere(files: { file: string; text: string }[], out: Map<string, CacheEntry['outcome']>):
      Promise<Map<string, CacheEntry['outcome']>> {
    for (const f of files) {
      await nextTurn();
      const parsed = parseSeedFiles([f]);
      const x = extractAll(parsed.articles);
      x.articles.forEach((article, k) => out.set(article.id, { article, extraction: x.extractions[k]! }));
      for (const r of parsed.rejected) out.set(r.file, { error: r.error });
      this.loading = { done: out.size, total: files.length };
    }
    return out;
  }

  /** The whole build through the caller's own `build` (every file read and built every time). */
  private async buildGiven(build: NonNullable<LibraryStoreOptions['build']>): Promise<BuildResult> {
    const t0 = this.now();
    const folder = await readSeedFolder(this.opts.seedsDir, this.opts.limits ?? DEFAULT_LIMITS);
    const readMs = this.now() - t0;
    this.step = 'extracting';
    this.loading = { done: 0, total: folder.files.length };
    const lib = await build(folder.files, folder.rejected, this.now());
    return {
      built: { lib, hashes: new Map(folder.files.map((f) => [f.file, textHash(f.text)])), extractMs: this.now() - t0 - readMs },
      skipped: folder.skipped, readMs,
    };
  }

  /**
   * The cache read and the folder looked at side by side (the folder's metadata is read between the packs'
   * reads), then only the files the cache does not hold as they now are read.
   */
  private async scanWithCache(cache: ExtractionCache): Promise<{ disk: LoadedCache; folder: SeedFolder }> {
    const limits = this.opts.limits ?? DEFAULT_LIMITS;
    const [disk, scan] = await Promise.all([
      cache.load(), readSeedFolder(this.opts.seedsDir, limits, { now: this.now, known: () => true, statHere: true }),
    ]);
    const known = scan.known.filter((k) => { const p = disk.entries.get(k.file); return !!p && unchangedSince(p.stamp, k.stamp); });
    const held = new Set(known.map((k) => k.file));
    const read = await readNamedSeeds(this.opts.seedsDir, scan.known.filter((k) => !held.has(k.file)).map((k) => k.file), limits,
      { now: this.now });
    const byName = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
    return {
      disk,
      folder: {
        files: read.files, known,
        // rejections in name order, as one pass over the folder gives them
        rejected: [...scan.rejected, ...read.rejected].sort(byName), skipped: [...scan.skipped, ...read.skipped],
      },
    };
  }

  /** At start-up, the built library from the snapshot on disk when every file is as it was; else null. */
  private async fromSnapshot(cache: ExtractionCache): Promise<BuildResult | null> {
    const t0 = this.now();
    if (!this.snapshotKey) return null;
    const hit = await startFromSnapshot(cache.dir, this.snapshotKey, this.opts.seedsDir, this.opts.limits ?? DEFAULT_LIMITS, this.now);
    if (!hit) return null;
    const files = hit.lib.articles.length + hit.lib.rejected.length;
    return {
      built: { lib: hit.lib, hashes: hit.hashes, extractMs: 0 }, skipped: hit.skipped, readMs: this.now() - t0,
      reuse: { extracted: 0, reused: files, fromDisk: files, corruptPacks: 0, snapshot: true },
    };
  }

  /** Reads only what changed, extracts only that, and assembles the library from every file's outcome. */
  private async buildIncremental(): Promise<BuildResult> {
    const t0 = this.now();
    const cache = await this.openCache();
    const snap = this.current === null && cache?.enabled ? await this.fromSnapshot(cache) : null;
    if (snap) return snap;
    // at start-up the cache on disk stands in for the library that would be serving
    const { disk, folder } = this.held.size === 0 && cache ? await this.scanWithCache(cache) : { disk: null, folder: await readSeedFolder(
      this.opts.seedsDir, this.opts.limits ?? DEFAULT_LIMITS,
      { now: this.now, known: (file, meta) => { const p = this.held.get(file); return !!p && unchangedSince(p.stamp, meta); } },
    ) };
    const prior = (file: string): HeldEntry | undefined => this.held.get(file) ?? disk?.entries.get(file);
    const held = new Map<string, HeldEntry>();
    /** Entries to write to the cache: new outcomes only. A file read again with the same text keeps its new
     *  stamp in memory but is not rewritten (that cost seconds of serializing per reload); the cache's stale
     *  stamp only makes a restart read and hash it once more, and the next compaction stores the new one. */
    const fresh: CacheEntry[] = [];
    let fromDisk = 0;
    const take = (e: HeldEntry) => {
      held.set(e.file, e);
      if (!this.held.has(e.file)) fromDisk++;
    };
    for (const k of folder.known) take({ ...prior(k.file)!, stamp: k.stamp });
    const misses: (SeedFile & { hash: string })[] = [];
    for (const f of folder.files) {
      const hash = textHash(f.text);
      const p = prior(f.file);
      if (p && p.hash === hash) {
        take({ ...p, stamp: f.stamp });
      } else {
        misses.push({ ...f, hash });
      }
    }
    const readMs = this.now() - t0;
    this.step = 'extracting';
    this.loading = { done: 0, total: misses.length };
    const outcomes = await this.extract(misses);
    for (const m of misses) {
      const outcome = outcomes.get(m.file) ?? { error: 'rejected: the build returned nothing for this file' };
      const e: CacheEntry = { file: m.file, hash: m.hash, stamp: m.stamp, outcome };
      held.set(m.file, e);
      fresh.push(e);
    }
    const extractMs = this.now() - t0 - readMs;
    this.step = 'assembling';
    const articles: Article[] = [];
    const extractions: (ArticleExtraction | null)[] = [];
    /** The entry of each article, in library order. */
    const entries: HeldEntry[] = [];
    const parseRejected: Rejected[] = [];
    const hashes = new Map<string, string>();
    const pool = new Map<string, string>();
    for (const file of [...held.keys()].sort()) {
      const e = held.get(file)!;
      if ('error' in e.outcome) { parseRejected.push({ file, error: e.outcome.error }); continue; }
      // new outcomes (from the workers or the disk) share their strings with their article and each other
      const x = e.outcome.extraction;
      if (x && this.held.get(file)?.outcome !== e.outcome) compactExtraction(e.outcome.article, x, pool);
      articles.push(e.outcome.article);
      extractions.push(x);
      entries.push(e);
      hashes.set(file, e.hash);
    }
    const fill = async (places: number[]) => {
      const missing = places.filter((k) => !extractions[k]);
      if (!missing.length) return;
      const got = await this.readBack(missing.map((k) => entries[k]!));
      for (const k of missing) {
        const x = got.get(entries[k]!.file)!;
        // read back, it shares its strings with its article again, as when it was first extracted
        compactExtraction(articles[k]!, x, pool);
        extractions[k] = x;
      }
    };
    const assembled = await this.assemble({ articles, extractions }, [...folder.rejected, ...parseRejected], fill);
    return {
      built: {
        lib: assembled.lib, hashes, extractMs, stages: assembled.stages, longestTurnMs: assembled.longestTurnMs, held, book: assembled.book,
      },
      skipped: folder.skipped, readMs, fresh,
      reuse: { extracted: misses.length, reused: held.size - misses.length, fromDisk, corruptPacks: disk?.corrupt ?? 0 },
    };
  }

  /** Writes what this reload extracted to the cache, after the swap, and compacts it when it has grown stale. */
  private persist(fresh: CacheEntry[], held: Map<string, HeldEntry>, lib: Library, save: boolean): void {
    this.persisting = this.persisting.then(async () => {
      const cache = await this.openCache();
      if (!cache?.enabled) return;
      await cache.write(fresh);
      if (cache.wouldCompact(held.size)) await cache.compact(await this.complete(held));
      // a library swapped out meanwhile is not saved: the reload that replaced it saves its own
      if (save && this.current === lib && this.snapshotKey) {
        await mkdir(cache.dir, { recursive: true });
        this.snapshotSaved = await writeLibrarySnapshot(cache.dir, this.snapshotKey, lib, held) && this.current === lib;
      }
      // the packs hold every extraction now: memory keeps only the articles (a failed write keeps them all)
      if (cache.enabled && this.held === held) {
        for (const e of held.values()) {
          if ('article' in e.outcome && e.outcome.extraction) e.outcome = { article: e.outcome.article, extraction: null };
        }
      }
    }).catch(() => undefined);
  }

  private async reloadNow(): Promise<ReloadReport> {
    const t0 = this.now();
    this.step = 'reading';
    let result: BuildResult;
    try {
      const build = () => (this.opts.build ? this.buildGiven(this.opts.build) : this.buildIncremental());
      // a first load only adds live data: no cap on heap growth until it serves
      result = this.current ? await build() : await withFreeHeapGrowth(build);
    } catch (err) {
      // a folder that is not there is the caller's to report, as before any build
      if (err instanceof SeedFolderError) throw err;
      const before = this.current?.articles.length ?? 0;
      return {
        ok: false, swapped: false, articles: before, added: [], removed: [], changed: [], rejected: [],
        skipped: [], ms: Math.max(0, this.now() - t0),
        message: `The build failed (${(err as Error)?.message ?? String(err)})` +
          (this.current ? `; the ${plural(before, 'article')} loaded before keep serving.` : '.'),
      };
    } finally {
      this.loading = null;
      this.step = 'swapping';
    }
    const { built, skipped, readMs } = result;
    const lib = built.lib;
    const rejected = [...lib.rejected];
    const ms = Math.max(0, this.now() - t0);
    const phases = { read: readMs, extract: built.extractMs, assemble: Math.max(0, ms - readMs - built.extractMs) };
    const base = {
      rejected, skipped, ms, phases,
      ...(built.stages ? { stages: built.stages } : {}),
      ...(built.longestTurnMs !== undefined ? { longestTurnMs: built.longestTurnMs } : {}),
      ...(result.reuse ? { reuse: result.reuse } : {}),
    };
    if (lib.articles.length === 0) {
      const kept = this.current !== null;
      return {
        ...base, ok: false, swapped: false, articles: this.current?.articles.length ?? 0, added: [], removed: [], changed: [],
        message: kept
          ? `No article could be loaded from ${this.opts.seedsDir}; the ${plural(this.current!.articles.length, 'article')} loaded before `
            + 'keep serving.'
          : `No article could be loaded from ${this.opts.seedsDir}.`,
      };
    }
    const loaded = new Set(lib.articles.map((a) => a.id));
    const hashes = new Map([...built.hashes].filter(([file]) => loaded.has(file)));
    const added: string[] = [];
    const changed: string[] = [];
    for (const [file, hash] of hashes) {
      const old = this.hashes.get(file);
      if (old === undefined) added.push(file);
      else if (old !== hash) changed.push(file);
    }
    const removed = [...this.hashes.keys()].filter((f) => !hashes.has(f));
    const first = this.current === null;
    // a reload that changed nothing leaves a snapshot that holds the library as it is (its manifest still
    // matches the folder): writing it again would cost seconds of the serving thread for nothing
    const same = !first && !added.length && !removed.length && !changed.length &&
      JSON.stringify(rejected) === JSON.stringify(this.current!.rejected);
    if (!same) this.snapshotSaved = result.reuse?.snapshot === true;
    this.current = lib;
    this.hashes = hashes;
    this.book = built.book ?? null;
    if (result.fresh && built.held) {
      this.held = built.held;
      this.persist(result.fresh, built.held, lib, !this.snapshotSaved);
    }
    return {
      ...base, ok: true, swapped: true, articles: lib.articles.length, added: first ? [...hashes.keys()] : added, removed, changed,
      message: `Loaded ${plural(lib.articles.length, 'article')}` +
        (first ? '' : `: ${added.length} added, ${removed.length} removed, ${changed.length} changed`) +
        (rejected.length ? `; ${plural(rejected.length, 'file')} rejected` : '') + '.',
    };
  }
}
