import type { Alert } from '../pim/model';
import { alertHeadline, type AlertHeadline } from './alert-headline';
import type { CardPayload } from './card-payload';
import { renderTemplate } from './card-template';
import type { CardViewOptions } from './render-alert-card';
import { severityStyle } from './severity-style';
import { withUserSpecificRefresh } from './user-specific-refresh';

export interface AlertListOptions extends CardViewOptions {
  readonly now: Date;
}

export interface AlertListData {
  readonly summary: string;
  readonly active: readonly AlertHeadline[];
  readonly emptyNotes: readonly { readonly text: string }[];
  readonly dismissedGroup: readonly { readonly title: string; readonly rows: readonly AlertHeadline[] }[];
  readonly refreshAll: readonly object[];
}

/** Most severe first, then most incidents, then by name. */
export function sortAlerts(alerts: readonly Alert[]): Alert[] {
  return [...alerts].sort((a, b) =>
    severityStyle(a.definition?.severityLevel).rank - severityStyle(b.definition?.severityLevel).rank ||
    b.incidentCount - a.incidentCount ||
    (a.definition?.displayName ?? a.id).localeCompare(b.definition?.displayName ?? b.id));
}

/** Every alert: active ones as rows, dismissed ones collapsed behind a "Show N dismissed" button. */
export function renderAlertList(alerts: readonly Alert[], options: AlertListOptions): CardPayload {
  return withUserSpecificRefresh(renderTemplate('alert-list', alertListData(alerts, options)), { scope: 'all' }, options.refreshUserIds);
}

export function alertListData(alerts: readonly Alert[], options: AlertListOptions): AlertListData {
  const sorted = sortAlerts(alerts);
  const active = sorted.filter((alert) => alert.isActive).map((alert) => alertHeadline(alert, options.now));
  const dismissed = sorted.filter((alert) => !alert.isActive).map((alert) => alertHeadline(alert, options.now));
  const incidents = sorted.filter((alert) => alert.isActive).reduce((sum, alert) => sum + alert.incidentCount, 0);
  return {
    summary: `${active.length} active (${incidents.toLocaleString('en-US')} incidents), ${dismissed.length} dismissed. Select an alert for details.`,
    active,
    emptyNotes: active.length === 0 ? [{ text: 'No active alerts.' }] : [],
    dismissedGroup: dismissed.length === 0 ? [] : [{ title: `Show ${dismissed.length} dismissed`, rows: dismissed }],
    refreshAll: options.actionsVisible ? [{}] : [],
  };
}
