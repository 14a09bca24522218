import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/parse/repairText.js';
import { parseArticle } from '../../src/parse/parseArticle.js';
import { extractPeople } from '../../src/extract/people/extractPeople.js';

describe('repairing scraped text', () => {
  it('given UTF-8 read as Windows-1252 once, gives the letters and marks back', () => {
    expect(repairText('donâ€™t')).toBe('don’t');
    expect(repairText('cafÃ© in MÃ¼nchen')).toBe('café in München');
    expect(repairText('â€œWe will,â€\u009d she said')).toBe('“We will,” she said');
    expect(repairText('Â£5 fee')).toBe('£5 fee');
  });

  it('given text encoded wrongly twice, repairs both layers', () => {
    const twice = 'Fran\u00C3\u0083\u00C2\u00A7ois';
    expect(repairText(twice)).toBe('François');
  });

  it('given decomposed letters, composes them', () => {
    expect(repairText('Mu\u0308ller and A\u0303')).toBe('Müller and Ã');
  });

  it('given correct text, changes nothing, including accents and typographic marks', () => {
    for (const s of ['naïve café', 'Ünal said “hi” – and left…', 'São Paulo, NÃO, Ãlvaro', '©2016 AP', 'Ã is a letter', '']) expect(repairText(s)).toBe(s);
  });

  it('given control characters, drops them and keeps tabs and newlines', () => {
    expect(repairText('a\u0000b\u0007c\u0085d\te\nf')).toBe('abcd\te\nf');
  });

  it('given a name with mojibake in a seed, the person is found under the repaired name', () => {
    const r = parseArticle('m.txt', 'Summit opens\n\nThe Test Wire\nPublished: 2016-09-16\n\n"Europe must defend itself," French President Fran\u00C3\u0083\u00C2\u00A7ois Hollande said Friday.\n');
    if (!r.ok) throw new Error(r.error);
    expect(r.article.paragraphs[0]!.text).toContain('François Hollande');
    expect(extractPeople(r.article).map((p) => p.name)).toContain('François Hollande');
  });
});
