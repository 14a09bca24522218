// Per-user cooldown between questions, so one person cannot hammer the bot. In memory; the clock is injected.
export class Cooldown {
  private readonly last = new Map<string, number>();

  constructor(private readonly seconds: number, private readonly now: () => number = Date.now) {}

  /** Seconds the user still has to wait (rounded up), or 0 after recording this question as allowed. */
  take(userId: string): number {
    if (this.seconds <= 0) return 0;
    const t = this.now();
    const ms = this.seconds * 1000;
    const prev = this.last.get(userId);
    if (prev !== undefined && t - prev < ms) return Math.ceil((ms - (t - prev)) / 1000);
    this.last.set(userId, t);
    if (this.last.size > 10_000) for (const [id, at] of this.last) if (t - at >= ms) this.last.delete(id);
    return 0;
  }
}
