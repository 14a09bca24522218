// A built library as chunks of a snapshot file (src/cache/snapshotFile.ts), and back. What costs a build its
// time is kept as it was built: every term index as its packed typed arrays (no sentence is split into terms
// again), the registry's people as they were published (no registry replay). The term indexes come first in
// the file: their typed arrays are made while the heap is still small (made last, each one set off a full
// collection of a heap of gigabytes). Articles and their contract shapes go in chunks of a few dozen
// articles (so writing pauses between chunks): their titles and paragraphs as two blobs of text (one-byte
// text as Latin-1, the rest as UTF-8), each read back as one string that the texts are slices of, and the
// rest as JSON (JSON.parse made it faster than v8.deserialize, in a third less room), with what a build
// shares written as a reference to it: people as places in the registry's list, sentences as offsets into
// their paragraph, evidence as places in the article, a quote's words or an event's as offsets into their
// sentence, an article's title, outlet and url as the article's own, short strings that repeat as places in
// the chunk's table. So the strings come back shared as a build shares them, and none is parsed only to be
// thrown away. What is cheap to make again is made on load: sentence records, quote documents, name lookups.
import type { Evidence, ExtractedArticle, Person, Quote, Event, Rejected } from '../model/contract.js';
import type { Article } from '../parse/article.js';
import { TermIndex, type TermIndexParts } from '../textIndex/termIndex.js';
import { evidenceOf } from './evidence.js';
import { bytesOf, reusedUtf8, type SnapshotChunk, type SnapshotReader } from '../cache/snapshotFile.js';
import type { Library } from './library.js';
import { EventIndex } from './eventIndex.js';
import { PeopleIndex } from './peopleIndex.js';
import { QuoteIndex } from './quoteIndex.js';
import { SentenceIndex } from './sentenceIndex.js';

/** Articles per chunk: a few ms to serialize, so a serving thread waits at most about that. */
const ARTICLE_CHUNK = 50;
const PEOPLE_CHUNK = 2000;

/** A title or paragraph as where it stands in its chunk's text: [blob, at, length], blob 0 the chunk's
 *  one-byte text (Latin-1 on disk), 1 the rest (UTF-8). The text of 50 articles decoded as one string each and
 *  sliced (a slice only points into it) made a restart at 100,000 articles make and copy through the young
 *  generation a few hundred thousand strings fewer, and JSON.parse scan a third of the bytes it did. */
type TextAt = [blob: 0 | 1, at: number, length: number];
type PackedArticle = Omit<Syms<Article, (typeof ARTICLE_SYMS)[number]>, 'paragraphs' | 'title'> & {
  title: TextAt; paragraphs: { n: number; text: TextAt; offsets: number[] }[];
};

const ONE_BYTE = /^[\0-\xff]*$/;

/** A chunk's texts being gathered, one run per blob. */
class ChunkText {
  readonly parts: [string[], string[]] = [[], []];
  private readonly lengths: [number, number] = [0, 0];

  put(text: string): TextAt {
    const blob = ONE_BYTE.test(text) ? 0 : 1;
    const at = this.lengths[blob];
    this.parts[blob].push(text);
    this.lengths[blob] += text.length;
    return [blob, at, text.length];
  }
}

/** A text back from its place in its chunk's two blobs. */
function textFrom(ref: TextAt, blobs: readonly [string, string]): string {
  const blob = Array.isArray(ref) ? blobs[ref[0]] : undefined;
  const [, at, length] = ref;
  if (blob === undefined || !(at >= 0 && length > 0 && at + length <= blob.length)) throw new Error('a text out of its chunk');
  return blob.slice(at, at + length);
}

/** A string written as where it stands in a longer one (start, length), or as itself. */
type TextRef = [at: number, length: number] | string;
/** A short string that repeats (a kind, a cue, a date value, an outlet) as its place in its chunk's table
 *  `t`: read back, every one is one string across the library, as a build's string pool makes them (parsed,
 *  each was a string of its own, millions at 100,000 articles for the young generation to copy). */
