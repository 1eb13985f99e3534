import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/** Aborts each attempt that takes longer than `timeoutMs`; the abort surfaces as a `TimeoutError`. */
export class TimeoutMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly timeoutMs: number) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('TimeoutMiddleware has no next middleware');
    const options = context.options ?? {};
    context.options = options;
    const signal = AbortSignal.timeout(this.timeoutMs);
    options.signal = signal;
    await this.next.execute(context);
  }
}
