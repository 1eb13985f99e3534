/** The watcher's last poll, for tests and diagnostics (not served over HTTP: /healthz answers only a status). */
export interface WatcherHealth {
  readonly running: boolean;
  readonly intervalSeconds: number;
  readonly lastPollAt: string | null;
  readonly lastResult: 'never' | 'baseline' | 'ok' | 'failed';
  readonly lastError?: string;
  readonly alertsSeen: number;
  /** Alerts that rose in the last poll. */
  readonly rises: number;
  /** Notifications delivered in the last poll, and since start. */
  readonly notificationsSent: number;
  readonly totalNotificationsSent: number;
  readonly consecutiveFailures: number;
}

export function initialHealth(intervalSeconds: number): WatcherHealth {
  return {
    running: false, intervalSeconds, lastPollAt: null, lastResult: 'never',
    alertsSeen: 0, rises: 0, notificationsSent: 0, totalNotificationsSent: 0, consecutiveFailures: 0,
  };
}

/** Wait after `failures` failed polls in a row: doubles from the interval, at most 15 minutes (or the interval). */
export function backoffDelayMs(intervalMs: number, failures: number): number {
  if (failures === 0) return intervalMs;
  return Math.min(intervalMs * 2 ** Math.min(failures, 10), Math.max(intervalMs, 15 * 60_000));
}
