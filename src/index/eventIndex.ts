// Events by participants, kind, place and words.
import Fuse from 'fuse.js';
import type { Event } from '../model/contract.js';

export interface EventHit { event: Event; score: number }

export class EventIndex {
  private readonly fuse: Fuse<Event>;
  constructor(readonly events: readonly Event[]) {
    this.fuse = new Fuse([...events], {
      keys: ['participants', 'what', 'place', 'kind', 'evidence.text'],
      includeScore: true, ignoreLocation: true, threshold: 0.5,
    });
  }

  search(words: string, limit = 10): EventHit[] {
    return this.fuse.search(words.slice(0, 200), { limit }).map((r) => ({ event: r.item, score: 1 - (r.score ?? 1) }));
  }
}
