import { alertScopeName, isAzureScope } from '../cards/alert-scope';
import type { OutgoingMessage } from '../cards/outgoing-message';
import type { CardPayload } from '../cards/card-payload';
import { escapeCardText, escapePlainCardText } from '../cards/escape-card-text';
import { renderTemplate } from '../cards/card-template';
import { portalButtons, type PortalLinks } from '../cards/portal-links';
import { exclusionMarks, type ExcludedIncidents } from '../cards/incident-marks';
import { severityStyle } from '../cards/severity-style';
import { withUserSpecificRefresh } from '../cards/user-specific-refresh';
import type { Alert } from '../pim/model';
import { exclusionsNow, type NotificationAnnouncement } from './announcement';

/** Triage facts shown on the card (all optional). */
export interface NotificationExtras {
  /** Incidents about excluded (break-glass) people now (marked, as are those excluded when it was posted). */
  readonly excludedIncidentIds?: ExcludedIncidents;
  /** "Owner: … since …", escaped by the caller (set once someone clicked "I'm on it"). */
  readonly ownerText?: string;
  readonly links?: PortalLinks;
  /** An administrator's own view (user-specific refresh): Dismiss and Refresh. */
  readonly actionsVisible?: boolean;
}

/** What the "I'm on it" button and the user-specific refresh send: only which alert; the rest is stored. */
export interface NotificationButtonData {
  readonly alertId: string;
}

/** Which broadcast a posted notification belongs to (recorded with its activity id, see src/bot/sent-message-store.ts). */
export interface NotificationPost {
  readonly broadcastId: string;
  readonly refreshUserIds?: readonly string[];
  readonly links?: PortalLinks;
}

/**
 * The proactive card for a rise, compact: headline, what changed, the new incidents as one-line rows
 * (at most a few; "…and N more" points at Open alert), the total, and the actions: Open alert and
 * "I'm on it" (any reader may take ownership; the card then shows the owner to everyone). It goes to
 * every subscriber alike, so it carries no write buttons; the known administrators (`refreshUserIds`,
 * at most 60 MRIs) get a user-specific view with Dismiss and Refresh instead.
 */
export function renderNotification(alert: Alert, announcement: NotificationAnnouncement, post: NotificationPost): OutgoingMessage {
  const name = alert.definition?.displayName ?? alert.alertKey ?? alert.id;
  const scope = isAzureScope(alert) ? ` (${alert.scopeDisplayName ?? alertScopeName(alert)})` : '';
  const extras = post.links ? { links: post.links } : {};
  // One activity, one card: the line a notification toast shows goes into the activity's summary, not a text post.
  return {
    card: renderNotificationCard(alert, announcement, post.refreshUserIds, extras),
    summary: `${escapePlainCardText(`${name}${scope}`)}: ${changeText(announcement)}`,
    origin: { kind: 'notification', alertId: alert.id, broadcastId: post.broadcastId },
  };
}

/** The notification's card alone (also drawn again, from its stored announcement, when someone clicks "I'm on it"). */
export function renderNotificationCard(
  alert: Alert, announcement: NotificationAnnouncement, refreshUserIds?: readonly string[], extras: NotificationExtras = {},
): CardPayload {
  const name = alert.definition?.displayName ?? alert.alertKey ?? alert.id;
  const severity = severityStyle(alert.definition?.severityLevel);
  const { newCount, incidents: listed } = announcement;
  const more = newCount - listed.length;
  const writable = extras.actionsVisible === true && alert.isActive;
  const button: NotificationButtonData = { alertId: alert.id };
  const marks = exclusionsNow(listed, extras.excludedIncidentIds);
  const card = renderTemplate('notification-incidents', {
    headline: 'PIM alert got worse',
    name: escapeCardText(name, 200),
    scopeLines: isAzureScope(alert) ? [{ text: escapeCardText(alertScopeName(alert), 300) }] : [],
    severityText: severity.text,
    severityBadge: severity.badgeStyle,
    changeText: changeText(announcement),
    owner: extras.ownerText ? [{ text: extras.ownerText }] : [],
    incidentsHeading: newCount > 0 ? `New incidents (${newCount})` : 'No new incidents listed',
    incidents: listed.map((incident) => ({
      text: rowText(incident.subject, incident.details),
      marks: exclusionMarks(incident.id, marks),
    })),
    more: more > 0 ? [{ text: `…and ${more} more: Open alert lists them all.` }] : [],
    total: `Open now: ${incidentsText(announcement.toCount)}.`,
    open: { alertId: alert.id, version: announcement.version },
    acknowledge: [button],
    dismiss: writable ? [{ alertId: alert.id }] : [],
    refresh: extras.actionsVisible === true ? [{ alertId: alert.id }] : [],
    portal: portalButtons(alert, extras.links),
  });
  return withUserSpecificRefresh(card, { notification: button, version: announcement.version }, refreshUserIds);
}

/** One compact row: who (bold) and the evidence on the same line. */
function rowText(subject: string, details: string): string {
  const who = `**${escapeCardText(subject, 300)}**`;
  return details === '' ? who : `${who} · ${escapeCardText(details, 300)}`;
}

const incidentsText = (count: number): string => `${count} incident${count === 1 ? '' : 's'}`;

function changeText(announced: NotificationAnnouncement): string {
  if (announced.becameActive && announced.fromCount >= announced.toCount) return `The alert became active with ${incidentsText(announced.toCount)}.`;
  if (announced.toCount <= announced.fromCount) return swapText(announced);
  const prefix = announced.becameActive ? 'The alert became active: ' : 'Incidents rose: ';
  return `${prefix}${announced.fromCount} → ${incidentsText(announced.toCount)}.`;
}

/** New incidents while the count stayed or fell: others were resolved in the same scan. */
function swapText(announced: NotificationAnnouncement): string {
  const added = announced.newCount;
  const gone = announced.fromCount + added - announced.toCount;
  return `${added} new incident${added === 1 ? '' : 's'} (${announced.fromCount} → ${incidentsText(announced.toCount)}; ${gone} no longer listed).`;
}
