import type { AuditEntry } from '../../../src/audit/audit-log';

/** An audit entry at 12:00:<second> on 2026-11-23 by Ada Admin, with overrides. */
export const auditEntry = (second: number, overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  time: new Date(Date.UTC(2026, 10, 23, 12, 0, second)).toISOString(),
  actor: { id: '29:admin', aadObjectId: '11111111-1111-4111-8111-111111111111', name: 'Ada Admin' },
  action: 'dismiss',
  target: `DirectoryRole_00000000-0000-4000-8000-000000000000_Alert${second}`,
  result: 'succeeded',
  conversationId: 'a:conversation',
  ...overrides,
});
