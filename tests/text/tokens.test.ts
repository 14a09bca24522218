import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/normalize.js';
import { foldedWords, stem, terms, words } from '../../src/text/tokens.js';
import { TermIndex } from '../../src/textIndex/termIndex.js';
import { splitSentences } from '../../src/parse/sentences.js';

/** The general tokenizer as it was before Cyrillic, Georgian and Armenian got a fast path: one Unicode
 *  property test per character. Kept here to pin that every text still splits exactly as it did. */
function referenceWords(text: string): string[] {
  const out: string[] = [];
  const f = fold(text);
  let cur = '';
  for (let i = 0; i < f.length; i++) {
    const ch = f[i]!;
    if (/[\p{L}\p{N}]/u.test(ch)) cur += ch;
    else if ((ch === ',' || ch === '.') && /\d$/.test(cur) && /\d/.test(f[i + 1] ?? '')) { if (ch === '.') cur += '.'; }
    else if (ch === "'" && cur && /\p{L}/u.test(f[i + 1] ?? '')) { if (f[i + 1] === 's' && !/[\p{L}\p{N}]/u.test(f[i + 2] ?? '')) i++; }
    else if (cur) { out.push(cur); cur = ''; }
  }
  if (cur) out.push(cur);
  return out;
}

describe('words in other scripts: folded for matching, never stemmed', () => {
  it.each([
    // "й" folds to "и" and "ё" to "е", on both sides of every match
    ['Russian capitals and ё', 'ЛАВРОВ пройдёт ЕЩЁ', ['лавров', 'проидет', 'еще']],
    ['Russian with a number', 'Азербайджан передал тела 1,600 военнослужащих', ['азербаиджан', 'передал', 'тела', '1600', 'военнослужащих']],
    ['Georgian Mtavruli to Mkhedruli', 'ᲗᲑᲘᲚᲘᲡᲘ თბილისი', ['თბილისი', 'თბილისი']],
    ['Armenian capitals', 'ԵՐԵՎԱՆ Երևան', ['երեվան', 'երեվան']],
    ['Ukrainian letters', 'Київ і Єреван', ['киів', 'і', 'єреван']],
    ['scripts side by side', 'Lavrov/Лавров/ლავროვი/Լավրով', ['lavrov', 'лавров', 'ლავროვი', 'լավրով']],
  ])('%s', (_what, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each(['переговоры', 'переговоров', 'встретился', 'заявлениes', 'მოლაპარაკებები', 'հանդիպեցին'])(
    '%s is not stemmed by English rules', (w) => {
      expect(stem(w)).toBe(w);
    });

  it('Russian, Georgian and Armenian function words are not terms; negations are', () => {
    expect(terms('Лавров и Байрамов не встретились в Баку')).toEqual(['лавров', 'баирамов', 'не', 'встретились', 'баку']);
    expect(terms('სომხეთი და აზერბაიჯანი')).toEqual(['სომხეთი', 'აზერბაიჯანი']);
    expect(terms('Հայաստանը և Ադրբեջանը')).toEqual(['հայաստանը', 'ադրբեջանը']);
  });

  it('English words come out exactly as before', () => {
    const text = "Russia's Foreign Minister Sergei Lavrov didn't say “1,600” servicemen were handed over — Báyramov's meetings, relations, stopped.";
    expect(words(text)).toEqual(referenceWords(text));
    expect(terms(text)).toEqual(['russia', 'foreign', 'minister', 'sergei', 'lavrov', 'didnt', 'say', '1600', 'servicemen', 'hand', 'bayramov',
      'meeting', 'relate', 'stop']);
  });

  it('long words, joined numbers and apostrophes split as the general path does', () => {
    const text = "Internationalization's counterintelligence-officers' 3.5 1,600,000 don't it's 1,2.3,x rock'n'roll";
    expect(words(text)).toEqual(referenceWords(text));
    expect(words(text)).toEqual(['internationalization', 'counterintelligence', 'officers', '3.5', '1600000', 'dont', 'it', '12.3', 'x',
      'rocknroll']);
  });

  it('ASCII with typographic quotes and dashes splits as the general path does', () => {
    const pieces = fc.constantFrom('a', 'Z', 's', '1', ',', '.', "'", ' ', '\n', '`', '\u00b4', '“', '”', '‘', '’', '—', '–', '\u2032');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')), (text) => {
      expect(words(text)).toEqual(foldedWords(text));
    }), { numRuns: 3000 });
    expect(words('Russia’s “1,600” — don’t')).toEqual(['russia', '1600', 'dont']);
  });

  it('any text at all splits exactly as the one-test-per-character tokenizer did', () => {
    const pieces = fc.constantFrom('a', 'Z', '1', ',', '.', "'", 's', ' ', 'é', 'ß', 'И', 'й', 'ё', 'Ё', 'ა', 'Ა', '჻', 'ա', 'Ա', 'և', '\u0560',
      '\u10fc', '“', '—', '\ud83d\ude42', '\ud800', '\u0301', '٣', '中', '\u00a0', '\t');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')), (text) => {
      expect(foldedWords(text)).toEqual(referenceWords(text));
    }), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      expect(foldedWords(text)).toEqual(referenceWords(text));
    }), { numRuns: 2000 });
  });
});

describe('typos in other scripts reach the indexed word', () => {
  it.each([
    ['Cyrillic substitution', 'лавроф', 'лавров'],
    ['Cyrillic insertion', 'переговорров', 'переговоров'],
    ['Georgian substitution', 'თბილისა', 'თბილისი'],
    ['Armenian deletion', 'բանակցություննր', 'բանակցություններ'],
  ])('%s: %s finds %s', (_what, typo, word) => {
    const index = new TermIndex();
    index.add(`${word} другой текст`);
    index.add('something else entirely');
    expect(index.searchTerms(terms(typo), 5).map((h) => h.doc)).toEqual([0]);
  });
});

describe('Georgian sentences: no capitals, so a full stop ends the sentence', () => {
  it('splits after a full stop before a Georgian word, and keeps one sentence otherwise', () => {
    const p = 'მხარეებმა განიხილეს პროექტები. მოლაპარაკებები ხუთ საათს გაგრძელდა! „ჩვენ მზად ვართ“, — განაცხადა მან.';
    expect(splitSentences(p).map((s) => s.text)).toEqual([
      'მხარეებმა განიხილეს პროექტები.', 'მოლაპარაკებები ხუთ საათს გაგრძელდა!', '„ჩვენ მზად ვართ“, — განაცხადა მან.',
    ]);
    for (const s of splitSentences(p)) expect(p.slice(s.start, s.end)).toBe(s.text);
  });
  it('English sentences split as before', () => {
    expect(splitSentences('Mr. Okafor met Ms. Lindqvist. They agreed.').map((s) => s.text)).toEqual(['Mr. Okafor met Ms. Lindqvist.', 'They agreed.']);
  });
});
