// The library that is serving, and reloads of it: a reload builds a new library and swaps it in whole;
// concurrent reloads share one build; a reload in which every file is rejected keeps the old library.
import type { Rejected } from '../model/contract.js';
import { assembleLibrary, extractAll, type Library } from '../index/library.js';
import { parseSeedFiles } from '../load/loadSeeds.js';
import { readSeedFolder, type ReadLimits, DEFAULT_LIMITS } from '../load/readSeedFolder.js';

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
}

export interface LibraryStoreOptions {
  seedsDir: string;
  limits?: ReadLimits;
  now?: () => number;
  /** Builds a library from seed files; defaults to an in-thread build (a worker build is swapped in here). */
  build?: (files: { file: string; text: string }[], rejected: Rejected[], builtAt: number) => Promise<Library>;
}

function fingerprint(text: string): string {
  // FNV-1a over the text: enough to tell "changed" from "unchanged" between two reloads
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(16)}`;
}

export async function buildInThread(files: { file: string; text: string }[], rejected: Rejected[], builtAt: number): Promise<Library> {
  const parsed = parseSeedFiles(files);
  return assembleLibrary(extractAll(parsed.articles), [...rejected, ...parsed.rejected], builtAt);
}

export class LibraryStore {
  private current: Library | null = null;
  private prints = new Map<string, string>();
  private pending: Promise<ReloadReport> | null = null;
  private queued = false;
  private readonly now: () => number;
  private readonly build: NonNullable<LibraryStoreOptions['build']>;

  constructor(private readonly opts: LibraryStoreOptions) {
    this.now = opts.now ?? Date.now;
    this.build = opts.build ?? buildInThread;
  }

  get library(): Library | null {
    return this.current;
  }

  get seedsDir(): string {
    return this.opts.seedsDir;
  }

  /** Reloads; a call while a reload runs waits for one more reload after it (calls in between coalesce). */
  reload(): Promise<ReloadReport> {
    if (this.pending) {
      if (!this.queued) {
        this.queued = true;
        const after = this.pending.then(() => {
          this.queued = false;
          return this.reloadNow();
        });
        this.pending = after.finally(() => { if (this.pending === after) this.pending = null; });
        return after;
      }
      return this.pending;
    }
    const run = this.reloadNow();
    this.pending = run.finally(() => { if (this.pending === run) this.pending = null; });
    return run;
  }

  private async reloadNow(): Promise<ReloadReport> {
    const t0 = this.now();
    const folder = await readSeedFolder(this.opts.seedsDir, this.opts.limits ?? DEFAULT_LIMITS);
    const lib = await this.build(folder.files, folder.rejected, t0);
    const rejected = [...lib.rejected];
    const ms = Math.max(0, this.now() - t0);
    const base = { rejected, skipped: folder.skipped, ms };
    if (lib.articles.length === 0) {
      const kept = this.current !== null;
      return {
        ...base, ok: false, swapped: false, articles: this.current?.articles.length ?? 0, added: [], removed: [], changed: [],
        message: kept
          ? `No article could be loaded from ${this.opts.seedsDir}; the ${this.current!.articles.length} articles loaded before keep serving.`
          : `No article could be loaded from ${this.opts.seedsDir}.`,
      };
    }
    const prints = new Map(folder.files.filter((f) => lib.articles.some((a) => a.id === f.file)).map((f) => [f.file, fingerprint(f.text)]));
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
