import type { Alert } from '../pim/model';
import { alertHeadline, type AlertHeadline } from './alert-headline';
import { alertScopeName, isAzureScope } from './alert-scope';
import type { CardPayload } from './card-payload';
import { escapeCardText } from './escape-card-text';
import { renderTemplate } from './card-template';
import type { CardViewOptions } from './render-alert-card';
import { severityStyle } from './severity-style';
import { withUserSpecificRefresh } from './user-specific-refresh';

export interface AlertListOptions extends CardViewOptions {
  readonly now: Date;
  /** The watcher cannot watch (watch health): said above the list, so it does not look like all is quiet. */
  readonly notWatching?: string;
  /** One note per Azure subscription the bot could not read (escaped markdown): its alerts in the list are the last known. */
  readonly unreadScopes?: readonly string[];
}

export interface AlertGroup {
  /** The scope's heading (one line), none when the list has no Azure alerts. */
  readonly headings: readonly { readonly text: string }[];
  readonly rows: readonly AlertHeadline[];
}

export interface AlertListData {
  readonly summary: string;
  /** One line when the watcher cannot watch, one per Azure subscription not read; none while all is read. */
  readonly watchNotes: readonly { readonly text: string }[];
  /** Active rows grouped by scope: the directory first, then each Azure subscription by name; one untitled group without Azure alerts. */
  readonly activeGroups: readonly AlertGroup[];
  readonly emptyNotes: readonly { readonly text: string }[];
  /** The inactive alerts, folded: "Show N …" unfolds them in place (and becomes "Hide"); each row opens its alert. */
  readonly inactiveGroup: readonly { readonly showTitle: string; readonly rows: readonly AlertHeadline[] }[];
  readonly refreshAll: readonly object[];
}

/** Most severe first, then most incidents, then by name. */
export function sortAlerts(alerts: readonly Alert[]): Alert[] {
  return [...alerts].sort((a, b) =>
    severityStyle(a.definition?.severityLevel).rank - severityStyle(b.definition?.severityLevel).rank ||
    b.incidentCount - a.incidentCount ||
    (a.definition?.displayName ?? a.id).localeCompare(b.definition?.displayName ?? b.id));
}

/**
 * Every alert: active ones as rows; inactive ones (dismissed, or without incidents since the last scan)
 * folded behind one "Show N …" button that unfolds them in the card itself (Action.ToggleVisibility, no
 * round trip) and turns into "Hide"; their rows open the alert like active ones.
 */
export function renderAlertList(alerts: readonly Alert[], options: AlertListOptions): CardPayload {
  return withUserSpecificRefresh(renderTemplate('alert-list', alertListData(alerts, options)), { scope: 'all' }, options.refreshUserIds);
}

export function alertListData(alerts: readonly Alert[], options: AlertListOptions): AlertListData {
  const sorted = sortAlerts(alerts);
  const activeAlerts = sorted.filter((alert) => alert.isActive);
  const active = activeAlerts.map((alert) => alertHeadline(alert, options.now));
  const inactive = sorted.filter((alert) => !alert.isActive);
  const dismissed = inactive.filter((alert) => alert.incidentCount > 0).length;
  const counts = [`${dismissed} dismissed`, `${inactive.length - dismissed} without incidents`];
  const incidents = sorted.filter((alert) => alert.isActive).reduce((sum, alert) => sum + alert.incidentCount, 0);
  return {
    summary: `${active.length} active (${incidents.toLocaleString('en-US')} incidents), ${counts.join(', ')}. Select an alert for details.`,
    watchNotes: [...(options.notWatching === undefined ? [] : [options.notWatching]), ...(options.unreadScopes ?? [])].map((text) => ({ text })),
    activeGroups: groupByScope(activeAlerts, options.now),
    emptyNotes: active.length === 0 ? [{ text: 'No active alerts.' }] : [],
    inactiveGroup: inactive.length === 0 ? [] : [{ showTitle: inactiveTitle(inactive.length, dismissed), rows: inactive.map((alert) => alertHeadline(alert, options.now)) }],
    refreshAll: options.actionsVisible ? [{}] : [],
  };
}

/** One group per scope, titled only when some alert is about an Azure subscription (escaped titles). */
function groupByScope(alerts: readonly Alert[], now: Date): AlertGroup[] {
  if (alerts.length === 0) return [];
  if (!alerts.some(isAzureScope)) return [{ headings: [], rows: alerts.map((alert) => alertHeadline(alert, now)) }];
  const names = [...new Set(alerts.map(alertScopeName))];
  const directory = alerts.find((alert) => !isAzureScope(alert));
  const ordered = [...(directory ? [alertScopeName(directory)] : []), ...names.filter((name) => !directory || name !== alertScopeName(directory)).sort((a, b) => a.localeCompare(b))];
  return ordered.map((name) => ({
    headings: [{ text: escapeCardText(name, 300) }],
    rows: alerts.filter((alert) => alertScopeName(alert) === name).map((alert) => alertHeadline(alert, now)),
  }));
}

function inactiveTitle(total: number, dismissed: number): string {
  if (dismissed === total) return `Show ${total} dismissed`;
  if (dismissed === 0) return `Show ${total} without incidents`;
  return `Show ${total} inactive (${dismissed} dismissed, ${total - dismissed} without incidents)`;
}
