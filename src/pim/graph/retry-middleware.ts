import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { Logger } from '../../logging/logger';
import type { Clock } from '../../time/clock';
import { retryAfterMs } from '../../http/retry-after';
import { METRICS, telemetry } from '../../telemetry/telemetry';

export interface RetryPolicy {
  /** How long one call may keep retrying, from its first attempt; 0 = never retry. */
  readonly budgetMs: number;
  /** First back-off when Graph sends no `Retry-After`; doubles per attempt. */
  readonly baseDelayMs: number;
  /**
   * Upper bound of any single wait. Our own back-off is capped at it; a server's `Retry-After` above it is
   * never shortened (Graph asks callers to wait the whole time): the retries stop with that answer instead.
   */
  readonly maxDelayMs: number;
  readonly clock: Clock;
  /**
   * Asked after each wait, before the next attempt: false ends the retries with the last answer. The
   * poller's client asks whether this instance still leads, so a deposed leader stops calling Graph.
   */
  readonly stillWanted: () => boolean;
}

const RETRY_STATUSES = new Set([429, 503, 504]);
/** A `Retry-After: 0` still waits this long, so a budget is never spent in a tight loop. */
const MIN_DELAY_MS = 100;

/**
 * Retries throttled (429) and unavailable (503/504) answers, honouring `Retry-After` (seconds or an HTTP
 * date), for as long as the call's time budget allows: a wait that would end past the budget is not
 * started, and the last answer stands. Like the client's own RetryHandler, but bounded by time instead of
 * a count (Graph asks callers to wait what `Retry-After` says:
 * https://learn.microsoft.com/en-us/graph/throttling), with an injectable clock and a log line per retry.
 */
export class RetryMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly policy: RetryPolicy, private readonly logger: Logger) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('RetryMiddleware has no next middleware');
    const { clock, budgetMs } = this.policy;
    const deadline = clock.now() + budgetMs;
    for (let attempt = 0; ; attempt += 1) {
      await this.next.execute(context);
      const response = context.response;
      if (!response || !RETRY_STATUSES.has(response.status)) return;
      if (response.status === 429) telemetry().count(METRICS.throttled, { source: 'graph' });
      const delayMs = this.delayFor(response, attempt);
      const leftMs = deadline - clock.now();
      if (delayMs > leftMs || delayMs > this.policy.maxDelayMs) {
        if (budgetMs > 0) this.logger.warn('graph retry budget spent', { status: response.status, attempts: attempt + 1, delayMs, leftMs });
        return;
      }
      this.logger.warn('graph request retried', { status: response.status, attempt: attempt + 1, delayMs });
      await clock.sleep(delayMs);
      if (!this.policy.stillWanted()) {
        this.logger.warn('graph retries stopped: the call is no longer wanted', { status: response.status, attempts: attempt + 1 });
        return; // the last answer stands, body unread
      }
      await response.body?.cancel().catch(() => undefined);
    }
  }

  /** What Graph asked for, never less; otherwise our own exponential back-off, capped. */
  private delayFor(response: Response, attempt: number): number {
    const asked = retryAfterMs(response.headers.get('Retry-After'), this.policy.clock.now());
    if (asked !== undefined) return Math.max(asked, MIN_DELAY_MS);
    return Math.min(Math.max(this.policy.baseDelayMs * 2 ** attempt, MIN_DELAY_MS), this.policy.maxDelayMs);
  }
}
