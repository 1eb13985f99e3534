import { renderAlertCard } from '../../cards/render-alert-card';
import { renderAlertList } from '../../cards/render-alert-list';
import { VERBS } from '../../cards/verbs';
import { AppError } from '../../errors/app-error';
import { readActionData } from './action-data';
import { parseNotificationView, postedNotification, redrawNotification, type NotificationViewTarget } from './notification-view';
import { ownerNotice } from '../../triage/alert-triage-marks';
import { cardRoute } from '../route';
import { parseAlertVersion } from '../../use-cases/alert-version';
import { readAlert, triageMarks, viewOptions } from '../../use-cases/use-case-deps';
import { cardResult } from '../../use-cases/use-case-result';

const SCHEMA = {
  alertId: { kind: 'alertId', optional: true },
  page: { kind: 'page', optional: true },
  compact: { kind: 'true', optional: true },
  scope: { kind: 'scopeAll', optional: true },
  version: { kind: 'alertVersion', optional: true },
} as const;

type AlertViewTarget = { readonly alertId: string; readonly page: number; readonly compact?: true; readonly version?: string };
type RefreshTarget = AlertViewTarget | { readonly scope: 'all' } | NotificationViewTarget;

function parseTarget(data: unknown): RefreshTarget {
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && 'notification' in data) {
    return parseNotificationView(data);
  }
  const fields = readActionData(data, SCHEMA);
  if (typeof fields.alertId === 'string' && typeof fields.page === 'number' && fields.scope === undefined) {
    const version = typeof fields.version === 'string' ? { version: fields.version } : {};
    return { alertId: fields.alertId, page: fields.page, ...(fields.compact === true ? { compact: true as const } : {}), ...version };
  }
  if (fields.scope === 'all' && Object.keys(fields).length === 1) return { scope: 'all' };
  throw new AppError('invalidInput', { userMessage: 'This card must name either one alert and page, or all alerts.' });
}

/**
 * A shared card's automatic refresh (user-specific views): the same card as this user may see it,
 * with write buttons only for administrators and never with a `refresh` block of its own (no loop).
 * A notification stays a notification (what rose, its owner, "I'm on it"), with the alert's write buttons.
 */
export const refreshViewAction = cardRoute({
  verb: VERBS.refreshView,
  access: 'read',
  parse: parseTarget,
  async handle(deps, turn, target) {
    const { actionsVisible } = await viewOptions(deps, turn.user);
    if ('scope' in target) return cardResult(renderAlertList(await deps.pim.listAlerts(), { actionsVisible, now: new Date(deps.now()) }));
    if ('notification' in target) {
      const posted = await postedNotification(deps, turn, target.notification.alertId);
      const owner = await ownerNotice(deps.triage, turn.conversation.id, posted.alert.id);
      return cardResult(await redrawNotification(deps, { ...posted, ownerText: owner, audience: 'own', actionsVisible }));
    }
    const alert = await readAlert(deps, target.alertId, parseAlertVersion(target.version));
    const view = { actionsVisible, now: new Date(deps.now()), page: target.page, compact: target.compact };
    return cardResult(renderAlertCard(alert, { ...view, triage: await triageMarks(deps, turn, alert, target.page) }));
  },
});
