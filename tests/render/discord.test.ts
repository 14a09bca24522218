// Answers as Discord embeds: one embed per answer, evidence fields, pages within every Discord limit.
import { describe, expect, it } from 'vitest';
import type { QueryAnswer } from '../../src/model/query.js';
import type { Evidence, Quote } from '../../src/model/contract.js';
import { ANSWERS_PER_PAGE, embedLength, renderDiscord } from '../../src/render/discordAnswer.js';
import { LIMITS } from '../../src/render/discordLimits.js';

const evidence = (over: Partial<Evidence> = {}): Evidence => ({
  article: 'harbour.txt', title: 'Harbour authority approves ferry terminal', outlet: 'Coastal Courier', published: '2025-03-14',
  paragraph: 2, text: '"The terminal will carry the island economy," said Maria Okonkwo.', ...over,
});
const quote = (over: Partial<Quote> = {}): Quote => ({
  speaker: { id: 'p1', name: 'Maria Okonkwo' }, text: 'The terminal will carry the island economy', kind: 'direct', evidence: evidence(), ...over,
});
const whoSaid = (answers: Quote[], query = 'island economy'): QueryAnswer => ({ command: 'who-said', answer: { query, answers, notFound: null } });

function checkLimits(result: QueryAnswer) {
  const pages = renderDiscord(result);
  for (const p of pages) {
    expect(p.content.length).toBeLessThanOrEqual(LIMITS.content);
    expect(p.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
    expect(p.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedsTotal);
    for (const e of p.embeds) {
      expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
        expect(f.value.length).toBeGreaterThan(0);
        expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      }
    }
  }
  return pages;
}

describe('renderDiscord', () => {
  it('gives one embed per answer: the answer in a sentence, then outlet, headline, paragraph and the sentence quoted', () => {
    const [page] = renderDiscord(whoSaid([quote()]));
    expect(page!.embeds).toHaveLength(1);
    const e = page!.embeds[0]!;
    expect(e.description).toBe('**Maria Okonkwo** said: “The terminal will carry the island economy”');
    expect(e.fields!.map((f) => [f.name, f.value])).toEqual([
      ['Outlet', 'Coastal Courier'], ['Published', '2025-03-14'], ['Paragraph', '2'],
      ['Headline', 'Harbour authority approves ferry terminal'], ['In the article', '> "The terminal will carry the island economy," said Maria Okonkwo.'],
    ]);
    expect(page!.content).toBe('1 quote for “island economy”.');
  });

  it('says reported speech as such and names an unknown speaker plainly', () => {
    const [page] = renderDiscord(whoSaid([quote({ kind: 'indirect', speaker: { id: 'unknown', name: '?' } })]));
    expect(page!.embeds[0]!.description).toMatch(/^\*\*An unnamed speaker\*\* said, in reported speech, that/);
  });

  it('says "not found" plainly with a hint', () => {
    const [page] = renderDiscord({ command: 'who-said', answer: { query: 'zebras', answers: [], notFound: 'No quote matches "zebras".' } });
    expect(page!.embeds[0]!.title).toBe('Not found');
    expect(page!.embeds[0]!.description).toMatch(/No quote matches "zebras"\.\n\n\*Try a few distinctive words/);
  });

  it('pages answers, best first, when there are more than fit', () => {
    const many = Array.from({ length: 10 }, (_, k) => quote({ text: `Quote number ${k}` }));
    const pages = checkLimits(whoSaid(many));
    expect(pages).toHaveLength(Math.ceil(10 / ANSWERS_PER_PAGE));
    expect(pages[0]!.embeds[0]!.description).toContain('Quote number 0');
    expect(pages[1]!.content).toMatch(/Page 2 of 4\.$/);
  });

  it('keeps every limit with huge, hostile text everywhere', () => {
    const huge = '@everyone <@&123456789012345678> **x** '.repeat(400);
    const nasty = quote({
      speaker: { id: 'p', name: huge }, text: huge,
      evidence: evidence({ title: huge, outlet: huge, text: huge, article: 'a'.repeat(5000) }),
    });
    const pages = checkLimits(whoSaid(Array.from({ length: 12 }, () => nasty), huge));
    const all = JSON.stringify(pages);
    expect(all).not.toMatch(/@everyone|<@&/);
    expect(pages[0]!.embeds[0]!.fields![4]!.value.endsWith('…')).toBe(true);
  });

  it('renders sources with the verdict and the supporting outlets', () => {
    const pages = renderDiscord({ command: 'sources', answer: {
      query: 'the terminal was approved', verdict: 'conflicting', outlets: ['Coastal Courier'],
      answers: [
        { stance: 'supports', evidence: evidence(), score: 1, conflicts: [] },
        { stance: 'conflicts', evidence: evidence({ outlet: 'Evening Post' }), score: 0.5, conflicts: [{ claim: 'March', source: 'April' }] },
      ] } });
    expect(pages[0]!.content).toBe('The sources disagree on “the terminal was approved”.');
    expect(pages[0]!.embeds.map((e) => e.title)).toEqual(['Supports: Coastal Courier', 'Conflicts: Evening Post']);
    expect(pages[0]!.embeds[1]!.description).toContain('says April, not March');
  });

  it('renders events with their date and place, and /ask with its intent', () => {
    const [page] = renderDiscord({ command: 'ask', answer: { intent: 'when', query: 'when did they meet', notFound: null, answers: [{
      kind: 'meeting', what: 'Okonkwo met Brennan', participants: ['Maria Okonkwo', 'Tomas Brennan'], place: 'Port Selwyn',
      date: { text: 'March 12', start: '2025-03-12', end: null, precision: 'day', relation: 'on' }, evidence: evidence(),
    }] } });
    expect(page!.content).toMatch(/^Answered as \/when\. 1 event/);
    expect(page!.embeds[0]!.title).toBe('Meeting: Maria Okonkwo, Tomas Brennan');
    expect(page!.embeds[0]!.description).toBe('**On March 12 (2025-03-12)**, in Port Selwyn: Okonkwo met Brennan. Taking part: Maria Okonkwo, Tomas Brennan.');
  });

  it('cuts an echoed 10,000-character query', () => {
    const [page] = renderDiscord(whoSaid([], 'q'.repeat(10_000)));
    expect(page!.content.length).toBeLessThan(300);
    expect(page!.content).toContain('…');
  });
});

describe('renderText (console and CLI)', () => {
  it('drops terminal control sequences from article text', async () => {
    const { renderText } = await import('../../src/render/text.js');
    const out = renderText(whoSaid([quote({ text: 'calm \u001b[2J\u001b[31mred', evidence: evidence({ text: 'x\u0007y' }) })]));
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(out).toContain('calm [2J[31mred');
  });
});