type Sym = number;
type Syms<T, K extends keyof T> = Omit<T, K> & { [P in K]: Sym | Extract<T[P], null | undefined> };
const DATE_SYMS = ['start', 'end', 'precision', 'relation'] as const;
const QUOTE_SYMS = ['kind', 'cue'] as const;
const EVENT_SYMS = ['kind', 'place'] as const;
const ARTICLE_SYMS = ['outlet', 'published', 'language', 'layout'] as const;
const EXTRACTED_SYMS = ['published', 'language'] as const;

/** A date with its text as a reference into its evidence's text, and its values as symbols. */
type PackedDate<D extends { text: string | null; start: string | null; end: string | null; precision: string; relation: string }> =
  Omit<Syms<D, (typeof DATE_SYMS)[number]>, 'text'> & { text: TextRef | null };
type QuoteCue = Quote & { cue?: string };
type PackedQuote = Omit<Syms<QuoteCue, (typeof QUOTE_SYMS)[number]>, 'evidence' | 'speaker' | 'text'> & {
  evidence: number; speaker: number | Quote['speaker']; text: TextRef;
};
type PackedEvent = Omit<Syms<Event, (typeof EVENT_SYMS)[number]>, 'evidence' | 'what' | 'participants' | 'date'> & {
  evidence: number; what: TextRef; participants: (number | string)[]; date: PackedDate<NonNullable<Event['date']>> | null;
};

/** A chunk's table of symbols being gathered. */
class ChunkSymbols {
  readonly list: string[] = [];
  private readonly at = new Map<string, Sym>();

  of<T extends string | null | undefined>(v: T): Sym | Extract<T, null | undefined> {
    if (typeof v !== 'string') return v as Extract<T, null | undefined>;
    let k = this.at.get(v);
    if (k === undefined) { this.at.set(v, (k = this.list.length)); this.list.push(v); }
    return k;
  }

  /** `o` with the fields `keys` names as symbols (a field it lacks stays lacking; key order kept). */
  fields<T extends object, K extends keyof T & string>(o: T, keys: readonly K[]): Syms<T, K> {
    const out = { ...o } as Record<string, unknown>;
    for (const k of keys) if (k in o) out[k] = this.of(o[k] as string | null | undefined);
    return out as Syms<T, K>;
  }
}

/** The fields `keys` names of a parsed object back from symbols to the table's strings, in place. */
function unsym(o: Record<string, unknown>, keys: readonly string[], table: readonly string[]): void {
  for (const k of keys) {
    const v = o[k];
    if (typeof v !== 'number') continue;
    const found = table[v];
    if (found === undefined) throw new Error('a symbol out of its table');
    o[k] = found;
  }
}
/** 0: the article's own value. */
type Own<T> = T | 0;

/** An article's contract shapes with people as places in the registry's list, evidence as places in its own
 *  list `ev` (JSON keeps no shared objects; the quotes, events and dates citing one sentence share one), and
 *  strings a build shares as references to them. Every field stays where it was, so the object parsed back
 *  has the build's key order. */
type PackedExtracted = Omit<Syms<ExtractedArticle, (typeof EXTRACTED_SYMS)[number]>,
  'article' | 'title' | 'outlet' | 'url' | 'people' | 'quotes' | 'events' | 'dates'> & {
  article: Own<string>; title: Own<string>; outlet: Own<string | null>; url?: Own<string | null>;
  people: number[]; ev: PackedEvidence[]; quotes: PackedQuote[]; events: PackedEvent[];
  dates: (PackedDate<Omit<ExtractedArticle['dates'][number], 'evidence'>> & { evidence: number })[];
};

/** Evidence as its place in the article: paragraph, the sentence's number in it (-1: the paragraph itself)
 *  or the text when it is neither, and 1 for a headline; or, for evidence `evidenceOf` would not make again
 *  as it is, the whole object. Made again on load, the article's fields and strings are its own. */
