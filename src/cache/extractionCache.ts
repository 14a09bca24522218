// The extraction cache on disk: what parsing and extraction made of each seed file, keyed by the file's
// name, the SHA-256 of its text and the extractor version, so a restart over unchanged seeds extracts
// nothing. Entries live in pack files (v8.serialize of up to PACK_ENTRIES entries, behind a magic string,
// a format number and a SHA-256 of the body), one folder per extractor version. A pack is written to a
// temporary name and renamed into place, so a reader sees a whole pack or none; every process writes
// packs of its own, so two processes on one machine never write the same file. A pack that fails any
// check is deleted and its entries count as misses: a corrupt cache is rebuilt, never trusted.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ArticleExtraction } from '../extract/types.js';
import type { Article } from '../parse/article.js';
import type { FileStamp } from '../load/readSeedFolder.js';
import { CACHE_FORMAT } from './extractorVersion.js';

/** One seed file's outcome: its article and extraction, or why parsing rejected it. */
export type CachedOutcome = { article: Article; extraction: ArticleExtraction } | { error: string };

export interface CacheEntry {
  file: string;
  /** SHA-256 of the file's text (hex). */
  hash: string;
  /** The file's metadata when it was last read, so an unchanged file need not be read again. */
  stamp: FileStamp;
  outcome: CachedOutcome;
}

export interface CacheLog { warn(obj: object, msg: string): void }

const MAGIC = Buffer.from('BYLINE-EXTRACTION-CACHE\n');
const HEADER = MAGIC.length + 4 + 32;
/** Entries per pack: small enough to write, read and check between two pauses of a serving thread (packs of
 *  200 blocked it for 370-420 ms each on a loaded 2-core machine), few enough files. */
export const PACK_ENTRIES = 50;
const PACK = /^\d+-\d+-[0-9a-f]+\.pack$/;
/** Another version's folder untouched this long is removed (a second process may still run that version). */
const OLD_VERSION_MS = 60 * 60 * 1000;

