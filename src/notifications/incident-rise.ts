import type { Alert, AlertIncident, AlertWithIncidents } from '../pim/model';

/** What the watcher remembers of one alert between polls. */
export interface AlertState {
  readonly incidentCount: number;
  readonly isActive: boolean;
  readonly incidentIds: readonly string[];
  /**
   * The alert's `lastModifiedDateTime` as listed: Graph moves it when a scan changes the alert's
   * incidents (https://learn.microsoft.com/graph/how-to-pim-alerts), so a swap that keeps the count still shows here. Absent in snapshots
   * written before it was recorded: such an alert is read once more.
   */
  readonly lastModifiedDateTime?: string | null;
}

/** An alert that got worse since the last poll: more incidents, incidents not seen before, or it became active. */
export interface IncidentRise {
  readonly alert: AlertWithIncidents;
  readonly fromCount: number;
  readonly toCount: number;
  readonly becameActive: boolean;
  readonly newIncidents: readonly AlertIncident[];
}

const NOTHING: AlertState = { incidentCount: 0, isActive: false, incidentIds: [] };

/**
 * The rise from `previous` to `current`, or undefined when the alert did not get worse. Incidents are
 * compared by id, so one remediated and one new in the same scan (equal count) is still a rise.
 */
export function detectRise(previous: AlertState | undefined, current: AlertWithIncidents): IncidentRise | undefined {
  const before = previous ?? NOTHING;
  const becameActive = current.isActive && !before.isActive;
  const known = new Set(before.incidentIds);
  const newIncidents = current.incidents.filter((incident) => !known.has(incident.id));
  const rose = current.incidentCount > before.incidentCount || newIncidents.length > 0;
  if (!current.isActive || (!rose && !becameActive)) return undefined;
  return { alert: current, fromCount: before.incidentCount, toCount: current.incidentCount, becameActive, newIncidents };
}

/** True when the list entry differs from the stored state in a way that needs the alert's incidents. */
export function needsIncidents(previous: AlertState | undefined, listed: Pick<Alert, 'incidentCount' | 'isActive' | 'lastModifiedDateTime'>): boolean {
  if (!previous) return listed.incidentCount > 0 || listed.isActive;
  return previous.incidentCount !== listed.incidentCount
    || previous.isActive !== listed.isActive
    || (listed.incidentCount > 0 && previous.lastModifiedDateTime !== listed.lastModifiedDateTime);
}

/** What is remembered of an alert read with its incidents. */
export function stateOf(listed: Alert, incidents: readonly AlertIncident[]): AlertState {
  return { incidentCount: listed.incidentCount, isActive: listed.isActive, incidentIds: incidents.map((incident) => incident.id), lastModifiedDateTime: listed.lastModifiedDateTime };
}