type PackedEvidence = [paragraph: number, text: number | string, headline: 0 | 1] | Evidence;

function packEvidence(article: Article, e: Evidence): PackedEvidence {
  const p = article.paragraphs[e.paragraph - 1];
  const k = p?.text === e.text ? -1 : p?.sentences.findIndex((s) => s.text === e.text) ?? -1;
  const packed: PackedEvidence = [e.paragraph, p && (k >= 0 || p.text === e.text) ? k : e.text, e.headline ? 1 : 0];
  return JSON.stringify(unpackEvidence(article, packed)) === JSON.stringify(e) ? packed : e;
}

function unpackEvidence(article: Article, e: PackedEvidence): Evidence {
  if (!Array.isArray(e)) return e;
  const [paragraph, ref, headline] = e;
  const p = article.paragraphs[paragraph - 1];
  const text = typeof ref === 'string' ? (ref === article.title ? article.title : ref) : ref < 0 ? p?.text : p?.sentences[ref]?.text;
  if (text === undefined) throw new Error('evidence out of its article');
  return evidenceOf(article, { paragraph, text, ...(headline ? { headline: true as const } : {}) });
}

const refTo = (text: string, within: string): TextRef => {
  const at = within.indexOf(text);
  return at >= 0 ? [at, text.length] : text;
};

function textAt(ref: TextRef, within: string): string {
  if (typeof ref === 'string') return ref;
  const [at, length] = ref;
  if (!(at >= 0 && length >= 0 && at + length <= within.length)) throw new Error('a text reference out of its sentence');
  return within.slice(at, at + length);
}

/** The library's term indexes by name. */
function termIndexes(lib: Library): [string, TermIndex][] {
  return [
    ['quotes', lib.quoteIndex.termIndex], ['events', lib.eventIndex.termIndex],
    ['sentences', lib.sentenceIndex.sentenceTerms], ['articles', lib.sentenceIndex.articleTerms],
  ];
}

const packArticle = (a: Article, text: ChunkText, syms: ChunkSymbols): PackedArticle => ({
  ...syms.fields(a, ARTICLE_SYMS), title: text.put(a.title),
  paragraphs: a.paragraphs.map((p) => ({ n: p.n, text: text.put(p.text), offsets: p.sentences.flatMap((s) => [s.start, s.end]) })),
});

function unpackArticle(a: PackedArticle, blobs: readonly [string, string], table: readonly string[]): Article {
  unsym(a as unknown as Record<string, unknown>, ARTICLE_SYMS, table);
  const paragraphs = a.paragraphs.map((p) => {
    const text = textFrom(p.text, blobs);
    const sentences = [];
    for (let k = 0; k < p.offsets.length; k += 2) {
      const start = p.offsets[k]!;
      const end = p.offsets[k + 1]!;
      sentences.push({ text: text.slice(start, end), start, end });
    }
    return { n: p.n, text, sentences };
  });
  return { ...a, title: textFrom(a.title, blobs), paragraphs } as unknown as Article;
}

/** Where the registry's people are, by id (a quote's speaker) and by name (an event's participant). */
interface PeoplePlaces { byId: ReadonlyMap<string, number>; byName: ReadonlyMap<string, number>; people: readonly Person[] }

function peoplePlaces(people: readonly Person[]): PeoplePlaces {
  const byId = new Map<string, number>();
  const byName = new Map<string, number>();
  people.forEach((p, k) => {
    byId.set(p.id, k);
    if (!byName.has(p.name)) byName.set(p.name, k);
  });
  return { byId, byName, people };
}