export const textHash = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The stored form of an article: sentences keep their offsets only (their text is a slice of the paragraph). */
function pack(e: CacheEntry): unknown {
  if (!('article' in e.outcome)) return e;
  const a = e.outcome.article;
  const paragraphs = a.paragraphs.map((p) => ({ n: p.n, text: p.text, offsets: p.sentences.flatMap((s) => [s.start, s.end]) }));
  return { ...e, outcome: { article: { ...a, paragraphs }, extraction: e.outcome.extraction } };
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** An entry back from its stored form, or null when it does not have the shape written. */
function unpack(raw: unknown): CacheEntry | null {
  const e = raw as { file?: unknown; hash?: unknown; stamp?: Record<string, unknown>; outcome?: Record<string, unknown> } | null;
  if (!e || typeof e.file !== 'string' || typeof e.hash !== 'string' || !/^[0-9a-f]{64}$/.test(e.hash)) return null;
  const s = e.stamp;
  if (!s || !isNum(s.size) || !isNum(s.mtimeMs) || !isNum(s.ctimeMs) || !isNum(s.ino) || !isNum(s.checkedAt)) return null;
  const o = e.outcome;
  if (!o) return null;
  if (typeof o.error === 'string') return e as unknown as CacheEntry;
  const a = o.article as (Omit<Article, 'paragraphs'> & { paragraphs?: { n: number; text: string; offsets: number[] }[] }) | undefined;
  const x = o.extraction as ArticleExtraction | undefined;
  if (!a || a.id !== e.file || !Array.isArray(a.paragraphs) || a.paragraphs.length === 0) return null;
  if (!x || !Array.isArray(x.people) || !Array.isArray(x.quotes) || !Array.isArray(x.dates) || !Array.isArray(x.events)) return null;
  const paragraphs: Article['paragraphs'] = [];
  for (const p of a.paragraphs) {
    if (typeof p?.text !== 'string' || !Array.isArray(p.offsets) || p.offsets.length % 2 !== 0 || p.offsets.length === 0) return null;
    const sentences = [];
    for (let k = 0; k < p.offsets.length; k += 2) {
      const start = p.offsets[k]!;
      const end = p.offsets[k + 1]!;
      if (!isNum(start) || !isNum(end) || start < 0 || end > p.text.length || end <= start) return null;
      sentences.push({ text: p.text.slice(start, end), start, end });
    }
    paragraphs.push({ n: p.n, text: p.text, sentences });
  }
  return {
    file: e.file,
    hash: e.hash,
    stamp: s as unknown as FileStamp,
    outcome: { article: { ...a, paragraphs } as Article, extraction: x },
  };
}

function encode(entries: readonly CacheEntry[]): Buffer {
  const body = serialize({ entries: entries.map(pack) });
  const header = Buffer.alloc(HEADER);
  MAGIC.copy(header);
  header.writeUInt32LE(CACHE_FORMAT, MAGIC.length);
  createHash('sha256').update(body).digest().copy(header, MAGIC.length + 4);
  return Buffer.concat([header, body]);
}

/** The entries of a pack, or null when it is not a whole, intact pack of this format. */
export function decode(buf: Buffer): CacheEntry[] | null {
  if (buf.length < HEADER || !buf.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  if (buf.readUInt32LE(MAGIC.length) !== CACHE_FORMAT) return null;
  const body = buf.subarray(HEADER);
  if (!createHash('sha256').update(body).digest().equals(buf.subarray(MAGIC.length + 4, HEADER))) return null;
  let raw: unknown;
  try { raw = deserialize(body); } catch { return null; }
  const list = (raw as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) return null;
  const out: CacheEntry[] = [];
  for (const r of list) {
    const e = unpack(r);
    if (!e) return null;
    out.push(e);
  }
  return out;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface LoadedCache {
  /** The newest entry per file. */
  entries: Map<string, CacheEntry>;
  /** Packs read, and how many entries they held. */
  packs: string[];
  stored: number;
  /** Packs that failed a check and were deleted. */
  corrupt: number;
}

export class ExtractionCache {
  private disabled = false;
  /** Packs this process knows hold only entries it has seen: what a compaction may replace. */
  private owned = new Set<string>();
  private storedEntries = 0;
  /** File name to the pack this process last read or wrote its entry in: where `read` finds it again. */
  private where = new Map<string, string>();

  /** `dir` is this seeds folder's and extractor version's folder; created when first written. */
  constructor(readonly dir: string, private readonly log?: CacheLog) {}

  get enabled(): boolean {
    return !this.disabled;
  }

  private fail(err: unknown, doing: string): void {
    if (this.disabled) return;
    this.disabled = true;
    this.log?.warn({ dir: this.dir, code: (err as NodeJS.ErrnoException)?.code ?? String(err) },
      `the extraction cache cannot be ${doing}; going on without it (set BYLINE_CACHE_DIR to a writable folder)`);
  }

  /** Every intact pack's entries. A pack that fails a check is deleted; one that vanished meanwhile (another
   *  process compacted it) is skipped. Pauses between packs so a serving thread keeps answering. */
  async load(): Promise<LoadedCache> {
    const out: LoadedCache = { entries: new Map(), packs: [], stored: 0, corrupt: 0 };
    if (this.disabled) return out;
    let all: string[];
    try {
      all = await readdir(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.fail(err, 'read');
      return out;
    }
    // a temporary pack left by a process that died mid-write (one being written now is younger)
    for (const n of all.filter((x) => x.endsWith('.tmp'))) {
      const s = await stat(join(this.dir, n)).catch(() => null);
      if (s && Date.now() - s.mtimeMs > OLD_VERSION_MS) await unlink(join(this.dir, n)).catch(() => undefined);
    }
    const names = all.filter((n) => PACK.test(n)).sort();
    for (const name of names) {
      let buf: Buffer;
      try { buf = await readFile(join(this.dir, name)); } catch { continue; }
      const entries = decode(buf);
      if (!entries) {
        out.corrupt++;
        await unlink(join(this.dir, name)).catch(() => undefined);
        continue;
      }
      out.packs.push(name);
      out.stored += entries.length;
      // packs are named by time: a later one's entry for the same file is newer
      for (const e of entries) { out.entries.set(e.file, e); this.where.set(e.file, name); }
      this.owned.add(name);
      await nextTurn();
    }
    this.storedEntries = out.stored;
    if (out.corrupt)
      this.log?.warn(
        { dir: this.dir, packs: out.corrupt },
        'extraction cache packs failed their check and were removed; their files are extracted again',
      );
    return out;
  }

  /** Writes entries in new packs (temporary file, then rename). Returns the packs written. */
  async write(entries: readonly CacheEntry[]): Promise<string[]> {
    if (this.disabled || entries.length === 0) return [];
    const written: string[] = [];
    try {
      await mkdir(this.dir, { recursive: true });
      for (let i = 0; i < entries.length; i += PACK_ENTRIES) {
        const chunk = entries.slice(i, i + PACK_ENTRIES);
        const buf = encode(chunk);
        const name = `${Date.now()}-${process.pid}-${randomBytes(6).toString('hex')}.pack`;
        const tmp = join(this.dir, `.${name}.tmp`);
        await writeFile(tmp, buf);
        await rename(tmp, join(this.dir, name));
        for (const e of chunk) this.where.set(e.file, name);
        written.push(name);
        this.owned.add(name);
        this.storedEntries += Math.min(PACK_ENTRIES, entries.length - i);
        await nextTurn();
      }
    } catch (err) {
      this.fail(err, 'written');
    }
    return written;
  }

  /**
   * The entries of `files` read back from the packs this process last read or wrote them in, pausing between
   * packs. A file whose pack is gone (another process compacted it) or fails its check is left out: the
   * caller extracts it again. Entries are as stored: the caller checks their hash.
   */
  async read(files: Iterable<string>): Promise<Map<string, CacheEntry>> {
    const out = new Map<string, CacheEntry>();
    const byPack = new Map<string, Set<string>>();
    for (const f of files) {
      const name = this.where.get(f);
      if (name === undefined) continue;
      const set = byPack.get(name) ?? new Set<string>();
      set.add(f);
      byPack.set(name, set);
    }
    if (this.disabled) return out;
    for (const [name, wanted] of byPack) {
      const buf = await readFile(join(this.dir, name)).catch(() => null);
      const entries = buf && decode(buf);
      for (const e of entries ?? []) if (wanted.has(e.file)) out.set(e.file, e);
      await nextTurn();
    }
    return out;
  }

  /** Whether `compact` with this many live entries would rewrite the packs. */
  wouldCompact(live: number): boolean {
    return !this.disabled && (this.owned.size > Math.ceil(live / PACK_ENTRIES) + 8 || this.storedEntries > live * 1.25 + 50);
  }

  /**
   * Rewrites the packs when they hold mostly stale entries or too many small packs: `live` (every file's
   * current entry) go into fresh packs, then the packs this process had read or written are removed.
   * Packs another process wrote meanwhile stay. Also removes other extractor versions' folders long unused.
   */
  async compact(live: readonly CacheEntry[]): Promise<boolean> {
    if (this.disabled) return false;
    const ideal = Math.ceil(live.length / PACK_ENTRIES);
    if (!this.wouldCompact(live.length)) return false;
    const old = [...this.owned];
    this.owned.clear();
    this.storedEntries = 0;
    const fresh = await this.write(live);
    if (this.disabled || fresh.length < ideal) return false;
    for (const name of old) await unlink(join(this.dir, name)).catch(() => undefined);
    await this.pruneOtherVersions();
    return true;
  }

  private async pruneOtherVersions(): Promise<void> {
    const parent = join(this.dir, '..');
    const mine = this.dir.split(/[\\/]/).pop();
    const now = Date.now();
    for (const name of await readdir(parent).catch(() => [] as string[])) {
      if (name === mine || !/^[0-9a-f]{24}$/.test(name)) continue;
      const s = await stat(join(parent, name)).catch(() => null);
      if (s?.isDirectory() && now - s.mtimeMs > OLD_VERSION_MS)
        await rm(join(parent, name), { recursive: true, force: true }).catch(() => undefined);
    }
  }
}
