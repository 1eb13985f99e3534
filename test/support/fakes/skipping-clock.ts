/**
 * A clock for retry and pacing tests: `sleep` returns at once and moves this clock's time forward by the
 * amount asked for, so a test sees the waits a real clock would have made without making them.
 */
export class SkippingClock {
  /** Every wait asked for, in order (milliseconds). */
  readonly slept: number[] = [];
  private skippedMs = 0;

  now(): number {
    return Date.now() + this.skippedMs;
  }

  async sleep(ms: number): Promise<void> {
    this.slept.push(ms);
    this.skippedMs += Math.max(0, ms);
    await Promise.resolve();
  }
}