function packExtracted(article: Article, e: ExtractedArticle, places: PeoplePlaces, syms: ChunkSymbols): PackedExtracted {
  const ev: PackedEvidence[] = [];
  const at = new Map<Evidence, number>();
  const place = (v: Evidence) => {
    let k = at.get(v);
    if (k === undefined) { at.set(v, (k = ev.length)); ev.push(packEvidence(article, v)); }
    return k;
  };
  const speaker = (s: Quote['speaker']) => {
    const k = places.byId.get(s.id);
    return k !== undefined && places.people[k]!.name === s.name ? k : s;
  };
  const date = <D extends NonNullable<Event['date']>>(d: D, within: string): PackedDate<D> =>
    ({ ...syms.fields(d, DATE_SYMS), text: d.text === null ? null : refTo(d.text, within) });
  const own = <T>(v: T, mine: T): Own<T> => (v === mine ? 0 : v);
  return {
    ...syms.fields(e, EXTRACTED_SYMS),
    article: own(e.article, article.id), title: own(e.title, article.title), outlet: own(e.outlet, article.outlet),
    ...('url' in e ? { url: own(e.url, article.url) } : {}),
    people: e.people.map((p) => {
      const k = places.byId.get(p.id);
      if (k === undefined || places.people[k] !== p) throw new Error(`a person of ${e.article} is not in the registry`);
      return k;
    }),
    quotes: e.quotes.map((q) => ({
      ...syms.fields(q as QuoteCue, QUOTE_SYMS), speaker: speaker(q.speaker), text: refTo(q.text, q.evidence.text),
      evidence: place(q.evidence),
    })),
    events: e.events.map((v) => ({
      ...syms.fields(v, EVENT_SYMS), what: refTo(v.what, v.evidence.text),
      participants: v.participants.map((n) => places.byName.get(n) ?? n),
      date: v.date && date(v.date, v.evidence.text), evidence: place(v.evidence),
    })),
    dates: e.dates.map((d) => ({ ...date(d, d.evidence.text), evidence: place(d.evidence) })),
    ev,
  };
}

/** The contract shapes back from `packExtracted`, in place (the parsed objects become the library's, their
 *  keys in the order written). */
function unpackExtracted(article: Article, p: PackedExtracted, people: readonly Person[], table: readonly string[],
    speakers: Quote['speaker'][]): ExtractedArticle {
  const ev = p.ev.map((e) => unpackEvidence(article, e));
  const evidence = (k: number) => {
    const e = ev[k];
    if (!e) throw new Error('evidence out of range');
    return e;
  };
  const person = (k: number) => {
    const found = people[k];
    if (!found) throw new Error('a person out of range');
    return found;
  };
  const date = (d: { text: TextRef | null }, within: string) => {
    if (d.text !== null) d.text = textAt(d.text, within);
    unsym(d as unknown as Record<string, unknown>, DATE_SYMS, table);
  };
  const x = p as unknown as Record<keyof PackedExtracted, unknown> & { ev?: unknown };
  unsym(x, EXTRACTED_SYMS, table);
  if (p.article === 0) x.article = article.id;
  if (p.title === 0) x.title = article.title;
  if (p.outlet === 0) x.outlet = article.outlet;
  if (p.url === 0) x.url = article.url;
  x.people = p.people.map(person);
  for (const q of p.quotes as unknown as Record<keyof PackedQuote, unknown>[]) {
    const e = evidence(q.evidence as number);
    q.evidence = e;
    if (typeof q.speaker === 'number') {
      // one speaker object per person, shared by their quotes (quotes are never changed)
      const s = person(q.speaker);
      q.speaker = speakers[q.speaker] ??= { id: s.id, name: s.name };
    }
    q.text = textAt(q.text as TextRef, e.text);
    unsym(q, QUOTE_SYMS, table);
  }
  for (const v of p.events as unknown as Record<keyof PackedEvent, unknown>[]) {
    const e = evidence(v.evidence as number);
    v.evidence = e;
    v.what = textAt(v.what as TextRef, e.text);
    v.participants = (v.participants as (number | string)[]).map((n) => (typeof n === 'number' ? person(n).name : n));
    unsym(v, EVENT_SYMS, table);
    if (v.date) date(v.date as { text: TextRef | null }, e.text);
  }
  for (const d of p.dates as unknown as (Record<keyof PackedExtracted['dates'][number], unknown> & { text: TextRef | null })[]) {
    const e = evidence(d.evidence as number);
    d.evidence = e;
    date(d, e.text);
  }
  delete x.ev;
  return x as unknown as ExtractedArticle;
}

