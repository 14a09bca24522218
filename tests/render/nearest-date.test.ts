import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/contract.js';
import { renderText } from '../../src/render/text.js';
import { renderDiscord } from '../../src/render/discordAnswer.js';

const evidence = { article: 'a.txt', title: 'T', outlet: 'O', published: null, paragraph: 1, text: 'He held a meeting in Baku.' };
const undated: Event & { nearestDate: unknown } = {
  kind: 'meeting', what: 'held a meeting', participants: ['Sergei Lavrov'], place: 'Baku', date: null, evidence,
  nearestDate: { text: 'May 5-6', start: '--05-05', end: '--05-06', precision: 'day', relation: 'on', evidence: { ...evidence, paragraph: 2 }, note: 'nearest' },
};

describe('an undated event with a nearest dated context', () => {
  it('the text answer says the date is not its own, and where the nearest one stands', () => {
    const out = renderText({ command: 'when', answer: { query: 'q', answers: [undated], notFound: null } });
    expect(out).toContain('date not given');
    expect(out).toContain('no date of its own; the nearest date its article gives is May 5-6 (the article gives no year), paragraph 2');
  });

  it('the Discord answer says so too', () => {
    const json = JSON.stringify(renderDiscord({ command: 'when', answer: { query: 'q', answers: [undated], notFound: null } }));
    expect(json).toContain('no date of its own');
    expect(json).toContain('Date not given');
  });
});
