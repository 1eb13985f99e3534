import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { Logger } from '../../logging/logger';
import { retryWithinBudget, type RetryPolicy } from '../../http/retry-within-budget';

/**
 * The Graph client's retries: like the client's own RetryHandler, but bounded by time instead of a count
 * (`retryWithinBudget`, the rules Resource Manager calls share).
 */
export class RetryMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly policy: RetryPolicy, private readonly logger: Logger) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new Error('RetryMiddleware has no next middleware');
    await retryWithinBudget(this.policy, this.logger, { source: 'graph' }, async () => {
      await next.execute(context);
      return context.response;
    });
  }
}
