// The ask router, each answer function and the Discord renderer under hostile questions, over a library
// that holds hostile articles too: nothing throws, every answer validates against its contract shape, and
// every rendered page keeps Discord's limits and its safety (no live mention, no unwrapped link).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { APIEmbed } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { AskAnswer, QuotesAnswer, SearchAnswer, SourcesAnswer, WhenAnswer } from '../../src/model/contract.js';
import type { Article } from '../../src/parse/article.js';
import { parseArticle } from '../../src/parse/parseArticle.js';
import { buildLibrary, type Library } from '../../src/library/library.js';
import { ask } from '../../src/answer/ask.js';
import { whoSaid } from '../../src/answer/whoSaid.js';
import { quotesBy } from '../../src/answer/quotesBy.js';
import { when } from '../../src/answer/when.js';
import { sources } from '../../src/answer/sources/sources.js';
import { search } from '../../src/answer/plainSearch.js';
import { runQuery } from '../../src/app/runQuery.js';
import type { QueryRequest } from '../../src/model/query.js';
import { renderDiscord, embedLength, type DiscordPage } from '../../src/render/discordAnswer.js';
import { LIMITS } from '../../src/render/discordLimits.js';
import { FIXTURES, readFixture } from '../support/fixtures.js';
import { hostileText, megabyteParagraph, quotedSentence } from '../support/hostileText.js';

const HOSTILE_ARTICLE = [
  '@everyone **Breaking** <@123456789012345678> https://evil.example/x_y*z',
  'Wire @here',
  'Published: 2024-05-12',
  '',
  '“Join https://evil.example/join now @everyone,” said Anna Novak, the <@&123456789012345678> minister.',
  '',
  '# Novak met Sergei Ivanov in **Paris** on May 11 for talks about ||spoilers|| and `code` </ask:1>.',
  '',
  '> “Unclosed « nested „ marks ‘ everywhere, Ivanov told reporters on Monday.',
].join('\n');

let lib: Library;

beforeAll(() => {
  const files = ['articles', 'bot-seeds'].flatMap((d) => readdirSync(join(FIXTURES, d)).map((f) => `${d}/${f}`));
  const articles = [...files.map((f) => parseArticle(f, readFixture(f))), parseArticle('@everyone_**x**.txt', HOSTILE_ARTICLE)]
    .flatMap((r) => (r.ok ? [r.article] : [])) as Article[];
  lib = buildLibrary(articles, [], 0);
});

function strings(page: DiscordPage): string[] {
  const fromEmbed = (e: APIEmbed) => [e.title, e.description, e.footer?.text, e.author?.name, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])];
  return [page.content, ...page.embeds.flatMap(fromEmbed)].filter((s): s is string => typeof s === 'string');
}

/** Discord's limits, and no live mention, no bare link anywhere on the page. */
function checkPages(pages: DiscordPage[]): void {
  expect(pages.length).toBeGreaterThan(0);
  for (const page of pages) {
    expect(page.content.length).toBeLessThanOrEqual(LIMITS.content);
    expect(page.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
    expect(page.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedsTotal);
    for (const e of page.embeds) {
      expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
        expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      }
    }
    const unsafe = strings(page).filter((s) =>
      /@(everyone|here)/i.test(s) // a live @everyone / @here
      || /<(?!https?:\/\/)[@#/:]/i.test(s) // a live <@user>, <@&role>, <#channel>, </command:id>, <:emoji:id>
      || /(?<!<)\bhttps?:\/\//i.test(s)); // a link not wrapped in <> (it would unfurl)
    expect(unsafe).toEqual([]);
  }
}

const question = fc.oneof(
  hostileText(30),
  quotedSentence,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.tuple(fc.constantFrom('who said ', 'what did ', 'when did ', 'is it true that ', 'sources for ', 'quotes by ', ''), hostileText(15), fc.constantFrom(' say about ', ' meet ', '?', '')).map((p) => p.join('')),
  fc.constantFrom('who said join now', 'what did Anna Novak say about @everyone', 'when did Novak meet Ivanov', 'Novak met Ivanov in Paris'),
);

describe('answers to hostile questions', () => {
  it('ask routes anything to an answer of the contract shape', () => {
    fc.assert(fc.property(question, (q) => { AskAnswer.parse(ask(lib, q)); }), { numRuns: 250 });
  });

  it('each answer function returns its contract shape', () => {
    fc.assert(fc.property(question, question, (q, about) => {
      QuotesAnswer.parse(whoSaid(lib, q));
      QuotesAnswer.parse(quotesBy(lib, q, about));
      QuotesAnswer.parse(quotesBy(lib, q));
      WhenAnswer.parse(when(lib, q));
      SourcesAnswer.parse(sources(lib, q));
      SearchAnswer.parse(search(lib, q));
    }), { numRuns: 120 });
  });

  it('a 100,000-character question of hostile text is answered', () => {
    const q = megabyteParagraph('“Novak said” @everyone met Ivanov on May 11 «in Paris ', 100_000);
    for (const command of ['who-said', 'quotes', 'when', 'sources', 'ask'] as const) {
      checkPages(renderDiscord(runQuery(lib, { command, q })));
    }
  }, 120_000);
});

describe('rendering for Discord', () => {
  it('every page of every answer keeps the limits, mentions inert and links wrapped', () => {
    const command = fc.constantFrom('who-said', 'quotes', 'when', 'sources', 'ask') as fc.Arbitrary<QueryRequest['command']>;
    fc.assert(fc.property(command, question, (c, q) => checkPages(renderDiscord(runQuery(lib, { command: c, q } as QueryRequest)))), { numRuns: 200 });
  });

  it('answers quoting the hostile article render safely', () => {
    for (const q of ['who said join now', 'Novak', 'when did Novak meet Ivanov', 'Novak met Ivanov in Paris', 'spoilers code']) {
      for (const command of ['who-said', 'quotes', 'when', 'sources', 'ask'] as const) checkPages(renderDiscord(runQuery(lib, { command, q })));
    }
  });
});
