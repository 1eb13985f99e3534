import { createHash } from 'node:crypto';
import type { AuditEntry, AuditLog, AuditVerdict, VerifiableAuditLog } from './audit-log';
import { isAppError } from '../errors/app-error';
import type { Storage } from '../storage/storage';
import { unlessConflict } from '../storage/storage-conflict';

export const REFUSAL_WINDOW_PREFIX = 'audit-refusals/';
export const REFUSAL_WINDOW_MS = 10 * 60 * 1000;
const MAX_ATTEMPTS = 5;

interface RefusalWindow {
  readonly start: number;
  readonly last: number;
  readonly suppressed: number;
  readonly entry: AuditEntry;
}

const windowKey = (entry: AuditEntry): string =>
  REFUSAL_WINDOW_PREFIX + createHash('sha256').update(entry.actor.aadObjectId ?? entry.actor.id).digest('hex').slice(0, 32);

/**
 * Refusals, aggregated per user: the first refusal in a 10-minute window is recorded as it is; the
 * rest of the window only count, and become one summary entry ("refused 9,999 more times …") when the
 * window has passed. A flood of refused clicks cannot push real entries out of `audit n`, nor grow the
 * trail without bound. Every other entry goes straight through.
 */
export class RefusalAggregatingAuditLog implements VerifiableAuditLog {
  constructor(private readonly inner: AuditLog & { verify(): Promise<AuditVerdict> }, private readonly storage: Storage) {}

  recent(limit: number): Promise<readonly AuditEntry[]> {
    return this.inner.recent(limit);
  }

  verify(): Promise<AuditVerdict> {
    return this.inner.verify();
  }

  async record(entry: AuditEntry): Promise<void> {
    if (entry.result !== 'refused') return this.inner.record(entry);
    const key = windowKey(entry);
    const at = Date.parse(entry.time) || Date.now();
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const stored = await this.storage.read<RefusalWindow>(key);
      try {
        if (stored && at - stored.value.start < REFUSAL_WINDOW_MS) {
          await this.storage.write<RefusalWindow>(key, { ...stored.value, last: at, suppressed: stored.value.suppressed + 1, entry }, stored.etag);
          return;
        }
        await this.storage.write<RefusalWindow>(key, { start: at, last: at, suppressed: 0, entry }, stored ? stored.etag : null);
        if (stored) await this.recordSummary(stored.value);
        return this.inner.record(entry);
      } catch (error) {
        if (!isAppError(error) || error.code !== 'storageConflict') throw error;
      }
    }
    return this.inner.record(entry);
  }

  /** Housekeeping: closes windows that have passed, writing their summary entries. */
  async flush(now: number = Date.now()): Promise<void> {
    for (const item of await this.storage.list<RefusalWindow>(REFUSAL_WINDOW_PREFIX)) {
      if (now - item.value.start < REFUSAL_WINDOW_MS) continue;
      if (!(await this.claim(item.key, item.etag))) continue;
      await this.recordSummary(item.value);
    }
  }

  /** Deletes the window if nobody changed it meanwhile (another instance flushing or counting). */
  private async claim(key: string, etag: string): Promise<boolean> {
    return unlessConflict(() => this.storage.delete(key, etag), false);
  }

  private async recordSummary(window: RefusalWindow): Promise<void> {
    if (window.suppressed === 0) return;
    const { entry } = window;
    const from = new Date(window.start).toISOString().slice(11, 19);
    const to = new Date(window.last).toISOString();
    await this.inner.record({
      ...entry, time: to, target: '-', detail: `repeated ${window.suppressed}x`,
      summary: `Refused ${window.suppressed} more time${window.suppressed === 1 ? '' : 's'} between ${from} and ${to.slice(11, 19)} UTC (last: ${entry.action}${entry.summary ? `, ${entry.summary}` : ''})`,
    });
  }
}
