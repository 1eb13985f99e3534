import { setTimeout as delay } from 'node:timers/promises';

/**
 * Time as the app sees it (notifier, watcher, Graph retries), injected so tests can run without real waits. The app has
 * one notion of time: epoch milliseconds from a `now()` function. Code that only reads the time takes
 * `now: () => number` (this `now`: use cases, stores, triage, digests); only waiting needs `sleep`.
 */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or early (without error) when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: async (ms, signal) => {
    if (signal?.aborted) return;
    try {
      await delay(Math.max(0, ms), undefined, { signal });
    } catch (error: unknown) {
      if (!signal?.aborted) throw error;
    }
  },
};
