import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNumeral } from '../../../src/extract/lexicon/lists.js';

const dir = join(import.meta.dirname, '..', '..', '..', 'src', 'extract', 'lexicon');
const lists = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('word lists kept as data', () => {
  it('there are lists to check', () => {
    expect(lists.length).toBeGreaterThan(3);
  });

  it.each(lists)('%s is an array of lowercase words, sorted, with no repeats', (file) => {
    const words: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    expect(Array.isArray(words)).toBe(true);
    const ws = words as string[];
    expect(ws.length).toBeGreaterThan(0);
    for (const w of ws) {
      expect(typeof w).toBe('string');
      expect(w).toBe(w.toLowerCase());
      expect(w).toBe(w.trim());
      expect(w.length).toBeGreaterThan(0);
    }
    expect([...ws].sort()).toEqual(ws);
    expect(new Set(ws).size).toBe(ws.length);
  });

  it('every list is loaded by the module that ships them', () => {
    const loader = readFileSync(join(dir, 'lists.ts'), 'utf8');
    for (const f of lists) expect(loader).toContain(`'./${f}'`);
  });
});

describe('isNumeral', () => {
  it.each(['79', '3,000', 'three', 'twelve', 'forty', 'hundred'])('%s is a number', (w) => {
    expect(isNumeral(w)).toBe(true);
  });
  it.each(['party', 'city', 'thirtyish', 'none', 'often'])('%s is not a number', (w) => {
    expect(isNumeral(w)).toBe(false);
  });
});
