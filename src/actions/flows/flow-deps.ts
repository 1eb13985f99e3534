import type { AccessPolicy, ActingUser } from '../../auth/access';
import type { AuditLog } from '../../auth/audit-log';
import type { BotTurn } from '../../bot/bot-turn';
import type { BackgroundTasks } from '../../bot/background-tasks';
import type { CardViewOptions } from '../../cards/render-alert-card';
import type { Logger } from '../../logging/logger';
import { AppError } from '../../errors/app-error';
import type { Alert, AlertWithIncidents } from '../../pim/model';
import type { PimAlerts } from '../../pim/pim-alerts';
import type { AlertCache } from './alert-cache';
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
  /** Recent alerts with incidents for paging; without it every read goes to Graph. */
  readonly alertCache?: AlertCache;
  /** How cards look for this user; by default everyone sees the write buttons. */
  readonly viewFor?: (user: ActingUser) => Promise<CardViewOptions>;
  /**
   * Users (MRIs) who get a user-specific view of shared cards. When set, a card posted into a group
   * chat or channel shows no write buttons and asks Teams to refresh it for these users.
   */
  readonly refreshUserIds?: () => readonly string[];
}

/** How a card looks for this user alone (an invoke answer, a personal chat, a refreshed view). */
export async function viewOptions(deps: FlowDeps, user: ActingUser): Promise<CardViewOptions> {
  return deps.viewFor ? deps.viewFor(user) : { actionsVisible: true };
}

/**
 * How a card posted into the conversation looks. In a personal chat: the user's own view. In a group
 * chat or channel everyone sees it, so (with user-specific views on) it is read-only, with a refresh
 * for the known administrators. The user's own view is still computed: it records an administrator.
 */
export async function messageViewOptions(deps: FlowDeps, turn: BotTurn): Promise<CardViewOptions> {
  const own = await viewOptions(deps, turn.user);
  if (turn.conversation.type === 'personal' || !deps.refreshUserIds) return own;
  return { actionsVisible: false, refreshUserIds: deps.refreshUserIds() };
}

/** An alert with its incidents for showing a card (may be up to a minute old). */
export function readAlert(deps: FlowDeps, alertId: string): Promise<AlertWithIncidents> {
  return deps.alertCache ? deps.alertCache.get(deps.pim, alertId) : deps.pim.getAlert(alertId);
}

/** The alert's current state from Graph, without its incidents (cheap: no incident paging). */
export async function currentAlert(deps: FlowDeps, alertId: string): Promise<Alert> {
  const alert = (await deps.pim.listAlerts()).find((item) => item.id === alertId);
  if (!alert) throw new AppError('notFound');
  return alert;
}
