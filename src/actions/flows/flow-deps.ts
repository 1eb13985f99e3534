import type { AccessPolicy, ActingUser } from '../../auth/access';
import type { AuditLog } from '../../auth/audit-log';
import type { BackgroundTasks } from '../../bot/background-tasks';
import type { CardViewOptions } from '../../cards/render-alert-card';
import type { Logger } from '../../logging/logger';
import type { PimAlerts } from '../../pim/pim-alerts';
import type { InFlightLocks } from './in-flight-locks';

/** What commands and card actions share: the PIM port, access, audit, clock and background work. */
export interface FlowDeps {
  readonly pim: PimAlerts;
  readonly access: AccessPolicy;
  readonly audit: AuditLog;
  readonly logger: Logger;
  readonly background: BackgroundTasks;
  readonly locks: InFlightLocks;
  readonly now: () => Date;
  /** Longest wait for a refresh operation. */
  readonly refreshTimeoutMs: number;
  /** How cards look for this user; by default everyone sees the write buttons. */
  readonly viewFor?: (user: ActingUser) => Promise<CardViewOptions>;
}

export async function viewOptions(deps: FlowDeps, user: ActingUser): Promise<CardViewOptions> {
  return deps.viewFor ? deps.viewFor(user) : { actionsVisible: true };
}
