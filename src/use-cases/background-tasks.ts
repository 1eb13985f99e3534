import type { Logger } from '../logging/logger';

/**
 * Work that outlives a turn (waiting for a scan, then updating a card). Failures are logged with the
 * correlation id, never thrown into nowhere; `idle()` lets shutdown and tests wait for the rest.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  run(name: string, correlationId: string, work: () => Promise<void>): void {
    const task = work().catch((error: unknown) => {
      this.logger.error('background task failed', { task: name, correlationId, error });
    });
    this.running.add(task);
    void task.finally(() => this.running.delete(task));
  }

  get size(): number {
    return this.running.size;
  }

  /** Resolves when every task started so far (and any they start) has finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
