// Every answer links back to its article when the article gives an address: the embed's link and a
// "Read at <outlet>" line in Discord, the URL under the citation in text. Addresses that are not http(s) or
// would break the message are left out, never passed on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../support/hostileText.js';
import type { QueryAnswer } from '../../src/model/query.js';
import type { Evidence } from '../../src/model/contract.js';
import { articleLink, renderDiscord } from '../../src/render/discordAnswer.js';
import { renderText } from '../../src/render/text.js';

const evidence = (url: string | null | undefined): Evidence => ({
  article: 'harbour.txt', title: 'Harbour reopens', outlet: 'The Gazette', published: '2024-03-02', paragraph: 1,
  text: '"We will reopen the harbour," said Ilse Brandt.', ...(url === undefined ? {} : { url }),
});

const answer = (url: string | null | undefined): QueryAnswer => ({
  command: 'who-said',
  answer: { query: 'reopen the harbour', notFound: null, answers: [{ speaker: { id: 'p1', name: 'Ilse Brandt' }, text: 'We will reopen the harbour', kind: 'direct', evidence: evidence(url) }] },
} as QueryAnswer);

describe('links to the article', () => {
  it('Discord: the embed links to the article and says where to read it', () => {
    const [page] = renderDiscord(answer('https://gazette.example/harbour'));
    const e = page!.embeds[0]!;
    expect(e.url).toBe('https://gazette.example/harbour');
    expect(e.fields!.find((f) => f.name === 'Headline')!.value).toContain('[Read at The Gazette](<https://gazette.example/harbour>)');
  });

  it('text: the URL is printed under the citation', () => {
    expect(renderText(answer('https://gazette.example/harbour'))).toMatch(/paragraph 1, 2024-03-02\n {4}https:\/\/gazette\.example\/harbour\n {4}> /);
  });

  it.each([[null], [undefined], ['javascript:alert(1)'], ['ftp://x.example/a'], ['https://exa mple.com/a b'], ['https://x.example/' + 'a'.repeat(3000)], ['https://<@123>.example'], ['https://x.example/@everyone']])(
    'no link for %j', (url) => {
      expect(articleLink(evidence(url))).toBeUndefined();
      const [page] = renderDiscord(answer(url));
      expect(page!.embeds[0]!.url).toBeUndefined();
      expect(page!.embeds[0]!.fields!.find((f) => f.name === 'Headline')!.value).not.toContain('Read at');
    });

  it('a URL with brackets cannot end the masked link early', () => {
    const [page] = renderDiscord(answer('https://gazette.example/a_(b)'));
    expect(page!.embeds[0]!.fields!.find((f) => f.name === 'Headline')!.value).toContain('(<https://gazette.example/a_%28b%29>)');
  });

  it('a hostile address or outlet never makes a live mention, a bare link or a broken masked link', () => {
    fc.assert(fc.property(hostileText(40), hostileText(20), (path, outlet) => {
      const e = { ...evidence(`https://x.example/${path}`), outlet };
      const [page] = renderDiscord({ ...answer(null), answer: { ...(answer(null).answer as object), answers: [{ speaker: { id: 'p1', name: 'A' }, text: 'words', kind: 'direct', evidence: e }] } } as QueryAnswer);
      const value = page!.embeds[0]!.fields!.find((f) => f.name === 'Headline')!.value;
      expect(value).not.toMatch(/@(everyone|here)/i);
      expect(value).not.toMatch(/(?<!<)\bhttps?:\/\//i);
      const link = /\[Read at ([^\]]*)\]\(<([^>]*)>\)$/.exec(value);
      if (articleLink(e)) expect(link?.[2]).toBe(articleLink(e)!.replace(/\(/g, '%28').replace(/\)/g, '%29'));
    }), { numRuns: 300 });
  });
});
