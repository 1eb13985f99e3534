import { AppError } from '../errors/app-error';
import type { Storage } from '../storage/storage';
import { isStorageConflict } from '../storage/storage-conflict';
import type { TriageActor } from './triage-actor';
import { TRIAGE_KEYS, triageKey } from './triage-keys';

/** An alert whose notifications are held until `until` (tenant-wide: every subscribed conversation). */
export interface SnoozeRecord {
  readonly alertId: string;
  /** ISO 8601, UTC. The snooze ends by itself at this time. */
  readonly until: string;
  readonly reason: string;
  readonly by: TriageActor;
  readonly at: string;
}

/** Snoozes on the Storage port (`triage/snoozes/<alertId>`), replaced with their eTag so two admins cannot overwrite each other unseen. */
export class SnoozeStore {
  constructor(private readonly storage: Storage) {}

  /** Creates or replaces the alert's snooze; a concurrent change answers `conflict`. */
  async snooze(record: SnoozeRecord): Promise<{ readonly replaced?: SnoozeRecord }> {
    const key = triageKey(TRIAGE_KEYS.snoozes, record.alertId);
    const current = await this.storage.read<SnoozeRecord>(key);
    try {
      await this.storage.write(key, record, current?.etag ?? null);
    } catch (error) {
      throw concurrent(error);
    }
    return current ? { replaced: current.value } : {};
  }

  /** Ends a snooze early; the removed record, or undefined when there was none. */
  async end(alertId: string): Promise<SnoozeRecord | undefined> {
    const key = triageKey(TRIAGE_KEYS.snoozes, alertId);
    const current = await this.storage.read<SnoozeRecord>(key);
    if (!current) return undefined;
    await this.storage.delete(key, current.etag);
    return current.value;
  }

  /** The alert's snooze if it has not ended at `now`. */
  async active(alertId: string, now: Date): Promise<SnoozeRecord | undefined> {
    const item = await this.storage.read<SnoozeRecord>(triageKey(TRIAGE_KEYS.snoozes, alertId));
    return item && isActive(item.value, now) ? item.value : undefined;
  }

  /** Every snooze still running at `now`, soonest end first. Ended ones are left in place and ignored. */
  async listActive(now: Date): Promise<readonly SnoozeRecord[]> {
    const items = await this.storage.list<SnoozeRecord>(TRIAGE_KEYS.snoozes);
    return items.map((item) => item.value).filter((record) => isActive(record, now)).sort((a, b) => a.until.localeCompare(b.until));
  }
}

export function isActive(record: SnoozeRecord, now: Date): boolean {
  return Date.parse(record.until) > now.getTime();
}

function concurrent(error: unknown): unknown {
  if (isStorageConflict(error)) {
    return new AppError('conflict', { userMessage: 'Someone changed that snooze at the same moment; look at `snooze list` and try again.' });
  }
  return error;
}