/** The snapshot's chunks of `lib`, made one at a time as they are asked for: the term indexes, the people,
 *  then the articles. Throws if the library does not have the shape a snapshot can hold (a person outside
 *  the registry's list). */
export function* libraryChunks(lib: Library): Generator<SnapshotChunk> {
  const utf8 = reusedUtf8();
  for (const [name, index] of termIndexes(lib)) {
    const p = index.parts();
    if (p.vocabulary.some((t) => t.includes('\0'))) throw new Error('a term holds a NUL character');
    yield { kind: `terms.${name}.vocabulary`, bytes: utf8(p.vocabulary.join('\0')) };
    yield { kind: `terms.${name}.lengths`, bytes: bytesOf(p.lengths) };
    yield { kind: `terms.${name}.off`, bytes: bytesOf(p.off) };
    yield { kind: `terms.${name}.docs`, bytes: bytesOf(p.docs) };
    yield { kind: `terms.${name}.tfs`, bytes: bytesOf(p.tfs) };
  }
  const places = peoplePlaces(lib.people);
  for (let i = 0; i < lib.people.length; i += PEOPLE_CHUNK) {
    yield { kind: 'people', bytes: utf8(JSON.stringify(lib.people.slice(i, i + PEOPLE_CHUNK))) };
  }
  for (let i = 0; i < lib.articles.length; i += ARTICLE_CHUNK) {
    const text = new ChunkText();
    const syms = new ChunkSymbols();
    const a = lib.articles.slice(i, i + ARTICLE_CHUNK).map((article) => packArticle(article, text, syms));
    const x = lib.extracted.slice(i, i + ARTICLE_CHUNK).map((e, k) => packExtracted(lib.articles[i + k]!, e, places, syms));
    // the texts first: the articles are made from them as soon as their chunk is read
    yield { kind: 'articles.latin1', bytes: utf8(text.parts[0].join(''), 'latin1') };
    yield { kind: 'articles.utf8', bytes: utf8(text.parts[1].join('')) };
    yield { kind: 'articles', bytes: utf8(JSON.stringify({ t: syms.list, a, x })) };
  }
}

const TERM_CHUNK = /^terms\.(\w+)\.(\w+)$/;

/** Whether a chunk holds a typed array (read into memory of its own, which the array then views). */
const isTyped = (kind: string | null) => kind !== null && TERM_CHUNK.test(kind) && !kind.endsWith('.vocabulary');

/** A typed array over a chunk read into memory of its own. */
function typed<T>(bytes: Buffer, size: number, make: (b: ArrayBuffer, at: number, n: number) => T): T {
  if (bytes.length % size !== 0) throw new Error('a typed chunk of the wrong length');
  return make(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length / size);
}

/** A term index's part from its chunk. */
function addTermPart(parts: Map<string, Partial<TermIndexParts>>, kind: string, bytes: Buffer): void {
  const m = TERM_CHUNK.exec(kind);
  if (!m) return;
  const p = parts.get(m[1]!) ?? {};
  parts.set(m[1]!, p);
  if (m[2] === 'vocabulary') p.vocabulary = bytes.length ? bytes.toString('utf8').split('\0') : [];
  else if (m[2] === 'tfs') p.tfs = typed(bytes, 2, (b, at, n) => new Uint16Array(b, at, n));
  else if (m[2] === 'lengths' || m[2] === 'off' || m[2] === 'docs') p[m[2]] = typed(bytes, 4, (b, at, n) => new Uint32Array(b, at, n));
}

