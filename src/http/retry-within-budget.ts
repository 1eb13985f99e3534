import type { Logger } from '../logging/logger';
import type { Clock } from '../time/clock';
import { METRICS, telemetry } from '../telemetry/telemetry';
import { retryAfterMs } from './retry-after';

export interface RetryPolicy {
  /** How long one call may keep retrying, from its first attempt; 0 = never retry. */
  readonly budgetMs: number;
  /** First back-off when the service sends no `Retry-After`; doubles per attempt. */
  readonly baseDelayMs: number;
  /**
   * Upper bound of any single wait. Our own back-off is capped at it; a server's `Retry-After` above it is
   * never shortened (Graph and Resource Manager ask callers to wait the whole time): the retries stop with that answer instead.
   */
  readonly maxDelayMs: number;
  readonly clock: Clock;
  /**
   * Asked after each wait, before the next attempt: false ends the retries with the last answer. The
   * poller's client asks whether this instance still leads, so a deposed leader stops calling the service.
   */
  readonly stillWanted: () => boolean;
}

/** Names the service in log messages (`graph request retried`) and the throttling metric; `fields` go on every log line. */
export interface RetryLabels {
  readonly source: 'graph' | 'arm';
  readonly fields?: Readonly<Record<string, unknown>>;
}

const RETRY_STATUSES = new Set([429, 503, 504]);
/** A `Retry-After: 0` still waits this long, so a budget is never spent in a tight loop. */
const MIN_DELAY_MS = 100;

/**
 * Sends `attempt` again after a throttled (429) or unavailable (503/504) answer, honouring `Retry-After` (seconds or an
 * HTTP date), for as long as the call's time budget allows: a wait that would end past the budget, or that is longer than
 * `maxDelayMs`, is not started, and the last answer stands (its body unread). Bounded by time instead of a count
 * (https://learn.microsoft.com/en-us/graph/throttling, https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/request-limits-and-throttling),
 * with an injectable clock and a log line per retry.
 */
export async function retryWithinBudget<R extends Response | undefined>(
  policy: RetryPolicy, logger: Logger, labels: RetryLabels, attempt: () => Promise<R>,
): Promise<R> {
  const { clock, budgetMs } = policy;
  const { source, fields } = labels;
  const deadline = clock.now() + budgetMs;
  for (let count = 0; ; count += 1) {
    const response = await attempt();
    if (!response || !RETRY_STATUSES.has(response.status)) return response;
    if (response.status === 429) telemetry().count(METRICS.throttled, { source });
    const delayMs = delayFor(policy, response, count);
    const leftMs = deadline - clock.now();
    if (delayMs > leftMs || delayMs > policy.maxDelayMs) {
      if (budgetMs > 0) logger.warn(`${source} retry budget spent`, { ...fields, status: response.status, attempts: count + 1, delayMs, leftMs });
      return response;
    }
    logger.warn(`${source} request retried`, { ...fields, status: response.status, attempt: count + 1, delayMs });
    await clock.sleep(delayMs);
    if (!policy.stillWanted()) {
      logger.warn(`${source} retries stopped: the call is no longer wanted`, { ...fields, status: response.status, attempts: count + 1 });
      return response;
    }
    await response.body?.cancel().catch(() => undefined);
  }
}

/** What the service asked for, never less; otherwise our own exponential back-off, capped. */
function delayFor(policy: RetryPolicy, response: Response, attempt: number): number {
  const asked = retryAfterMs(response.headers.get('Retry-After'), policy.clock.now());
  if (asked !== undefined) return Math.max(asked, MIN_DELAY_MS);
  return Math.min(Math.max(policy.baseDelayMs * 2 ** attempt, MIN_DELAY_MS), policy.maxDelayMs);
}
