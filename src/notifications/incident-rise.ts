import type { AlertIncident, AlertWithIncidents } from '../pim/model';

/** What the watcher remembers of one alert between polls. */
export interface AlertState {
  readonly incidentCount: number;
  readonly isActive: boolean;
  readonly incidentIds: readonly string[];
}

/** An alert that got worse since the last poll: more incidents, or it became active. */
export interface IncidentRise {
  readonly alert: AlertWithIncidents;
  readonly fromCount: number;
  readonly toCount: number;
  readonly becameActive: boolean;
  readonly newIncidents: readonly AlertIncident[];
}

const NOTHING: AlertState = { incidentCount: 0, isActive: false, incidentIds: [] };

/** The rise from `previous` to `current`, or undefined when the alert did not get worse. */
export function detectRise(previous: AlertState | undefined, current: AlertWithIncidents): IncidentRise | undefined {
  const before = previous ?? NOTHING;
  const becameActive = current.isActive && !before.isActive;
  const rose = current.incidentCount > before.incidentCount;
  if (!current.isActive || (!rose && !becameActive)) return undefined;
  const known = new Set(before.incidentIds);
  return {
    alert: current,
    fromCount: before.incidentCount,
    toCount: current.incidentCount,
    becameActive,
    newIncidents: current.incidents.filter((incident) => !known.has(incident.id)),
  };
}

/** True when the list entry differs from the stored state in a way that needs the alert's incidents. */
export function needsIncidents(previous: AlertState | undefined, incidentCount: number, isActive: boolean): boolean {
  if (!previous) return incidentCount > 0 || isActive;
  return previous.incidentCount !== incidentCount || previous.isActive !== isActive;
}
