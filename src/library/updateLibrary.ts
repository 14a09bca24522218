// A library updated from the one serving, for a reload that changed a few articles: the registry replays
// only the buckets their people fall in, only the articles added or changed (and those whose people now
// resolve to another id or name) are assembled again, and each index keeps what it holds of the others.
// The result is the library a full build over the same articles would give (tests/scale-incremental).
import type { Event, ExtractedArticle, Quote, Rejected } from '../model/contract.js';
import type { RegistryBook, RegistryInput } from '../extract/people/registry.js';
import { articlePeople, assembleArticle } from './assembleArticle.js';
import { named, REGISTRY_CHUNK, type ExtractedCorpus, type Library } from './library.js';
import { PeopleIndex } from './peopleIndex.js';

/** Articles taken or assembled between two pauses: a few ms of work even when every one is assembled again. */
const ARTICLE_CHUNK = 100;

/**
 * `prev` updated to `corpus` (every article of the new library, in library order) a stage at a time, as
 * assembleLibrarySteps. An article of `prev` counts as unchanged when it is the same object. `book` must be
 * the registry `prev` was built or last updated with; it is advanced to the new library.
 */
export function* updateLibrarySteps(prev: Library, book: RegistryBook, corpus: ExtractedCorpus, rejected: Rejected[], builtAt: number):
    Generator<string, Library> {
  const { articles, extractions } = corpus;
  const before = new Map(prev.articles.map((a, k) => [a.id, k]));
  const same = new Set<string>();
  const added: RegistryInput[] = [];
  articles.forEach((a, k) => {
    const was = before.get(a.id);
    if (was !== undefined && prev.articles[was] === a) same.add(a.id);
    else added.push({ articleId: a.id, people: extractions[k]!.people });
  });
  const removed = prev.articles.filter((a) => !same.has(a.id)).map((a) => a.id);
  const update = book.updateSteps(articles.map((a) => a.id), removed, added, REGISTRY_CHUNK);
  const { registry, changes } = yield* named('registry', update);
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
    if (!same.has(article.id) || change === 'identity') a = assembleArticle(article, extractions[k]!, registry);
    else {
      const old = prev.extracted[before.get(article.id)!]!;
      a = change === 'people' ? { ...old, people: articlePeople(article, extractions[k]!, registry) } : old;
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
