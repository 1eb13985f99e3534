import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { Logger } from '../../logging/logger';
import { retryAfterMs } from '../../http/retry-after';

export interface RetryPolicy {
  readonly maxRetries: number;
  /** First back-off when Graph sends no `Retry-After`; doubles per attempt. */
  readonly baseDelayMs: number;
  /** Upper bound of any single wait, including a server's `Retry-After`. */
  readonly maxDelayMs: number;
  /** Multiplies every wait (tests shrink a 1 s `Retry-After` with it); 1 in production. */
  readonly delayScale: number;
}

const RETRY_STATUSES = new Set([429, 503, 504]);

/**
 * Retries throttled (429) and unavailable (503/504) answers, honouring `Retry-After` (seconds or an HTTP
 * date), up to `maxRetries`. Like the client's own RetryHandler, but with millisecond back-off a test can
 * shrink and a log line per retry.
 */
export class RetryMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly policy: RetryPolicy, private readonly logger: Logger) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('RetryMiddleware has no next middleware');
    for (let attempt = 0; ; attempt += 1) {
      await this.next.execute(context);
      const response = context.response;
      if (!response || !RETRY_STATUSES.has(response.status) || attempt >= this.policy.maxRetries) return;
      const delayMs = this.delayFor(response, attempt);
      this.logger.warn('graph request retried', { status: response.status, attempt: attempt + 1, delayMs });
      await response.body?.cancel().catch(() => undefined);
      await sleep(delayMs * this.policy.delayScale);
    }
  }

  private delayFor(response: Response, attempt: number): number {
    const delay = retryAfterMs(response.headers.get('Retry-After')) ?? this.policy.baseDelayMs * 2 ** attempt;
    return Math.min(Math.max(delay, 0), this.policy.maxDelayMs);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
