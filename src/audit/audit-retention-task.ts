import type { HousekeepingTask } from './housekeeping';

const DAY_MS = 24 * 60 * 60 * 1000;

/** AUDIT_RETENTION_DAYS applied by the hourly housekeeping: entries older than that are pruned. */
export function auditRetentionTask(
  audit: { prune(cutoff: Date): Promise<number> }, retentionDays: number, now: () => number = Date.now,
): HousekeepingTask {
  return {
    name: 'audit retention',
    run: async () => {
      await audit.prune(new Date(now() - retentionDays * DAY_MS));
    },
  };
}
