import type { AuditLog } from '../../../src/audit/audit-log';
import { MemoryAuditLog } from '../../support/fakes/memory-audit-log';
import { silentLogger } from '../../../src/logging/json-logger';
import type { Logger } from '../../../src/logging/logger';
import { createNotifications, type Notifications } from '../../../src/notifications/create-notifications';
import type { MessageSender } from '../../../src/notifications/message-sender';
import type { PimAlerts } from '../../../src/pim/pim-alerts';
import { MemoryStorage } from '../../../src/storage/memory-storage';
import type { Storage } from '../../../src/storage/storage';
import type { TriageServices } from '../../../src/triage/triage-services';
import type { VirtualClock } from './virtual-clock';

export const ADMIN_ID = 'admin-user';

/** What a test wires into the notifications side; everything but the sender, Graph and the clock has a default. */
export interface NotificationsOptions {
  readonly sender: MessageSender;
  readonly pim: PimAlerts;
  readonly clock: VirtualClock;
  /** In-memory storage unless given (e.g. shared by two instances, or a restart). */
  readonly storage?: Storage;
  readonly maxInFlight?: number;
  readonly refreshUserIds?: () => readonly string[];
  readonly audit?: AuditLog;
  readonly triage?: TriageServices;
  readonly logger?: Logger;
  readonly onPollFailed?: (error: unknown) => Promise<void>;
  /** CLIENT_SECRET_EXPIRES_ON as parsed (an ISO instant). */
  readonly clientSecretExpiresAt?: string;
  readonly opsConversation?: () => Promise<string | undefined>;
}

/** The notifications side as main() wires it, on a virtual clock, polling every 5 s. */
export function makeNotifications(options: NotificationsOptions): Notifications {
  const { sender, pim, clock, maxInFlight, refreshUserIds, triage } = options;
  return createNotifications({
    config: {
      notifications: { pollIntervalSeconds: 5, refreshBeforePoll: false, perConversationPerSecond: 7, perTenantPerSecond: 50, maxSendAttempts: 8, historyRetentionDays: 35, ...(maxInFlight ? { maxInFlight } : {}) },
      graph: { refreshTimeoutMs: 1000 },
      secrets: { clientSecretExpiresAt: options.clientSecretExpiresAt },
    },
    storage: options.storage ?? new MemoryStorage(), sender, pim, audit: options.audit ?? new MemoryAuditLog(),
    logger: options.logger ?? silentLogger, clock, refreshUserIds, triage, onPollFailed: options.onPollFailed, opsConversation: options.opsConversation,
  });
}
