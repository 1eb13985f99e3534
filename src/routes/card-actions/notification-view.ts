import type { CardPayload } from '../../cards/card-payload';
import { AppError } from '../../errors/app-error';
import { parseAcknowledgeData } from '../../notifications/acknowledge-data';
import type { NotificationAnnouncement } from '../../notifications/announcement';
import { renderNotificationCard, type NotificationButtonData } from '../../notifications/render-notification-card';
import type { AlertWithIncidents } from '../../pim/model';
import { parseAlertVersion } from '../../use-cases/alert-version';
import type { Turn } from '../../use-cases/turn';
import { readAlert, type UseCaseDeps } from '../../use-cases/use-case-deps';
import { readActionData } from './action-data';

/** A notification's user-specific refresh: which alert, and the alert version it saw (not trusted: the stored one is used). */
export interface NotificationViewTarget {
  readonly notification: NotificationButtonData;
  readonly version: string;
}

/** Reads `{ notification, version }` strictly (the notification part as the "I'm on it" button does). */
export function parseNotificationView(data: object): NotificationViewTarget {
  const { notification, ...rest } = data as Record<string, unknown>;
  const { version } = readActionData(rest, { version: { kind: 'alertVersion' } });
  if (typeof version !== 'string') throw new AppError('invalidInput', { userMessage: 'This card did not say which alert version it showed.' });
  return { notification: parseAcknowledgeData(notification), version };
}

/** A notification the bot posted here about that alert: what it stated, and the alert read at least as new as it announced. */
export interface PostedNotification {
  readonly announcement: NotificationAnnouncement;
  readonly alert: AlertWithIncidents;
}

/**
 * The notification behind a click: the clicked message must be one the bot posted here as a notification
 * for `alertId` (recorded when sent), else nothing is redrawn; the alert is read as Open alert reads it,
 * never older than the version the notification announced.
 */
export async function postedNotification(deps: UseCaseDeps, turn: Turn, alertId: string): Promise<PostedNotification> {
  const announcement = turn.sourceMessageId === undefined ? undefined : await deps.announcements.find(turn.conversation.id, turn.sourceMessageId, alertId);
  if (!announcement) {
    throw new AppError('invalidInput', { userMessage: 'This button is not on a notification I posted about this alert here. Type "alerts" for a fresh card.' });
  }
  return { announcement, alert: await readAlert(deps, alertId, parseAlertVersion(announcement.version)) };
}

export interface NotificationRedraw extends PostedNotification {
  /** "Owner: … is on it", when someone is. */
  readonly ownerText: string | undefined;
  /** 'shared': the card everyone sees (administrators get a refresh to their own view); 'own': one user's view, never with a refresh block. */
  readonly audience: 'shared' | 'own';
  /** Write buttons (Dismiss, Refresh): only in an administrator's own view. */
  readonly actionsVisible: boolean;
}

/** The notification drawn again as it was stated (counts and rows from its broadcast), with its owner and today's marks. */
export async function redrawNotification(deps: UseCaseDeps, redraw: NotificationRedraw): Promise<CardPayload> {
  const listed = new Set(redraw.announcement.incidents.map((incident) => incident.id));
  const excludedIncidentIds = await deps.triage.matcher.excludedIncidentIds(redraw.alert.incidents.filter((incident) => listed.has(incident.id)));
  const extras = {
    excludedIncidentIds, links: deps.triage.links, actionsVisible: redraw.actionsVisible,
    ...(redraw.ownerText === undefined ? {} : { ownerText: redraw.ownerText }),
  };
  return renderNotificationCard(redraw.alert, redraw.announcement, redraw.audience === 'shared' ? deps.refreshUserIds() : undefined, extras);
}
