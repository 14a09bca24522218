// The loaded library: every article, what was extracted from it, one people registry, and the indexes the
// answers search. Built in one pure step from parsed articles; replaced whole on reload, either built again
// or updated from the library serving (updateLibrary.ts), which gives the same library.
import type { Event, ExtractedArticle, Person, Quote, Rejected } from '../model/contract.js';
import type { Article } from '../parse/article.js';
import { extractArticle } from '../extract/extractArticle.js';
import { RegistryBook } from '../extract/people/registry.js';
import type { ArticleExtraction } from '../extract/types.js';
import { assembleArticle } from './assembleArticle.js';
import { EventIndex } from './eventIndex.js';
import { PeopleIndex } from './peopleIndex.js';
import { QuoteIndex } from './quoteIndex.js';
import { SentenceIndex } from './sentenceIndex.js';

export interface Library {
  articles: readonly Article[];
  extracted: readonly ExtractedArticle[];
  people: readonly Person[];
  quotes: readonly Quote[];
  events: readonly Event[];
  rejected: readonly Rejected[];
  /** When the build finished (ms since the epoch), given by the caller: the core reads no clock. */
  builtAt: number;
  quoteIndex: QuoteIndex;
  peopleIndex: PeopleIndex;
  eventIndex: EventIndex;
  sentenceIndex: SentenceIndex;
}

export interface ExtractedCorpus { articles: Article[]; extractions: ArticleExtraction[] }

/** The expensive, per-article part: safe to run in a worker and send back as plain data. */
export function extractAll(articles: Article[]): ExtractedCorpus {
  return { articles, extractions: articles.map((a) => extractArticle(a)) };
}

/** Articles turned into contract shapes between two pauses of a stepwise build. */
const ASSEMBLE_CHUNK = 10;
/** People merged into the registry between two pauses. */
export const REGISTRY_CHUNK = 100;

/**
 * Registry, contract shapes and indexes from extracted articles, a small piece at a time: the generator
 * yields the name of the stage it is in after each piece (a few milliseconds of work), so a caller on a
 * busy thread can pause between pieces and no stage holds the thread for long.
 */
export function* assembleLibrarySteps(corpus: ExtractedCorpus, rejected: Rejected[], builtAt: number, book = new RegistryBook()):
    Generator<string, Library> {
  const { articles, extractions } = corpus;
  const inputs = articles.map((a, k) => ({ articleId: a.id, people: extractions[k]!.people }));
  const { registry } = yield* named('registry', book.updateSteps(articles.map((a) => a.id), [], inputs, REGISTRY_CHUNK));
  const extracted: ExtractedArticle[] = [];
  const quotes: Quote[] = [];
  const events: Event[] = [];
  const quoteCount = new Map<string, number>();
  for (let k = 0; k < articles.length; k++) {
    const a = assembleArticle(articles[k]!, extractions[k]!, registry);
    extracted.push(a);
    for (const q of a.quotes) {
      quotes.push(q);
      quoteCount.set(q.speaker.id, (quoteCount.get(q.speaker.id) ?? 0) + 1);
    }
    for (const e of a.events) events.push(e);
    if ((k + 1) % ASSEMBLE_CHUNK === 0) yield 'articles';
  }
  yield 'articles';
  const quoteIndex = new QuoteIndex(quotes, true);
  for (const _ of quoteIndex.fill()) yield 'index.quotes';
  yield 'index.quotes';
  const peopleIndex = new PeopleIndex(registry.people, quoteCount, true);
  for (const _ of peopleIndex.fill()) yield 'index.people';
  yield 'index.people';
  const eventIndex = new EventIndex(events, true);
  for (const _ of eventIndex.fill()) yield 'index.events';
  yield 'index.events';
  const sentenceIndex = new SentenceIndex(articles, registry.people, true);
  for (const _ of sentenceIndex.fill()) yield 'index.sentences';
  yield 'index.sentences';
  return {
    articles, extracted, people: registry.people, quotes, events, rejected, builtAt, quoteIndex, peopleIndex, eventIndex, sentenceIndex,
  };
}

/** A generator's steps, each yielded as `name` (a stage of the build). */
export function* named<T>(name: string, steps: Generator<unknown, T>): Generator<string, T> {
  for (;;) {
    const step = steps.next();
    yield name;
    if (step.done) return step.value;
  }
}

/** Registry, contract shapes and indexes from extracted articles, in one go. */
export function assembleLibrary(corpus: ExtractedCorpus, rejected: Rejected[], builtAt: number, book = new RegistryBook()): Library {
  const steps = assembleLibrarySteps(corpus, rejected, builtAt, book);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export function buildLibrary(articles: Article[], rejected: Rejected[] = [], builtAt = 0): Library {
  return assembleLibrary(extractAll(articles), rejected, builtAt);
}
