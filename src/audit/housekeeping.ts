import type { Logger } from '../logging/logger';

/** One periodic clean-up job (audit retention, refusal summaries, own-card records). */
export interface HousekeepingTask {
  readonly name: string;
  run(): Promise<void>;
}

export const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Runs clean-up jobs at start and then hourly, one after another; a failing job is logged and the
 * others still run. The timer does not keep the process alive.
 */
export class Housekeeping {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly tasks: readonly HousekeepingTask[], private readonly logger: Logger, private readonly intervalMs = HOUSEKEEPING_INTERVAL_MS) {}

  start(): void {
    this.running = this.runOnce();
    this.timer = setInterval(() => { this.running = this.runOnce(); }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async runOnce(): Promise<void> {
    for (const task of this.tasks) {
      try {
        await task.run();
      } catch (error) {
        this.logger.warn('housekeeping task failed', { task: task.name, error });
      }
    }
  }
}
