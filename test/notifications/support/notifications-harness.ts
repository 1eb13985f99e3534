import type { AccessPolicy } from '../../../src/auth/access';
import type { AuditLog } from '../../../src/auth/audit-log';
import { MemoryAuditLog } from '../../support/fakes/memory-audit-log';
import { silentLogger } from '../../../src/logging/json-logger';
import type { Logger } from '../../../src/logging/logger';
import { createNotifications, type Notifications } from '../../../src/notifications/create-notifications';
import type { MessageSender } from '../../../src/notifications/message-sender';
import type { PimAlerts } from '../../../src/pim/pim-alerts';
import type { Storage } from '../../../src/storage/storage';
import type { TriageServices } from '../../../src/triage/triage-services';
import type { VirtualClock } from './virtual-clock';

export const ADMIN_ID = 'admin-user';

/** Admins (ADMIN_ID) may write; everyone may read. */
export const testAccess: AccessPolicy = {
  check: (user, level) =>
    Promise.resolve(level === 'read' || user.id === ADMIN_ID ? { allowed: true } : { allowed: false, reason: 'Only PIM administrators can do that.' }),
};

export function makeNotifications(
  storage: Storage, sender: MessageSender, pim: PimAlerts, clock: VirtualClock, maxInFlight?: number, refreshUserIds?: () => readonly string[],
  audit: AuditLog = new MemoryAuditLog(),
  triage?: TriageServices,
  logger: Logger = silentLogger,
): Notifications {
  return createNotifications({
    config: {
      notifications: { pollIntervalSeconds: 5, refreshBeforePoll: false, perConversationPerSecond: 7, perTenantPerSecond: 50, maxSendAttempts: 8, historyRetentionDays: 35, ...(maxInFlight ? { maxInFlight } : {}) },
      graph: { refreshTimeoutMs: 1000 },
    },
    storage, sender, pim, audit, logger, clock, refreshUserIds, triage,
  });
}
