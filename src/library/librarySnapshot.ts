// A built library as chunks of a snapshot file (src/cache/snapshotFile.ts), and back. What costs a build its
// time is kept as it was built: every term index as its packed typed arrays (no sentence is split into terms
// again), the registry's people as they were published (no registry replay). Articles and their contract
// shapes go in JSON chunks of a few dozen articles (so writing pauses between chunks; JSON.parse made them
// faster than v8.deserialize, in a third less room), people as places in the registry's list, sentences as
// offsets into their paragraph. What is cheap to make again
// is made on load: sentence records, quote documents, name lookups. Strings come back shared as a build
// shares them (the evidence's text is its article's own sentence, a quote's words a slice of it).
import type { Evidence, ExtractedArticle, Person, Quote, Event, Rejected } from '../model/contract.js';
import type { Article } from '../parse/article.js';
import { TermIndex, type TermIndexParts } from '../textIndex/termIndex.js';
import { evidenceOf } from './evidence.js';
import { bytesOf, reusedUtf8, type SnapshotChunk, type SnapshotContents } from '../cache/snapshotFile.js';
import type { Library } from './library.js';
import { EventIndex } from './eventIndex.js';
import { PeopleIndex } from './peopleIndex.js';
import { QuoteIndex } from './quoteIndex.js';
import { SentenceIndex } from './sentenceIndex.js';

/** Articles per chunk: a few ms to serialize, so a serving thread waits at most about that. */
const ARTICLE_CHUNK = 50;
const PEOPLE_CHUNK = 2000;

type PackedArticle = Omit<Article, 'paragraphs'> & { paragraphs: { n: number; text: string; offsets: number[] }[] };
/** An article's contract shapes with people as places in the registry's list and evidence as places in its
 *  own list `ev` (JSON keeps no shared objects; the quotes, events and dates citing one sentence share one). */
