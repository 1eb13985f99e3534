import type { AlertWithIncidents } from '../pim/model';

/**
 * The alert as it is after `incidentIds` were remediated, before Graph's next read shows it: those
 * incidents gone and the count that every part of a card shows (the Incidents fact, the description's
 * "{0} …", the list heading) equal to the incidents that are left.
 */
export function withoutIncidents(alert: AlertWithIncidents, incidentIds: readonly string[]): AlertWithIncidents {
  const gone = new Set(incidentIds);
  const incidents = alert.incidents.filter((incident) => !gone.has(incident.id));
  return { ...alert, incidents, incidentCount: incidents.length };
}
