import { toAppError } from '../errors/app-error';
import { METRICS, telemetry } from '../telemetry/telemetry';
import type { Broadcaster } from './broadcaster';
import { pollOnce, type PollDeps, type PollSummary } from './incident-poll';
import { backoffDelayMs, initialHealth, type WatcherHealth } from './watcher-health';

export interface WatcherOptions {
  readonly pollIntervalSeconds: number;
  /** Ask Graph to rescan (refreshAllAlerts) and wait for it before each list. */
  readonly refreshBeforePoll: boolean;
  readonly refreshTimeoutMs: number;
}

/**
 * Polls PIM alerts on an interval and notifies subscribers when incidents rise. A failing poll is
 * logged and retried with backoff; the watcher never stops on its own.
 */
export class IncidentWatcher {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = true;
  private state: WatcherHealth;

  constructor(
    private readonly deps: PollDeps & { readonly broadcaster: Broadcaster; readonly onPollFailed?: (error: unknown) => Promise<void> },
    private readonly options: WatcherOptions,
  ) {
    this.state = initialHealth(options.pollIntervalSeconds);
  }

  /** Starts polling (first poll right away). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.state = { ...this.state, running: true };
    this.schedule(0);
  }

  /** Stops polling and waits for a poll in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.state = { ...this.state, running: false };
    await this.running;
  }

  health(): WatcherHealth {
    return this.state;
  }

  /** One full cycle: resume unfinished broadcasts (pruning old ones), optional refresh, poll. Throws what the poll threw. */
  async pollNow(): Promise<PollSummary> {
    await this.deps.broadcaster.resumeOpen();
    if (this.options.refreshBeforePoll) await this.refresh();
    return pollOnce(this.deps);
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.running = this.tick();
    }, delayMs);
  }

  private async tick(): Promise<void> {
    const at = new Date(this.deps.now()).toISOString();
    const started = performance.now();
    try {
      const summary = await this.pollNow();
      telemetry().record(METRICS.pollDuration, performance.now() - started, { outcome: summary.baseline ? 'baseline' : 'ok' });
      const sent = summary.delivered;
      this.state = {
        ...this.state, lastPollAt: at, lastResult: summary.baseline ? 'baseline' : 'ok', lastError: undefined, alertsSeen: summary.alertsSeen,
        rises: summary.rises, notificationsSent: sent, totalNotificationsSent: this.state.totalNotificationsSent + sent, consecutiveFailures: 0,
      };
      this.deps.logger.info('watcher poll', { result: this.state.lastResult, alertsSeen: summary.alertsSeen, rises: summary.rises, notificationsSent: sent });
    } catch (error: unknown) {
      const failures = this.state.consecutiveFailures + 1;
      const appError = toAppError(error);
      telemetry().record(METRICS.pollDuration, performance.now() - started, { outcome: 'failed', code: appError.code });
      this.deps.logger.warn('watcher poll failed; retrying with backoff', { code: appError.code, error, failures });
      this.state = { ...this.state, lastPollAt: at, lastResult: 'failed', lastError: appError.message, consecutiveFailures: failures };
      await this.deps.onPollFailed?.(error);
    }
    if (!this.stopped) this.schedule(backoffDelayMs(this.options.pollIntervalSeconds * 1000, this.state.consecutiveFailures));
  }

  private async refresh(): Promise<void> {
    try {
      const handle = await this.deps.pim.refreshAllAlerts();
      await this.deps.pim.waitForOperation(handle, { timeoutMs: this.options.refreshTimeoutMs });
    } catch (error: unknown) {
      this.deps.logger.warn('refresh before poll failed; listing alerts as they are', { error });
    }
  }
}
