import type { AccessPolicy, ActingUser } from '../auth/access';
import type { VerifiableAuditLog } from '../audit/audit-log';
import type { Turn } from './turn';
import type { BackgroundTasks } from './background-tasks';
import type { CardViewOptions } from '../cards/render-alert-card';
import type { DigestSettingsStore } from '../digest/digest-settings-store';
import type { IncidentHistory } from '../digest/incident-history';
import type { Logger } from '../logging/logger';
import type { AnnouncementReader } from '../notifications/notification-announcements';
import type { SubscriptionStore } from '../notifications/subscription-store';
import { AppError } from '../errors/app-error';
import type { Alert, AlertWithIncidents } from '../pim/model';
import type { PimAlerts } from '../pim/pim-alerts';
import type { WriteCredentials } from '../delegation/write-credentials';
import type { AlertTriageMarks } from '../cards/incident-marks';
import { alertTriageMarks } from '../triage/alert-triage-marks';
import type { TriageServices } from '../triage/triage-services';
import type { AlertCache } from './alert-cache';
import type { AlertVersion } from './alert-version';
import type { InFlightLocks } from './in-flight-locks';
import type { WatchHealthView } from '../watch-health/watch-health-view';

/** The digest side's stores the `digest` and `quiet` commands read and change. */
export interface DigestStores {
  readonly settings: DigestSettingsStore;
  readonly history: IncidentHistory;
}

/**
 * What every use case gets, all of it required: the PIM port, access, audit, clock, background work,
 * locks, the alert cache, how cards look for a user, and the triage, subscription and digest stores.
 */
export interface UseCaseDeps {
  /** Reads (and, in application mode, writes) as the app. */
  readonly pim: PimAlerts;
  /** Whose credential a write carries (WRITE_MODE): use `auditedWrite`, never `pim`, for Graph writes. */
  readonly writes: WriteCredentials;
  readonly access: AccessPolicy;
  /** The audit trail: every write, refusal and `audit`/`audit verify`. */
  readonly audit: VerifiableAuditLog;
  readonly logger: Logger;
  readonly background: BackgroundTasks;
  readonly locks: InFlightLocks;
  /** The time in epoch milliseconds, like every clock in the app (notifications' Clock.now, the stores' `now`). */
  readonly now: () => number;
  /** Longest wait for a refresh operation. */
  readonly refreshTimeoutMs: number;
  /** Recent alerts with incidents for paging. */
  readonly alertCache: AlertCache;
  /** How cards look for this user (write buttons only for those who may write). */
  readonly viewFor: (user: ActingUser) => Promise<CardViewOptions>;
  /**
   * Users (MRIs) who get a user-specific view of shared cards: a card posted into a group chat or
   * channel shows no write buttons and asks Teams to refresh it for these users.
   */
  readonly refreshUserIds: () => readonly string[];
  /** Snoozes, exclusions, owners and Entra links shown on alert cards, and the snooze/exclude commands (src/triage). */
  readonly triage: TriageServices;
  /** Conversations' notification subscriptions (subscribe, unsubscribe, subscriptions). */
  readonly subscriptions: SubscriptionStore;
  /** Digest schedules, quiet hours and the incident history they summarise (digest, quiet). */
  readonly digest: DigestStores;
  /** Whether the watcher is watching, and where its health cards go (the `watch` command). */
  readonly watchHealth: WatchHealthView;
  /** What a posted notification stated ("I'm on it" and an administrator's own view redraw it from here). */
  readonly announcements: AnnouncementReader;
}

/** How a card looks for this user alone (an invoke answer, a personal chat, a refreshed view). */
export function viewOptions(deps: UseCaseDeps, user: ActingUser): Promise<CardViewOptions> {
  return deps.viewFor(user);
}

/**
 * How a card posted into the conversation looks. In a personal chat: the user's own view. In a group
 * chat or channel everyone sees it, so (with user-specific views on) it is read-only, with a refresh
 * for the known administrators. The user's own view is still computed: it records an administrator.
 */
export async function messageViewOptions(deps: UseCaseDeps, turn: Turn): Promise<CardViewOptions> {
  const own = await viewOptions(deps, turn.user);
  if (turn.conversation.type === 'personal') return own;
  return { actionsVisible: false, refreshUserIds: deps.refreshUserIds() };
}

/**
 * An alert with its incidents for showing a card (may be up to a minute old, but never older than
 * `atLeast`: what the clicked card announced).
 */
export function readAlert(deps: UseCaseDeps, alertId: string, atLeast?: AlertVersion): Promise<AlertWithIncidents> {
  return deps.alertCache.get(deps.pim, alertId, atLeast);
}

/** The alert's current state from Graph, without its incidents (cheap: no incident paging). */
export async function currentAlert(deps: UseCaseDeps, alertId: string): Promise<Alert> {
  const alert = (await deps.pim.listAlerts()).find((item) => item.id === alertId);
  if (!alert) throw new AppError('notFound');
  return alert;
}

/** The triage marks (snooze, owner, break-glass, Entra links) for an alert card in this conversation. */
export function triageMarks(deps: UseCaseDeps, turn: Turn, alert: AlertWithIncidents, page = 0): Promise<AlertTriageMarks> {
  return alertTriageMarks(deps.triage, turn.conversation.id, alert, new Date(deps.now()), page);
}
