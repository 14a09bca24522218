// Autocomplete choices for a person: up to 25 people, fuzzy, most-quoted first for an empty input, each with
// how many of something they have (quotes for /quotes, events for /timeline); answered from memory because
// autocomplete cannot be deferred.
import type { Library } from '../library/library.js';
import type { Person } from '../model/contract.js';
import { eventCount } from '../answer/timeline.js';
import { LIMITS } from '../render/discordLimits.js';
import { cut, oneLine } from '../render/safeText.js';

export interface Choice { name: string; value: string }

/** What a choice counts: `unit` of a person, and whether people with none are left out. */
export interface Tally {
  unit: 'quote' | 'event';
  count(lib: Library, p: Person): number;
  skipNone: boolean;
}

export const QUOTES: Tally = { unit: 'quote', count: (lib, p) => lib.peopleIndex.quotesOf(p.id), skipNone: false };
/** /timeline suggests only people with events to draw. */
export const EVENTS: Tally = { unit: 'event', count: eventCount, skipNone: true };

export function personChoices(lib: Library, input: string, maxInput: number, tally: Tally): Choice[] {
  const seen = new Set<string>();
  const out: Choice[] = [];
  // a wider pool than shown when people with none are left out
  const pool = tally.skipNone ? 2 * LIMITS.autocompleteChoices : LIMITS.autocompleteChoices;
  for (const p of lib.peopleIndex.suggest(oneLine(input).slice(0, maxInput), pool)) {
    const value = cut(oneLine(p.name), LIMITS.choiceValue);
    if (!value || seen.has(value)) continue;
    const n = tally.count(lib, p);
    if (n === 0 && tally.skipNone) continue;
    seen.add(value);
    const role = p.roles[0] ? `, ${oneLine(p.roles[0])}` : '';
    out.push({ name: cut(`${value}${role} (${n} ${tally.unit}${n === 1 ? '' : 's'})`, LIMITS.choiceName), value });
    if (out.length === LIMITS.autocompleteChoices) break;
  }
  return out;
}
