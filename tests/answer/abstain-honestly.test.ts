import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/parseArticle.js';
import { buildLibrary } from '../../src/library/library.js';
import { when } from '../../src/answer/when.js';
import { quotesBy } from '../../src/answer/quotesBy.js';

const story = (file: string, body: string[]) => {
  const r = parseArticle(file, ['---', 'title: Port talks', 'outlet: Test Wire', 'published: 2024-05-12', '---', '', ...body.flatMap((p) => [p, ''])].join('\n'));
  if (!r.ok) throw new Error(r.error);
  return r.article;
};
const lib = buildLibrary([
  story('port.md', [
    'Harbour Minister Teodor Valk met the ferry union leader Mirela Sand in Tallinn on May 10.',
    'Valk visited Parnu on May 8 before the talks.',
    '“We agreed on the night shifts and the new cranes,” Valk told reporters.',
  ]),
]);

describe('when: a name typed in lower case that no article holds is said so too', () => {
  it('says so and lists the known person\'s events, never their meeting passed off as the answer', () => {
    const a = when(lib, 'when did kallas meet valk');
    expect(a.note).toBe('No article names kallas. Events of Teodor Valk:');
    expect(a.answers.every((e) => e.participants.includes('Teodor Valk'))).toBe(true);
  });

  it('an ordinary word no article holds is no name: the question is searched as usual', () => {
    expect(when(lib, 'when did the minister hold talks with the ferry union').note).toBeUndefined();
  });

  it.each(['when did valk meet sand', 'when did vlak meet sand', 'when did valk visit parnu'])('%s: answered as asked', (q) => {
    const a = when(lib, q);
    expect(a.note).toBeUndefined();
    expect(a.answers[0]?.participants).toContain('Teodor Valk');
  });
});

describe('quotes about a topic: said so when nothing is on it', () => {
  it('answers the topic the person spoke on', () => {
    expect(quotesBy(lib, 'Valk', 'night shifts').answers[0]?.text).toContain('night shifts');
  });

  it.each(['fishing quotas', 'the weather in June'])('says no quote of the person is about %s', (topic) => {
    const a = quotesBy(lib, 'teodor valk', topic);
    expect(a.answers).toEqual([]);
    expect(a.notFound).toBe(`No quote of Teodor Valk is about '${topic}'.`);
  });
});