type PackedExtracted = Omit<ExtractedArticle, 'people' | 'quotes' | 'events' | 'dates'> & {
  people: number[]; ev: PackedEvidence[];
  quotes: (Omit<Quote, 'evidence'> & { evidence: number })[];
  events: (Omit<Event, 'evidence'> & { evidence: number })[];
  dates: (Omit<ExtractedArticle['dates'][number], 'evidence'> & { evidence: number })[];
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

function packExtracted(article: Article, e: ExtractedArticle, personAt: ReadonlyMap<Person, number>): PackedExtracted {
  const ev: PackedEvidence[] = [];
  const at = new Map<Evidence, number>();
  const place = (v: Evidence) => {
    let k = at.get(v);
    if (k === undefined) { at.set(v, (k = ev.length)); ev.push(packEvidence(article, v)); }
    return k;
  };
  return {
    ...e,
    people: e.people.map((p) => {
      const k = personAt.get(p);
      if (k === undefined) throw new Error(`a person of ${e.article} is not in the registry`);
      return k;
    }),
    quotes: e.quotes.map((q) => ({ ...q, evidence: place(q.evidence) })),
    events: e.events.map((v) => ({ ...v, evidence: place(v.evidence) })),
    dates: e.dates.map((d) => ({ ...d, evidence: place(d.evidence) })),
    ev,
  };
}

/** The contract shapes back from `packExtracted` (in place: the parsed objects become the library's). */
function unpackExtracted(article: Article, p: PackedExtracted, people: readonly Person[]): ExtractedArticle {
  const ev = p.ev.map((e) => unpackEvidence(article, e));
  const evidence = (k: number) => {
    const e = ev[k];
    if (!e) throw new Error('evidence out of range');
    return e;
  };
  const x = p as unknown as ExtractedArticle & { ev?: PackedEvidence[] };
  x.people = p.people.map((k) => {
    const person = people[k];
    if (!person) throw new Error('a person out of range');
    return person;
  });
  for (const q of x.quotes) q.evidence = evidence(q.evidence as unknown as number);
  for (const v of x.events) v.evidence = evidence(v.evidence as unknown as number);
  for (const d of x.dates) d.evidence = evidence(d.evidence as unknown as number);
  delete x.ev;
  return x;
}

/** The snapshot's chunks of `lib`, made one at a time as they are asked for. Throws if the library does not
 *  have the shape a snapshot can hold (a person outside the registry's list). */
export function* libraryChunks(lib: Library): Generator<SnapshotChunk> {
  const personAt = new Map<Person, number>(lib.people.map((p, k) => [p, k]));
  const utf8 = reusedUtf8();
  for (let i = 0; i < lib.people.length; i += PEOPLE_CHUNK) {
    yield { kind: 'people', bytes: utf8(JSON.stringify(lib.people.slice(i, i + PEOPLE_CHUNK))) };
  }
  for (let i = 0; i < lib.articles.length; i += ARTICLE_CHUNK) {
    const a = lib.articles.slice(i, i + ARTICLE_CHUNK).map(packArticle);
    const x = lib.extracted.slice(i, i + ARTICLE_CHUNK).map((e, k) => packExtracted(lib.articles[i + k]!, e, personAt));
    yield { kind: 'articles', bytes: utf8(JSON.stringify({ a, x })) };
  }
  for (const [name, index] of termIndexes(lib)) {
    const p = index.parts();
    if (p.vocabulary.some((t) => t.includes('\0'))) throw new Error('a term holds a NUL character');
    yield { kind: `terms.${name}.vocabulary`, bytes: utf8(p.vocabulary.join('\0')) };
    yield { kind: `terms.${name}.lengths`, bytes: bytesOf(p.lengths) };
    yield { kind: `terms.${name}.off`, bytes: bytesOf(p.off) };
    yield { kind: `terms.${name}.docs`, bytes: bytesOf(p.docs) };
    yield { kind: `terms.${name}.tfs`, bytes: bytesOf(p.tfs) };
  }
}

/** A typed array copied out of the file's bytes (its own aligned memory: the file's buffer can go). */
function copied<T>(bytes: Buffer, size: number, make: (b: ArrayBuffer) => T): T {
  if (bytes.length % size !== 0) throw new Error('a typed chunk of the wrong length');
  const own = new Uint8Array(bytes.length);
  own.set(bytes);
  return make(own.buffer);
}

function termParts(contents: SnapshotContents): Map<string, TermIndexParts> {
  const parts = new Map<string, Partial<TermIndexParts>>();
  for (const { kind, bytes } of contents.chunks) {
    const m = /^terms\.(\w+)\.(\w+)$/.exec(kind);
    if (!m) continue;
    const p = parts.get(m[1]!) ?? {};
    parts.set(m[1]!, p);
    if (m[2] === 'vocabulary') p.vocabulary = bytes.length ? bytes.toString('utf8').split('\0') : [];
    else if (m[2] === 'tfs') p.tfs = copied(bytes, 2, (b) => new Uint16Array(b));
    else if (m[2] === 'lengths' || m[2] === 'off' || m[2] === 'docs') p[m[2]] = copied(bytes, 4, (b) => new Uint32Array(b));
  }
  const out = new Map<string, TermIndexParts>();
  for (const [name, p] of parts) {
    if (!p.vocabulary || !p.lengths || !p.off || !p.docs || !p.tfs) throw new Error(`term index ${name} is incomplete`);
    if (p.off.length !== p.vocabulary.length + 1 || p.docs.length !== p.tfs.length || p.off[p.vocabulary.length] !== p.docs.length) {
      throw new Error(`term index ${name} does not add up`);
    }
    out.set(name, p as TermIndexParts);
  }
  return out;
}

/** `text` as a slice of `within` when it is part of it (a slice only points into its parent). */
const sliceOf = (text: string, within: string): string => {
  const at = within.indexOf(text);
  return at >= 0 ? within.slice(at, at + text.length) : text;
};

/** The long strings of an article's contract shapes made the article's own again, as a build shares them
 *  (short ones, kinds and names, are left as parsed: interning them cost a fifth of a load for a few MB). */
function reshare(article: Article, x: ExtractedArticle): void {
  x.article = article.id;
  if (x.title === article.title) x.title = article.title;
  if (x.outlet === article.outlet) x.outlet = article.outlet;
  if (x.url === article.url) x.url = article.url;
  for (const q of x.quotes) q.text = sliceOf(q.text, q.evidence.text);
  const date = (d: NonNullable<Event['date']>, text: string) => { if (d.text !== null) d.text = sliceOf(d.text, text); };
  for (const e of x.events) {
    e.what = sliceOf(e.what, e.evidence.text);
    if (e.date) date(e.date, e.evidence.text);
  }
  for (const d of x.dates) date(d, d.evidence.text);
}

/** The library a snapshot holds, its indexes ready; throws when the chunks do not make a whole library. */
export function restoreLibrary(contents: SnapshotContents, rejected: Rejected[], builtAt: number): Library {
  const steps = restoreLibrarySteps(contents, rejected, builtAt);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `restoreLibrary` a chunk at a time: the caller may look at the folder between steps, and stop. */
export function* restoreLibrarySteps(contents: SnapshotContents, rejected: Rejected[], builtAt: number): Generator<void, Library> {
  const people: Person[] = [];
  const articles: Article[] = [];
  const extracted: ExtractedArticle[] = [];
  for (const { kind, bytes } of contents.chunks) {
    if (kind === 'people') for (const p of JSON.parse(bytes.toString('utf8')) as Person[]) people.push(p);
    if (kind !== 'articles') continue;
    const { a, x } = JSON.parse(bytes.toString('utf8')) as { a: PackedArticle[]; x: PackedExtracted[] };
    if (a.length !== x.length) throw new Error('an articles chunk does not add up');
    for (let k = 0; k < a.length; k++) {
      const article = unpackArticle(a[k]!);
      const e = unpackExtracted(article, x[k]!, people);
      reshare(article, e);
      articles.push(article);
      extracted.push(e);
    }
    yield;
  }
  const parts = termParts(contents);
  const terms = (name: string) => {
    const p = parts.get(name);
    if (!p) throw new Error(`no term index ${name}`);
    return TermIndex.fromParts(p);
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
