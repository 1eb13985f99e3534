import { INCIDENT_PAGE_SIZE } from '../cards/incident-page';
import type { AlertTriageMarks } from '../cards/incident-marks';
import { channelRoot } from '../notifications/storage-keys';
import type { AlertWithIncidents } from '../pim/model';
import type { TriageServices } from './triage-services';
import { ownerText, snoozeText } from './triage-text';

/**
 * The triage marks of `alert` as seen in `conversationId`.
 * Exclusions are checked for the incidents of the shown page only (group checks cost a Graph call each).
 */
export async function alertTriageMarks(
  triage: TriageServices, conversationId: string, alert: AlertWithIncidents, now: Date, page = 0,
): Promise<AlertTriageMarks> {
  const start = Math.max(0, Math.floor(page)) * INCIDENT_PAGE_SIZE;
  const [snooze, owner, excludedIncidentIds] = await Promise.all([
    triage.snoozes.active(alert.id, now),
    ownerNotice(triage, conversationId, alert.id),
    triage.matcher.excludedIncidentIds(alert.incidents.slice(start, start + INCIDENT_PAGE_SIZE)),
  ]);
  const notices = [snooze ? snoozeText(snooze) : undefined, owner].filter((text): text is string => text !== undefined);
  return { notices, excludedIncidentIds, links: triage.links };
}

/** "Owner: … is on it (since …)" for the alert in this conversation (a channel's threads share the channel's owner). */
export async function ownerNotice(triage: TriageServices, conversationId: string, alertId: string): Promise<string | undefined> {
  const owner = await triage.owners.get(channelRoot(conversationId), alertId);
  return owner ? ownerText(owner) : undefined;
}
