// Whether to defer an interaction before answering it. A query holds the thread while it runs, so no timer
// can interrupt it: the choice is made before, from how long this command's recent answers took on this
// library. With no history yet, a large library defers: its first answers are cold (lookups built lazily,
// a big heap to collect) and one of them could miss Discord's 3-second deadline.
import type { Library } from '../library/library.js';

export interface LatencyLimits {
  /** An answer this slow makes the command's next answers defer first. */
  slowMs: number;
  /** How many recent answers of a command are remembered. */
  keep: number;
  /** From this many articles up, a command with no history yet defers. */
  largeArticles: number;
}

export const DEFAULT_LATENCY_LIMITS: LatencyLimits = { slowMs: 800, keep: 20, largeArticles: 1000 };

export class LatencyGauge {
  // per library, so a reload into a much larger library starts with no history; old libraries are let go
  private readonly byLibrary = new WeakMap<Library, Map<string, number[]>>();
  private readonly limits: LatencyLimits;

  constructor(limits: Partial<LatencyLimits> = {}) {
    this.limits = { ...DEFAULT_LATENCY_LIMITS, ...limits };
  }

  record(lib: Library, command: string, ms: number): void {
    let commands = this.byLibrary.get(lib);
    if (!commands) this.byLibrary.set(lib, (commands = new Map()));
    const recent = commands.get(command) ?? [];
    recent.push(ms);
    if (recent.length > this.limits.keep) recent.shift();
    commands.set(command, recent);
  }

  shouldDefer(lib: Library, command: string): boolean {
    const recent = this.byLibrary.get(lib)?.get(command);
    if (!recent?.length) return lib.articles.length >= this.limits.largeArticles;
    return recent.some((ms) => ms >= this.limits.slowMs);
  }
}
