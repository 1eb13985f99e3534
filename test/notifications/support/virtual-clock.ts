import type { Clock } from '../../../src/time/clock';

interface Timer {
  readonly at: number;
  readonly resolve: () => void;
}

/**
 * Virtual time for pacing tests: a sleep resolves without a real wait, but only once everything else
 * that can run has run (checked with setImmediate), and time then jumps to the earliest sleeper.
 */
export class VirtualClock implements Clock {
  private timers: Timer[] = [];
  private scheduled = false;

  constructor(public time = 1_700_000_000_000) {}

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer: Timer = { at: this.time + Math.max(0, ms), resolve };
      this.timers.push(timer);
      signal?.addEventListener('abort', () => {
        this.timers = this.timers.filter((other) => other !== timer);
        resolve();
      }, { once: true });
      this.scheduleAdvance();
    });
  }

  private scheduleAdvance(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const next = [...this.timers].sort((a, b) => a.at - b.at)[0];
      if (!next) return;
      this.timers = this.timers.filter((timer) => timer !== next);
      this.time = Math.max(this.time, next.at);
      next.resolve();
      if (this.timers.length > 0) this.scheduleAdvance();
    });
  }
}
