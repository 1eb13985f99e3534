import type { AuditEntry } from './audit-log';

const sameAction = (a: AuditEntry, b: AuditEntry): boolean =>
  a.correlationId !== undefined && a.correlationId === b.correlationId && a.action === b.action && a.target === b.target;

/**
 * One entry per action for people to read: an `attempted` entry whose outcome (succeeded, failed) is also
 * listed is left out, so a write shows once, with its outcome. An attempt without an outcome stays: its
 * result was never recorded, which is what an auditor must see. The trail itself keeps every entry.
 * `entries` are newest first, so an outcome comes before its attempt.
 */
export function mergeAuditOutcomes(entries: readonly AuditEntry[]): AuditEntry[] {
  return entries.filter((entry, index) =>
    entry.result !== 'attempted' || !entries.slice(0, index).some((newer) => newer.result !== 'attempted' && sameAction(newer, entry)));
}
