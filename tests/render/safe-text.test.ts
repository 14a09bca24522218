// Text shown in Discord: markdown shown as typed, mentions inert, links not unfurled, clean cuts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cut, neutralizeMentions, quoteBlock, safeCut, safeText } from '../../src/render/safeText.js';

describe('safeText', () => {
  it('makes @everyone, @here and <@…> mentions inert', () => {
    const s = safeText('Hey @everyone and @here, ping <@123456789012345678>, <@!1>, role <@&123>, channel <#99>');
    expect(s).not.toMatch(/@everyone|@here|<@\d|<@!|<@&|<#\d/);
    expect(s.replace(/\u200b/g, '')).toContain('@everyone');
  });

  it('escapes inline markdown so it shows as typed', () => {
    expect(safeText('**bold** _it_ ~~gone~~ `code` ||spoiler|| [link](x)')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~ \\`code\\` \\|\\|spoiler\\|\\| \\[link\\](x)');
  });

  it('escapes headings, quotes and list markers at line starts only', () => {
    expect(safeText('# Big\n> quoted\n- item\n1. first\nA well-known fact - yes')).toBe('\\# Big\n\\> quoted\n\\- item\n1\\. first\nA well-known fact - yes');
  });

  it('wraps links in <> and leaves them intact', () => {
    expect(safeText('see https://example.com/a_b*c?d=1. Then')).toBe('see <https://example.com/a_b*c?d=1>. Then');
  });

  it('wraps two links written together each on its own', () => {
    expect(safeText('[x](https://example.com)https://evil.example/a')).toBe('\\[x\\](<https://example.com>)<https://evil.example/a>');
  });

  it('neutralises slash-command, timestamp and emoji syntax', () => {
    expect(neutralizeMentions('</ban:1> <t:0:R> <:x:1>')).not.toMatch(/<[/t:]/);
  });
});

describe('cut', () => {
  it('leaves short text alone', () => {
    expect(cut('short', 10)).toBe('short');
  });

  it('ends with … within the limit, at a word boundary when one is near', () => {
    const s = cut('the quick brown fox jumps over the lazy dog', 20);
    expect(s.length).toBeLessThanOrEqual(20);
    expect(s).toBe('the quick brown fox…');
  });

  it('never leaves a lone escape backslash before the …', () => {
    const s = cut(safeText('a'.repeat(8) + '*'.repeat(20)), 12);
    expect(s.length).toBeLessThanOrEqual(12);
    expect(s).not.toMatch(/(^|[^\\])(\\\\)*\\…$/);
  });

  it('never splits a surrogate pair or leaves half a link', () => {
    expect(cut('😀'.repeat(10), 6)).not.toMatch(/[\uD800-\uDBFF]…$/);
    expect(cut(safeText('read more at https://example.com/a/very/long/path/indeed'), 30)).not.toContain('<https');
  });

  it('holds the limit for any input (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 3000 }), fc.integer({ min: 1, max: 2000 }), (s, max) => {
      expect(safeCut(s, max).length).toBeLessThanOrEqual(max);
    }), { numRuns: 300 });
  });
});

describe('quoteBlock', () => {
  it('prefixes every line and escapes the text inside', () => {
    expect(quoteBlock('one @everyone\n> two', 100)).toBe('> one @\u200beveryone\n> \\> two');
  });
});
