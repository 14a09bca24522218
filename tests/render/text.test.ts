import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.js';

const evidence = { article: 'a.txt', title: 'T', outlet: 'O', published: null, paragraph: 1, text: 'He held a meeting in Baku.' };

describe('a passage found by plain search', () => {
  it('the text answer gives each passage a line of its own, then where it stands and its words', () => {
    const out = renderText({ command: 'ask', answer: { intent: 'search', query: 'meeting', answers: [{ evidence, score: 1 }], notFound: null } });
    expect(out.split('\n')).toEqual(['(answered as search)', '- A passage that matches:', '    O, “T”, paragraph 1', '    > He held a meeting in Baku.']);
  });
});
