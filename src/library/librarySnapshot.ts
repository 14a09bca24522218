// A built library as chunks of a snapshot file (src/cache/snapshotFile.ts), and back. What costs a build its
// time is kept as it was built: every term index as its packed typed arrays (no sentence is split into terms
// again), the registry's people as they were published (no registry replay). The term indexes come first in
// the file: their typed arrays are made while the heap is still small (made last, each one set off a full
// collection of a heap of gigabytes). Articles and their contract shapes go in JSON chunks of a few dozen
// articles (so writing pauses between chunks; JSON.parse made them faster than v8.deserialize, in a third
// less room), with what a build shares written as a reference to it: people as places in the registry's
// list, sentences as offsets into their paragraph, evidence as places in the article, a quote's words or an
// event's as offsets into their sentence, an article's title, outlet and url as the article's own. So the
// strings come back shared as a build shares them, and none is parsed only to be thrown away. What is cheap
// to make again is made on load: sentence records, quote documents, name lookups.
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

type PackedArticle = Omit<Article, 'paragraphs'> & { paragraphs: { n: number; text: string; offsets: number[] }[] };

/** A string written as where it stands in a longer one (start, length), or as itself. */
type TextRef = [at: number, length: number] | string;
/** A date with its text as a reference into its evidence's text. */
type PackedDate<D extends { text: string | null }> = Omit<D, 'text'> & { text: TextRef | null };
type PackedQuote = Omit<Quote, 'evidence' | 'speaker' | 'text'> & { evidence: number; speaker: number | Quote['speaker']; text: TextRef };
type PackedEvent = Omit<Event, 'evidence' | 'what' | 'participants' | 'date'> & {
  evidence: number; what: TextRef; participants: (number | string)[]; date: PackedDate<NonNullable<Event['date']>> | null;
};
/** 0: the article's own value. */
type Own<T> = T | 0;

/** An article's contract shapes with people as places in the registry's list, evidence as places in its own
 *  list `ev` (JSON keeps no shared objects; the quotes, events and dates citing one sentence share one), and
 *  strings a build shares as references to them. Every field stays where it was, so the object parsed back
 *  has the build's key order. */
type PackedExtracted = Omit<ExtractedArticle, 'article' | 'title' | 'outlet' | 'url' | 'people' | 'quotes' | 'events' | 'dates'> & {
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

const packArticle = (a: Article): PackedArticle => ({
  ...a, paragraphs: a.paragraphs.map((p) => ({ n: p.n, text: p.text, offsets: p.sentences.flatMap((s) => [s.start, s.end]) })),
});

function unpackArticle(a: PackedArticle): Article {
  const paragraphs = a.paragraphs.map((p) => {
    const sentences = [];
    for (let k = 0; k < p.offsets.length; k += 2) {
      const start = p.offsets[k]!;
      const end = p.offsets[k + 1]!;
      sentences.push({ text: p.text.slice(start, end), start, end });
    }
    return { n: p.n, text: p.text, sentences };
  });
  return { ...a, paragraphs } as Article;
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

function packExtracted(article: Article, e: ExtractedArticle, places: PeoplePlaces): PackedExtracted {
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
  const date = <D extends { text: string | null }>(d: D, within: string): PackedDate<D> =>
    ({ ...d, text: d.text === null ? null : refTo(d.text, within) });
  const own = <T>(v: T, mine: T): Own<T> => (v === mine ? 0 : v);
  return {
    ...e,
    article: own(e.article, article.id), title: own(e.title, article.title), outlet: own(e.outlet, article.outlet),
    ...('url' in e ? { url: own(e.url, article.url) } : {}),
    people: e.people.map((p) => {
      const k = places.byId.get(p.id);
      if (k === undefined || places.people[k] !== p) throw new Error(`a person of ${e.article} is not in the registry`);
      return k;
    }),
    quotes: e.quotes.map((q) => ({ ...q, speaker: speaker(q.speaker), text: refTo(q.text, q.evidence.text), evidence: place(q.evidence) })),
    events: e.events.map((v) => ({
      ...v, what: refTo(v.what, v.evidence.text), participants: v.participants.map((n) => places.byName.get(n) ?? n),
      date: v.date && date(v.date, v.evidence.text), evidence: place(v.evidence),
    })),
    dates: e.dates.map((d) => ({ ...date(d, d.evidence.text), evidence: place(d.evidence) })),
    ev,
  };
}

/** The contract shapes back from `packExtracted`, in place (the parsed objects become the library's, their
 *  keys in the order written). */
function unpackExtracted(article: Article, p: PackedExtracted, people: readonly Person[]): ExtractedArticle {
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
  const date = (d: { text: TextRef | null }, within: string) => { if (d.text !== null) d.text = textAt(d.text, within); };
  const x = p as unknown as Record<keyof PackedExtracted, unknown> & { ev?: unknown };
  if (p.article === 0) x.article = article.id;
  if (p.title === 0) x.title = article.title;
  if (p.outlet === 0) x.outlet = article.outlet;
  if (p.url === 0) x.url = article.url;
  x.people = p.people.map(person);
  for (const q of p.quotes as unknown as Record<keyof PackedQuote, unknown>[]) {
    const e = evidence(q.evidence as number);
    q.evidence = e;
    if (typeof q.speaker === 'number') {
      const s = person(q.speaker);
      q.speaker = { id: s.id, name: s.name };
    }
    q.text = textAt(q.text as TextRef, e.text);
  }
  for (const v of p.events as unknown as Record<keyof PackedEvent, unknown>[]) {
    const e = evidence(v.evidence as number);
    v.evidence = e;
    v.what = textAt(v.what as TextRef, e.text);
    v.participants = (v.participants as (number | string)[]).map((n) => (typeof n === 'number' ? person(n).name : n));
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
    const a = lib.articles.slice(i, i + ARTICLE_CHUNK).map(packArticle);
    const x = lib.extracted.slice(i, i + ARTICLE_CHUNK).map((e, k) => packExtracted(lib.articles[i + k]!, e, places));
    yield { kind: 'articles', bytes: utf8(JSON.stringify({ a, x })) };
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
  for (let c = await reader.next(isTyped(reader.peek())); c; c = await reader.next(isTyped(reader.peek()))) {
    const { kind, bytes } = c;
    if (kind.startsWith('terms.')) addTermPart(parts, kind, bytes);
    if (kind === 'people') for (const p of JSON.parse(bytes.toString('utf8')) as Person[]) people.push(p);
    if (kind !== 'articles') continue;
    const { a, x } = JSON.parse(bytes.toString('utf8')) as { a: PackedArticle[]; x: PackedExtracted[] };
    if (a.length !== x.length) throw new Error('an articles chunk does not add up');
    for (let k = 0; k < a.length; k++) {
      const article = unpackArticle(a[k]!);
      articles.push(article);
      extracted.push(unpackExtracted(article, x[k]!, people));
    }
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
