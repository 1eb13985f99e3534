/**
 * Counts events per key in a sliding window (e.g. at most 7 sends per conversation in any 1 s), and
 * tells when a key may go again.
 */
export class SlidingWindow {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** The earliest time (≥ now) at which `key` may have one more event. */
  nextFreeAt(key: string, now: number): number {
    const times = this.prune(key, now);
    if (times.length < this.limit) return now;
    return (times[times.length - this.limit] as number) + this.windowMs;
  }

  record(key: string, now: number): void {
    const times = this.prune(key, now);
    times.push(now);
    this.events.set(key, times);
  }

  private prune(key: string, now: number): number[] {
    const times = this.events.get(key) ?? [];
    const fresh = times.filter((time) => time > now - this.windowMs);
    if (fresh.length === 0) this.events.delete(key);
    else if (fresh.length !== times.length) this.events.set(key, fresh);
    return fresh;
  }
}