function termIndexesOf(parts: Map<string, Partial<TermIndexParts>>): Map<string, TermIndex> {
  const out = new Map<string, TermIndex>();
  for (const [name, p] of parts) {
    if (!p.vocabulary || !p.lengths || !p.off || !p.docs || !p.tfs) throw new Error(`term index ${name} is incomplete`);
    if (p.off.length !== p.vocabulary.length + 1 || p.docs.length !== p.tfs.length || p.off[p.vocabulary.length] !== p.docs.length) {
      throw new Error(`term index ${name} does not add up`);
    }
    out.set(name, TermIndex.fromParts(p as TermIndexParts));
  }
  return out;
}

/**
 * The library the rest of a snapshot holds (read from where `reader` stands), its indexes ready, a chunk at
 * a time: the caller may look at the folder between steps, and stop. Throws when the chunks do not make a
 * whole library or the file fails its checksum (checked before any index is made from what was read).
 */
export async function* restoreLibrarySteps(reader: SnapshotReader, rejected: Rejected[], builtAt: number):
    AsyncGenerator<void, Library> {
  const people: Person[] = [];
  const articles: Article[] = [];
  const extracted: ExtractedArticle[] = [];
  const parts = new Map<string, Partial<TermIndexParts>>();
  let blobs: [string, string] = ['', ''];
  /** One string per symbol across the chunks; one speaker object per person. */
  const pool = new Map<string, string>();
  const speakers: Quote['speaker'][] = [];
  for (let c = await reader.next(isTyped(reader.peek())); c; c = await reader.next(isTyped(reader.peek()))) {
    const { kind, bytes } = c;
    if (kind.startsWith('terms.')) addTermPart(parts, kind, bytes);
    if (kind === 'people') for (const p of JSON.parse(bytes.toString('utf8')) as Person[]) people.push(p);
    if (kind === 'articles.latin1') blobs = [bytes.toString('latin1'), ''];
    if (kind === 'articles.utf8') blobs = [blobs[0], bytes.toString('utf8')];
    if (kind !== 'articles') continue;
    const { t, a, x } = JSON.parse(bytes.toString('utf8')) as { t: string[]; a: PackedArticle[]; x: PackedExtracted[] };
    if (!Array.isArray(t) || a.length !== x.length) throw new Error('an articles chunk does not add up');
    const table = t.map((v) => { const have = pool.get(v); if (have !== undefined) return have; pool.set(v, v); return v; });
    for (let k = 0; k < a.length; k++) {
      const article = unpackArticle(a[k]!, blobs, table);
      articles.push(article);
      extracted.push(unpackExtracted(article, x[k]!, people, table, speakers));
    }
    blobs = ['', ''];
    yield;
  }
  if (!(await reader.verify())) throw new Error('the snapshot fails its checksum');
  const indexes = termIndexesOf(parts);
  const terms = (name: string) => {
    const t = indexes.get(name);
    if (!t) throw new Error(`no term index ${name}`);
    return t;
  };
  const quotes: Quote[] = [];
  const events: Event[] = [];
  const quoteCount = new Map<string, number>();
  for (const x of extracted) {
    for (const q of x.quotes) {
      quotes.push(q);
      quoteCount.set(q.speaker.id, (quoteCount.get(q.speaker.id) ?? 0) + 1);
    }
    for (const e of x.events) events.push(e);
  }
  yield;
  const sentenceIndex = SentenceIndex.restored(articles, people, terms('sentences'), terms('articles'));
  yield;
  const quoteIndex = QuoteIndex.restored(quotes, terms('quotes'));
  yield;
  const peopleIndex = new PeopleIndex(people, quoteCount);
  yield;
  const eventIndex = EventIndex.restored(events, terms('events'));
  return { articles, extracted, people, quotes, events, rejected, builtAt, quoteIndex, peopleIndex, eventIndex, sentenceIndex };
}
