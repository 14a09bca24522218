import { describe, expect, it } from 'vitest';
import { cleanQuestion, readIntent } from '../../src/answer/askIntent.js';

describe('ask: reading the intent of free text', () => {
  it.each([
    ['Who said the military aspects are resolved?', 'who-said', 'the military aspects are resolved'],
    ['who said "every family will be housed before winter"', 'who-said', 'every family will be housed before winter'],
    ['Who is quoted as saying the wall of the dam is intact?', 'who-said', 'the wall of the dam is intact'],
    ['When did Lavrov meet Bayramov?', 'when', 'Lavrov meet Bayramov'],
    ['what date was the signing in Geneva', 'when', 'the signing in Geneva'],
    ['Which sources say Azerbaijan handed over the bodies of 1,600 servicemen?', 'sources', 'Azerbaijan handed over the bodies of 1,600 servicemen'],
    ['Is it true that the Selna dam collapsed?', 'sources', 'the Selna dam collapsed'],
    ['sources for: 43 people died in Varnik', 'sources', '43 people died in Varnik'],
    ['Did Orlen say that the dam would be rebuilt?', 'sources', 'Orlen said the dam would be rebuilt'],
    ['Did the dam collapse?', 'sources', 'the dam collapse'],
    ['The Selna dam burst and killed 41 people', 'sources', 'The Selna dam burst and killed 41 people'],
    ['Varnik dam', 'search', 'Varnik dam'],
    ['why did the dam fail?', 'search', 'why did the dam fail'],
  ])('%s -> %s', (q, intent, arg) => {
    const r = readIntent(q);
    expect(r.intent).toBe(intent);
    expect(r.q).toBe(arg);
  });

  it('reads "what did X say about Y" as quotes by X on Y', () => {
    expect(readIntent('What did Aliyev say about humanitarian issues?')).toEqual({ intent: 'quotes', q: 'Aliyev', about: 'humanitarian issues' });
    expect(readIntent('what has Katya Orlen said')).toEqual({ intent: 'quotes', q: 'Katya Orlen' });
    expect(readIntent('quotes from Renner on tariffs')).toEqual({ intent: 'quotes', q: 'Renner', about: 'tariffs' });
  });

  it('ignores mentions, greetings, politeness and stray punctuation in a direct message', () => {
    expect(readIntent('<@123456789> hey, who said the wall of the dam is intact??')).toEqual({ intent: 'who-said', q: 'the wall of the dam is intact' });
    expect(readIntent('Hi Byline! Can you tell me when did Lavrov meet Bayramov? Thanks!')).toEqual({ intent: 'when', q: 'Lavrov meet Bayramov' });
    expect(readIntent('please, is it true that “the dam collapsed”?')).toEqual({ intent: 'sources', q: 'the dam collapsed' });
    expect(cleanQuestion('  @everyone   ...what did Markova say about the deal?!  ')).toBe('what did Markova say about the deal');
  });

  it('given empty or junk input, a plain search of nothing rather than an error', () => {
    expect(readIntent('')).toEqual({ intent: 'search', q: '' });
    expect(readIntent('?!?')).toEqual({ intent: 'search', q: '' });
    expect(readIntent('<@1>')).toEqual({ intent: 'search', q: '' });
  });
});
