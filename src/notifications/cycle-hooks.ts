import type { Logger } from '../logging/logger';
import type { Alert, AlertSeverity } from '../pim/model';

/** A notification kept back for a conversation (quiet hours) instead of being sent now. */
export interface HeldNotification {
  /** The rise's broadcast id: holding the same rise twice (a repeated poll) keeps one. */
  readonly broadcastId: string;
  readonly alertId: string;
  readonly severity: AlertSeverity;
  /** The notification's one-line text (already safe for a card). */
  readonly text: string;
  readonly heldAt: string;
}

/** Keeps back notifications for conversations that do not want them now (e.g. quiet hours). */
export interface NotificationHold {
  /** Holds `notification` for the targets that are quiet at `now`; returns the targets to send to now. */
  holdQuiet(targets: readonly string[], notification: HeldNotification, now: number): Promise<readonly string[]>;
}

/** Work that rides on the watcher's cycle (so on its single poller): history, digests, releases. */
export interface CycleTask {
  readonly name: string;
  run(alerts: readonly Alert[], now: number): Promise<void>;
}

/** Runs each task after a completed poll; a failing task is logged and retried next cycle, the poll stands. */
export async function runCycleTasks(tasks: readonly CycleTask[], alerts: readonly Alert[], now: number, logger: Logger): Promise<void> {
  for (const task of tasks) {
    try {
      await task.run(alerts, now);
    } catch (error: unknown) {
      logger.warn('cycle task failed; retried next poll', { task: task.name, error });
    }
  }
}
