import type { AuditEntry, AuditLog } from '../../../src/auth/audit-log';

/** An AuditLog that keeps entries in memory, oldest first. */
export class MemoryAuditLog implements AuditLog {
  readonly entries: AuditEntry[] = [];

  record(entry: AuditEntry): Promise<void> {
    this.entries.push(entry);
    return Promise.resolve();
  }

  recent(limit: number): Promise<readonly AuditEntry[]> {
    return Promise.resolve([...this.entries].reverse().slice(0, limit));
  }
}
