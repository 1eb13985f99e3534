import { AppError } from '../errors/app-error';
import { isAlertId } from '../pim/ids';
import type { NotificationButtonData } from './render-notification-card';

/** Keys that notifications posted before the announcement was stored also sent: accepted, never read. */
const LEGACY_KEYS = ['fromCount', 'toCount', 'becameActive', 'newCount', 'incidentIds'];
const invalid = (): AppError => new AppError('invalidInput', { userMessage: 'This button sent no usable notification data.' });

/**
 * Strict reader of the "I'm on it" button's data: the alert id and nothing else that is used. Counts and
 * names are never taken from a click: the redraw reads what the notification stated from its stored broadcast.
 */
export function parseAcknowledgeData(data: unknown): NotificationButtonData {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw invalid();
  const record = data as Record<string, unknown>;
  if (!Object.keys(record).every((key) => key === 'alertId' || LEGACY_KEYS.includes(key))) throw invalid();
  if (!isAlertId(record.alertId)) throw invalid();
  return { alertId: record.alertId };
}
