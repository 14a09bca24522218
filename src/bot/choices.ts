// Autocomplete choices for a speaker: up to 25 people, fuzzy, most-quoted first for an empty input;
// answered from memory because autocomplete cannot be deferred. /timeline suggests people with events.
import type { Library } from '../index/library.js';
import { eventCount } from '../answer/timeline.js';
import { LIMITS } from '../render/discordLimits.js';
import { cut, oneLine } from '../render/safeText.js';

export interface Choice { name: string; value: string }

export function speakerChoices(lib: Library, input: string, maxInput: number): Choice[] {
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const p of lib.peopleIndex.suggest(oneLine(input).slice(0, maxInput), LIMITS.autocompleteChoices)) {
    const value = cut(oneLine(p.name), LIMITS.choiceValue);
    if (!value || seen.has(value)) continue;
    seen.add(value);
    const n = lib.peopleIndex.quotesOf(p.id);
    const role = p.roles[0] ? `, ${oneLine(p.roles[0])}` : '';
    out.push({ name: cut(`${value}${role} (${n} quote${n === 1 ? '' : 's'})`, LIMITS.choiceName), value });
  }
  return out.slice(0, LIMITS.autocompleteChoices);
}

/** Autocomplete for /timeline: people with events to draw, with how many; most quoted first when empty. */
export function timelineChoices(lib: Library, input: string, maxInput: number): Choice[] {
  const seen = new Set<string>();
  const out: Choice[] = [];
  // a wider pool than shown: people with no events are left out
  for (const p of lib.peopleIndex.suggest(oneLine(input).slice(0, maxInput), 2 * LIMITS.autocompleteChoices)) {
    const value = cut(oneLine(p.name), LIMITS.choiceValue);
    if (!value || seen.has(value)) continue;
    const n = eventCount(lib, p);
    if (n === 0) continue;
    seen.add(value);
    const role = p.roles[0] ? `, ${oneLine(p.roles[0])}` : '';
    out.push({ name: cut(`${value}${role} (${n} event${n === 1 ? '' : 's'})`, LIMITS.choiceName), value });
    if (out.length === LIMITS.autocompleteChoices) break;
  }
  return out;
}
