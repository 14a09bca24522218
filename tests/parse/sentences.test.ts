import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/parse/sentences.js';

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe('sentence splitting', () => {
  it('does not break after titles, initials, "U.S." before a name, month abbreviations or "St."', () => {
    expect(texts('Mr. Smith met Dr. J. K. Rowling in St. Petersburg on Jan. 5 at the U.S. Embassy. Then he left.')).toEqual([
      'Mr. Smith met Dr. J. K. Rowling in St. Petersburg on Jan. 5 at the U.S. Embassy.',
      'Then he left.',
    ]);
  });

  it('does not break after a plural title or the "v." of a case name', () => {
    expect(texts('On the list are state Reps. Ana Moss and Teo Bell. The case, Ohio v. Texas, was argued in May.')).toEqual([
      'On the list are state Reps. Ana Moss and Teo Bell.',
      'The case, Ohio v. Texas, was argued in May.',
    ]);
  });

  it('breaks after "U.S." when a new sentence clearly starts', () => {
    expect(texts('The talks moved to the U.S. The president arrived later.')).toEqual([
      'The talks moved to the U.S.',
      'The president arrived later.',
    ]);
  });

  it('keeps a closing quote mark with its sentence', () => {
    expect(texts('“We will win.” He said it twice. «Non.» ‘Yes,’ she said.')).toEqual([
      '“We will win.”', 'He said it twice.', '«Non.»', '‘Yes,’ she said.',
    ]);
  });

  it('Washington, D.C., and a.m. inside a sentence', () => {
    expect(texts('They met in Washington, D.C., at 9 a.m. on Sept. 11. It rained.')).toEqual([
      'They met in Washington, D.C., at 9 a.m. on Sept. 11.', 'It rained.',
    ]);
  });

  it('offsets point back into the paragraph', () => {
    const p = '  Sen. Warren spoke.   Gov. Abbott replied!  ';
    for (const s of splitSentences(p)) expect(p.slice(s.start, s.end)).toBe(s.text);
    expect(texts(p)).toEqual(['Sen. Warren spoke.', 'Gov. Abbott replied!']);
  });
});
