import type { CardPayload } from '../../cards/card-payload';
import { AppError } from '../../errors/app-error';
import { parseAcknowledgeData, riseFromAcknowledge, type AcknowledgeData } from '../../notifications/acknowledge-data';
import { renderNotificationCard } from '../../notifications/render-notification-card';
import type { AlertWithIncidents } from '../../pim/model';
import { type UseCaseDeps } from '../../use-cases/use-case-deps';
import { readActionData } from './action-data';

/** A notification's user-specific refresh: what it announced and the alert version it saw. */
export interface NotificationViewTarget {
  readonly notification: AcknowledgeData;
  readonly version: string;
}

/** Reads `{ notification, version }` strictly (the notification part as the "I'm on it" button does). */
export function parseNotificationView(data: object): NotificationViewTarget {
  const { notification, ...rest } = data as Record<string, unknown>;
  const { version } = readActionData(rest, { version: { kind: 'alertVersion' } });
  if (typeof version !== 'string') throw new AppError('invalidInput', { userMessage: 'This card did not say which alert version it showed.' });
  return { notification: parseAcknowledgeData(notification), version };
}

export interface NotificationRedraw {
  readonly alert: AlertWithIncidents;
  readonly data: AcknowledgeData;
  /** "Owner: … is on it", when someone is. */
  readonly ownerText: string | undefined;
  /** 'shared': the card everyone sees (administrators get a refresh to their own view); 'own': one user's view, never with a refresh block. */
  readonly audience: 'shared' | 'own';
  /** Write buttons (Dismiss, Refresh, Remediate): only in an administrator's own view. */
  readonly actionsVisible: boolean;
}

/** The notification drawn again from its data and the alert as it is now, with its owner and marks. */
export async function redrawNotification(deps: UseCaseDeps, redraw: NotificationRedraw): Promise<CardPayload> {
  const rise = riseFromAcknowledge(redraw.data, redraw.alert);
  const excludedIncidentIds = await deps.triage.matcher.excludedIncidentIds(rise.newIncidents);
  const extras = {
    excludedIncidentIds, links: deps.triage.links, newCount: redraw.data.newCount, actionsVisible: redraw.actionsVisible,
    ...(redraw.ownerText === undefined ? {} : { ownerText: redraw.ownerText }),
  };
  return renderNotificationCard(rise, redraw.audience === 'shared' ? deps.refreshUserIds() : undefined, extras);
}
