// The questions the bench asks: drawn from what the corpus really says (so answers exist and the index has
// to find them among thousands), in the forms users type them: fragments of quotes, other spellings of
// names, typos, event words, claims reworded, free-text questions, and autocomplete prefixes.
import type { QueryRequest } from '../model/query.js';
import type { BenchCorpus } from './generateCorpus.js';
import { seededRandom, type Random } from './random.js';

export interface BenchQueries {
  queries: QueryRequest[];
  /** What a user has typed so far in the /quotes speaker box. */
  autocomplete: string[];
}

/** One typing slip in a word of four letters or more: a swap, a drop or a doubled letter. */
function typo(r: Random, text: string): string {
  const ws = text.split(' ');
  const k = ws.findIndex((w, i) => i >= r.int(0, ws.length - 1) && w.length >= 5);
  if (k < 0) return text;
  const w = ws[k]!;
  const i = r.int(1, w.length - 3);
  const typos = [w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2), w.slice(0, i) + w.slice(i + 1), w.slice(0, i) + w[i] + w.slice(i)];
  ws[k] = typos[r.int(0, 2)]!;
  return ws.join(' ');
}

function fragment(r: Random, text: string): string {
  const ws = text.split(' ');
  const len = Math.min(ws.length, r.int(4, 9));
  const at = r.int(0, ws.length - len);
  return ws.slice(at, at + len).join(' ');
}

export function benchQueries(truth: BenchCorpus['truth'], perCommand: number, seed = 11): BenchQueries {
  const r = seededRandom(seed);
  const n = Math.max(1, perCommand);
  const some = <T>(xs: readonly T[], fallback: T): T => (xs.length ? r.pick(xs) : fallback);
  const quote = () => some(truth.quotes, { speaker: 'nobody', text: 'no quotes were generated' });
  const person = () => some(truth.people, { name: 'Nobody', variants: [], role: '' });
  const event = () => some(truth.events, { participants: ['Nobody'], place: 'Nowhere', words: 'nothing happened' });
  const claim = () => some(truth.claims, 'nothing was claimed');
  const maybeTypo = (s: string) => (r.chance(0.3) ? typo(r, s) : s);

  const queries: QueryRequest[] = [];
  for (let i = 0; i < n; i++) queries.push({ command: 'who-said', q: maybeTypo(fragment(r, quote().text)) });
  for (let i = 0; i < n; i++) {
    const p = person();
    const name = maybeTypo(r.pick([p.name, ...p.variants]));
    const about = r.chance(0.4) ? fragment(r, quote().text).split(' ').slice(0, 2).join(' ') : null;
    queries.push(about !== null ? { command: 'quotes', q: name, about } : { command: 'quotes', q: name });
  }
  for (let i = 0; i < n; i++) {
    const e = event();
    queries.push({ command: 'when', q: maybeTypo(r.pick([e.words, `${e.participants.join(' met ')}`, `the meeting in ${e.place}`])) });
  }
  for (let i = 0; i < n; i++) queries.push({ command: 'sources', q: maybeTypo(r.chance(0.5) ? claim() : fragment(r, claim())) });
  for (let i = 0; i < n; i++) {
    const forms = [
      () => `who said ${fragment(r, quote().text)}?`,
      () => `what did ${person().name} say about ${fragment(r, quote().text).split(' ').slice(-2).join(' ')}?`,
      () => `when did ${event().participants.join(' meet ')}?`,
      () => `is it true that ${claim().replace(/\.$/, '').toLowerCase()}?`,
      () => fragment(r, claim()),
    ];
    queries.push({ command: 'ask', q: maybeTypo(r.pick(forms)()) });
  }
  const autocomplete: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = person();
    const name = r.pick([p.name, ...p.variants]);
    autocomplete.push(i % 20 === 0 ? '' : maybeTypo(name.slice(0, r.int(1, name.length))));
  }
  return { queries, autocomplete };
}
