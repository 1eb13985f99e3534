import type { OutgoingMessage } from '../cards/outgoing-message';
import type { CardPayload } from '../cards/card-payload';
import { escapeCardText, escapePlainCardText } from '../cards/escape-card-text';
import { renderTemplate } from '../cards/card-template';
import type { EntraLinks } from '../cards/entra-links';
import { incidentMarks, type ExcludedIncidents } from '../cards/incident-marks';
import { summarizeIncident } from '../cards/incident-summary';
import { severityStyle } from '../cards/severity-style';
import { withUserSpecificRefresh } from '../cards/user-specific-refresh';
import { formatAlertVersion } from '../use-cases/alert-version';
import type { IncidentRise } from './incident-rise';
import { acknowledgeData } from './acknowledge-data';

/** How many new incidents one notification lists; the rest are counted. */
export const MAX_LISTED_INCIDENTS = 10;

/** Triage facts shown on the card (all optional). */
export interface NotificationExtras {
  /** Incidents about excluded (break-glass) people: marked. */
  readonly excludedIncidentIds?: ExcludedIncidents;
  /** "Owner: … since …", escaped by the caller (set once someone clicked "I'm on it"). */
  readonly ownerText?: string;
  readonly links?: EntraLinks;
  /** How many incidents were new when it was first posted (a redraw lists only those still there). */
  readonly newCount?: number;
  /** An administrator's own view (user-specific refresh): Dismiss, Refresh and Remediate on the new incidents. */
  readonly actionsVisible?: boolean;
}

/**
 * The proactive card for a rise: what rose, the new incidents by name, an Open alert button and an
 * "I'm on it" button (any reader may take ownership; the card then shows the owner to everyone).
 * It goes to every subscriber alike, so it carries no write buttons; the known administrators
 * (`refreshUserIds`, at most 60 MRIs) get a user-specific view instead: Teams asks `card.refreshView`
 * for it, which answers with this same notification (owner and "I'm on it" included) plus their write
 * buttons, and no refresh block.
 */
export function renderNotification(rise: IncidentRise, refreshUserIds?: readonly string[], extras: NotificationExtras = {}): OutgoingMessage {
  const { alert } = rise;
  const name = alert.definition?.displayName ?? alert.alertKey ?? alert.id;
  // One activity, one card: the line a notification toast shows goes into the activity's summary, not a text post.
  return { card: renderNotificationCard(rise, refreshUserIds, extras), summary: `${escapePlainCardText(name)}: ${changeText(rise)}` };
}

/** The notification's card alone (also redrawn when someone clicks "I'm on it"). */
export function renderNotificationCard(rise: IncidentRise, refreshUserIds?: readonly string[], extras: NotificationExtras = {}): CardPayload {
  const { alert } = rise;
  const name = alert.definition?.displayName ?? alert.alertKey ?? alert.id;
  const severity = severityStyle(alert.definition?.severityLevel);
  const listed = rise.newIncidents.slice(0, MAX_LISTED_INCIDENTS);
  const newCount = Math.max(extras.newCount ?? 0, rise.newIncidents.length);
  const more = newCount - listed.length;
  const writable = extras.actionsVisible === true && alert.isActive;
  const announced = { ...acknowledgeData(rise), newCount };
  const card = renderTemplate('notification-incidents', {
    headline: 'PIM alert got worse',
    name: escapeCardText(name, 200),
    severityText: severity.text,
    severityBadge: severity.badgeStyle,
    changeText: changeText(rise),
    owner: extras.ownerText ? [{ text: extras.ownerText }] : [],
    incidentsHeading: newCount > 0 ? `New incidents (${newCount})` : 'No new incidents listed',
    incidents: listed.map((incident) => {
      const summary = summarizeIncident(incident);
      return {
        subject: escapeCardText(summary.subject, 300),
        details: escapeCardText(summary.details.join(' · '), 500),
        ...incidentMarks(incident, extras.excludedIncidentIds, extras.links),
        remediate: writable ? [{ alertId: alert.id, incidentId: incident.id }] : [],
      };
    }),
    more: more > 0 ? [{ text: `…and ${more} more. Refresh the alert to see them all.` }] : [],
    open: { alertId: alert.id, version: formatAlertVersion(alert) },
    acknowledge: [announced],
    dismiss: writable ? [{ alertId: alert.id }] : [],
    refresh: extras.actionsVisible === true ? [{ alertId: alert.id }] : [],
    portal: extras.links ? [{ url: extras.links.pimAlerts() }] : [],
  });
  return withUserSpecificRefresh(card, { notification: announced, version: formatAlertVersion(alert) }, refreshUserIds);
}

const incidents = (count: number): string => `${count} incident${count === 1 ? '' : 's'}`;

function changeText(rise: IncidentRise): string {
  if (rise.becameActive && rise.fromCount >= rise.toCount) return `The alert became active with ${incidents(rise.toCount)}.`;
  if (rise.toCount <= rise.fromCount) return swapText(rise);
  const prefix = rise.becameActive ? 'The alert became active: ' : 'Incidents rose: ';
  return `${prefix}${rise.fromCount} → ${incidents(rise.toCount)}.`;
}

/** New incidents while the count stayed or fell: others were resolved in the same scan. */
function swapText(rise: IncidentRise): string {
  const added = rise.newIncidents.length;
  const gone = rise.fromCount + added - rise.toCount;
  return `${added} new incident${added === 1 ? '' : 's'} (${rise.fromCount} → ${incidents(rise.toCount)}; ${gone} no longer listed).`;
}
