import { alertTypeInfo } from '../pim/alert-catalog';
import type { Alert } from '../pim/model';
import { alertScopeName, isAzureScope } from './alert-scope';
import { escapeCardText, escapePlainCardText } from './escape-card-text';
import { formatRelativeTime } from './relative-time';
import { severityStyle } from './severity-style';

/** The fields every alert card and list row shows, escaped and formatted. */
export interface AlertHeadline {
  readonly alertId: string;
  readonly name: string;
  readonly severityText: string;
  readonly severityColor: string;
  /** Container style of the severity badge (readable in light, dark and high-contrast themes). */
  readonly severityBadge: string;
  readonly statusText: string;
  readonly incidentCountText: string;
  readonly lastScanned: string;
  /** Where the alert is, for Azure resource alerts (one line: `Azure subscription Contoso Production (…)`); none for the directory. */
  readonly scopeLines: readonly { readonly text: string }[];
}

/** The alert's display name, falling back to its short key or id (unescaped). */
export function alertDisplayName(alert: Alert): string {
  if (alert.definition?.displayName) return alert.definition.displayName;
  return alert.alertKey === null ? alert.id : alertTypeInfo(alert.alertKey).shortKey;
}

/**
 * The alert's name as a line of text names it: the display name, and for an Azure alert its subscription
 * (`Too many owners assigned to a resource (Contoso Production)`), since the same type is raised in each one. Unescaped.
 */
export function alertNameInScope(alert: Alert): string {
  if (!isAzureScope(alert)) return alertDisplayName(alert);
  return `${alertDisplayName(alert)} (${alert.scopeDisplayName ?? `subscription ${alert.scopeId.split('/').pop() ?? ''}`})`;
}

export function alertHeadline(alert: Alert, now: Date): AlertHeadline {
  const severity = severityStyle(alert.definition?.severityLevel);
  return {
    alertId: escapePlainCardText(alert.id, 300),
    name: escapeCardText(alertDisplayName(alert), 300),
    severityText: severity.text,
    severityColor: severity.color,
    severityBadge: severity.badgeStyle,
    statusText: alertStatusText(alert),
    incidentCountText: alert.incidentCount.toLocaleString('en-US'),
    lastScanned: formatRelativeTime(alert.lastScannedDateTime, now),
    scopeLines: isAzureScope(alert) ? [{ text: escapeCardText(alertScopeName(alert), 300) }] : [],
  };
}

/**
 * Active; Dismissed (inactive while incidents remain: someone dismissed it); or No incidents (inactive
 * because the last scan found nothing: Graph reports `isActive: false` with 0 incidents, https://learn.microsoft.com/graph/how-to-pim-alerts).
 */
export function alertStatusText(alert: Alert): string {
  if (alert.isActive) return 'Active';
  return alert.incidentCount > 0 ? 'Dismissed' : 'No incidents';
}
