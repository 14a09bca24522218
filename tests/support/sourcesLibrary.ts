// A library built from the multi-outlet fixtures in tests/fixtures/sources (several outlets on one dam
// disaster, a syndicated copy, a tariff deal, and hard negatives: another flood, a strike in the same town).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/parse/parseArticle.js';
import { buildLibrary, type Library } from '../../src/library/library.js';
import type { Article } from '../../src/parse/article.js';
import { FIXTURES, readFixture } from './fixtures.js';

export function sourcesLibrary(): Library {
  const dir = join(FIXTURES, 'sources');
  const articles: Article[] = [];
  for (const f of readdirSync(dir).sort()) {
    const r = parseArticle(f, readFixture(join('sources', f)));
    if (!r.ok) throw new Error(`${f}: ${r.error}`);
    articles.push(r.article);
  }
  return buildLibrary(articles);
}

/** Which event each fixture reports. */
export const EVENT_OF: Record<string, string> = {
  'ledger-dam.txt': 'dam', 'wire-dam.txt': 'dam', 'valley-dam.txt': 'dam', 'post-dam.txt': 'dam',
  'ledger-tariffs.txt': 'tariffs', 'market-tariffs.txt': 'tariffs',
  'orsa-floods.txt': 'orsa', 'varnik-port.txt': 'port',
};
