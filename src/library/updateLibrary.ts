// A library updated from the one serving, for a reload that changed a few articles: the registry replays
// only the buckets their people fall in, only the articles added or changed (and those whose people now
// resolve to another id or name) are assembled again, and each index keeps what it holds of the others.
// The result is the library a full build over the same articles would give (tests/scale-incremental).
import type { Event, ExtractedArticle, Quote, Rejected } from '../model/contract.js';
import type { Registry, RegistryBook, RegistryChanges, RegistryInput } from '../extract/people/registry.js';
import type { ArticleExtraction } from '../extract/types.js';
import type { Article } from '../parse/article.js';
import { articlePeople, assembleArticle } from './assembleArticle.js';
import { named, REGISTRY_CHUNK, type ExtractedCorpus, type Library } from './library.js';
import { PeopleIndex } from './peopleIndex.js';

/** Articles taken or assembled between two pauses: a few ms of work even when every one is assembled again. */
const ARTICLE_CHUNK = 100;

/** What the registry step of an update gives the rest of it. */
export interface RegistryUpdate {
  registry: Registry;
  changes: RegistryChanges;
  /** Articles of `prev` taken as they are (the same object). */
  same: ReadonlySet<string>;
}

/** A corpus whose unchanged articles may lack their extraction until neededExtractions says which are used. */
export interface UpdateCorpus { articles: Article[]; extractions: readonly (ArticleExtraction | null)[] }

/**
 * `prev` updated to `corpus` (every article of the new library, in library order) a stage at a time, as
 * assembleLibrarySteps. An article of `prev` counts as unchanged when it is the same object. `book` must be
 * the registry `prev` was built or last updated with; it is advanced to the new library.
 */
export function* updateLibrarySteps(prev: Library, book: RegistryBook, corpus: ExtractedCorpus, rejected: Rejected[], builtAt: number):
    Generator<string, Library> {
  const update = yield* updateRegistrySteps(prev, book, corpus);
  return yield* finishUpdateSteps(prev, update, corpus, rejected, builtAt);
}

/** The registry step of an update: only articles added or changed need their extraction here. */
export function* updateRegistrySteps(prev: Library, book: RegistryBook, corpus: UpdateCorpus): Generator<string, RegistryUpdate> {
  const { articles, extractions } = corpus;
  const before = new Map(prev.articles.map((a, k) => [a.id, k]));
  const same = new Set<string>();
  const added: RegistryInput[] = [];
  articles.forEach((a, k) => {
    const was = before.get(a.id);
    if (was !== undefined && prev.articles[was] === a) same.add(a.id);
    else added.push({ articleId: a.id, people: needed(extractions, k, a).people });
  });
  const removed = prev.articles.filter((a) => !same.has(a.id)).map((a) => a.id);
  const update = book.updateSteps(articles.map((a) => a.id), removed, added, REGISTRY_CHUNK);
  const { registry, changes } = yield* named('registry', update);
  return { registry, changes, same };
}

/** Places in `corpus` of the articles the rest of the update assembles again: their extractions must be there. */
export function neededExtractions(corpus: UpdateCorpus, update: RegistryUpdate): number[] {
  const out: number[] = [];
  corpus.articles.forEach((a, k) => { if (!update.same.has(a.id) || update.changes.has(a.id)) out.push(k); });
  return out;
}

function needed(extractions: UpdateCorpus['extractions'], k: number, a: Article): ArticleExtraction {
  const x = extractions[k];
  if (!x) throw new Error(`the extraction of ${a.id} is needed and was not given`);
  return x;
}

/** The rest of an update once the registry is advanced. */
export function* finishUpdateSteps(prev: Library, update: RegistryUpdate, corpus: UpdateCorpus, rejected: Rejected[], builtAt: number):
    Generator<string, Library> {
  const { articles, extractions } = corpus;
  const { registry, changes, same } = update;
  const before = new Map(prev.articles.map((a, k) => [a.id, k]));
  const extracted: ExtractedArticle[] = [];
  const quotes: Quote[] = [];
  const events: Event[] = [];
  const quoteCount = new Map<string, number>();
  /** Articles whose quotes and events are the serving library's own objects. */
  const kept = new Set<string>();
  for (let k = 0; k < articles.length; k++) {
    const article = articles[k]!;
    const change = changes.get(article.id);
    let a: ExtractedArticle;
    if (!same.has(article.id) || change === 'identity') a = assembleArticle(article, needed(extractions, k, article), registry);
    else {
      const old = prev.extracted[before.get(article.id)!]!;
      a = change === 'people' ? { ...old, people: articlePeople(article, needed(extractions, k, article), registry) } : old;
      kept.add(article.id);
    }
    extracted.push(a);
    for (const q of a.quotes) {
      quotes.push(q);
      quoteCount.set(q.speaker.id, (quoteCount.get(q.speaker.id) ?? 0) + 1);
    }
    for (const e of a.events) events.push(e);
    if ((k + 1) % ARTICLE_CHUNK === 0) yield 'articles';
  }
  yield 'articles';
  const quoteIndex = yield* named('index.quotes', prev.quoteIndex.updated(quotes, kept));
  const peopleIndex = new PeopleIndex(registry.people, quoteCount, true);
  for (const _ of peopleIndex.fill()) yield 'index.people';
  const eventIndex = yield* named('index.events', prev.eventIndex.updated(events, kept));
  const sentenceIndex = yield* named('index.sentences', prev.sentenceIndex.updated(articles, registry.people));
  return {
    articles, extracted, people: registry.people, quotes, events, rejected, builtAt, quoteIndex, peopleIndex, eventIndex, sentenceIndex,
  };
}
