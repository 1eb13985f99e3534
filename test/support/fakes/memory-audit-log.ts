import type { AuditEntry, AuditVerdict, VerifiableAuditLog } from '../../../src/audit/audit-log';

/** An audit log that keeps entries in memory, oldest first; nothing can alter them, so it always verifies intact. */
export class MemoryAuditLog implements VerifiableAuditLog {
  readonly entries: AuditEntry[] = [];

  record(entry: AuditEntry): Promise<void> {
    this.entries.push(entry);
    return Promise.resolve();
  }

  recent(limit: number): Promise<readonly AuditEntry[]> {
    return Promise.resolve([...this.entries].reverse().slice(0, limit));
  }

  verify(): Promise<AuditVerdict> {
    return Promise.resolve({ checked: this.entries.length, anchorSeq: 0, headSeq: this.entries.length });
  }
}
