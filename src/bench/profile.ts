// Where build time goes, stage by stage, so a figure that is missed can be pinned on a component: each
// extractor timed on a sample of articles (projected to the whole corpus), then the registry and every
// index rebuilt once from the loaded library. Runs on the main thread after the timed phases.
import { performance } from 'node:perf_hooks';
import { extractDates } from '../extract/dates/extractDates.js';
import { extractEvents } from '../extract/events/extractEvents.js';
import { extractPeople } from '../extract/people/extractPeople.js';
import { buildRegistry } from '../extract/people/registry.js';
import { extractQuotes } from '../extract/quotes/extractQuotes.js';
import { EventIndex } from '../library/eventIndex.js';
import type { Library } from '../library/library.js';
import { PeopleIndex } from '../library/peopleIndex.js';
import { QuoteIndex } from '../library/quoteIndex.js';
import { SentenceIndex } from '../library/sentenceIndex.js';
import { parseArticle } from '../parse/parseArticle.js';

/** Stage name to ms (for the extract stages: projected to every article in the corpus). */
export type Profile = Record<string, number>;

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
}

export function profileBuild(lib: Library, sample: readonly { file: string; text: string }[]): Profile {
  const scale = sample.length ? lib.articles.length / sample.length : 0;
  const stage = { parse: 0, people: 0, quotes: 0, dates: 0, events: 0 };
  const inputs: { articleId: string; people: ReturnType<typeof extractPeople> }[] = [];
  for (const f of sample) {
    const [parsed, tp] = timed(() => parseArticle(f.file, f.text));
    stage.parse += tp;
    if (!parsed.ok) continue;
    const a = parsed.article;
    const [people, t1] = timed(() => extractPeople(a));
    const [, t2] = timed(() => extractQuotes(a, people));
    const [dates, t3] = timed(() => extractDates(a));
    const [, t4] = timed(() => extractEvents(a, people, dates));
    stage.people += t1; stage.quotes += t2; stage.dates += t3; stage.events += t4;
    inputs.push({ articleId: a.id, people });
  }
  const out: Profile = {};
  for (const [k, v] of Object.entries(stage)) out[`extract.${k} (projected)`] = Math.round(v * scale);
  const quoteCount = new Map<string, number>();
  for (const q of lib.quotes) quoteCount.set(q.speaker.id, (quoteCount.get(q.speaker.id) ?? 0) + 1);
  out['assemble.registry (sample, projected)'] = Math.round(timed(() => buildRegistry(inputs))[1] * scale);
  out['index.quotes'] = Math.round(timed(() => new QuoteIndex(lib.quotes))[1]);
  out['index.people'] = Math.round(timed(() => new PeopleIndex(lib.people, quoteCount))[1]);
  out['index.events'] = Math.round(timed(() => new EventIndex(lib.events))[1]);
  out['index.sentences'] = Math.round(timed(() => new SentenceIndex(lib.articles))[1]);
  return out;
}
