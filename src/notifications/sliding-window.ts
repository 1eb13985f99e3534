/**
 * Counts events per key in a sliding window (e.g. at most 7 sends per conversation in any 1 s), and
 * tells when a key may go again. `spacingMs` also spreads events evenly (a GCRA token bucket allowing
 * a burst of `burst`), so sends do not leave in bursts at each window edge, yet a late timer or a busy
 * event loop is caught up instead of slowing the rate.
 */
export class SlidingWindow {
  private readonly events = new Map<string, number[]>();
  /** Per key: the theoretical time of the next event at an even pace. */
  private readonly paced = new Map<string, number>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly spacingMs = 0,
    private readonly burst = 1,
  ) {}

  /** The earliest time (≥ now) at which `key` may have one more event. */
  nextFreeAt(key: string, now: number): number {
    const times = this.prune(key, now);
    const spaced = (this.paced.get(key) ?? now) - (this.burst - 1) * this.spacingMs;
    const windowed = times.length < this.limit ? now : (times[times.length - this.limit] as number) + this.windowMs;
    return Math.max(now, spaced, windowed);
  }

  record(key: string, now: number): void {
    const times = this.prune(key, now);
    times.push(now);
    this.events.set(key, times);
    if (this.spacingMs > 0) this.paced.set(key, Math.max(this.paced.get(key) ?? now, now) + this.spacingMs);
  }

  private prune(key: string, now: number): number[] {
    const times = this.events.get(key) ?? [];
    const fresh = times.filter((time) => time > now - this.windowMs);
    if (fresh.length === 0) {
      this.events.delete(key);
      if ((this.paced.get(key) ?? 0) <= now) this.paced.delete(key);
    }
    else if (fresh.length !== times.length) this.events.set(key, fresh);
    return fresh;
  }
}
