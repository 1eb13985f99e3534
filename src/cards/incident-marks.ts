import type { Alert, AlertIncident } from '../pim/model';
import type { IncidentLink } from './entra-links';
import type { PortalLinks } from './portal-links';

/** What an incident row carries besides its text: the break-glass mark and portal deep links. */
export interface IncidentMarks {
  readonly marks: readonly { readonly text: string }[];
  readonly links: readonly { readonly actions: readonly IncidentLink[] }[];
}

/** What an alert card shows of triage: snooze and owner lines (already escaped), break-glass marks, Entra links. */
export interface AlertTriageMarks {
  readonly notices: readonly string[];
  readonly excludedIncidentIds: ExcludedIncidents;
  readonly links?: PortalLinks;
}

/**
 * Incidents about excluded (break-glass) people; `unchecked` lists those whose group exclusions could not be
 * checked (the Graph membership lookup failed), so the card says so instead of treating them as not excluded.
 */
export interface ExcludedIncidents extends ReadonlySet<string> {
  readonly unchecked?: ReadonlySet<string>;
}

export const EXCLUDED_MARK = 'Excluded (break-glass)';
export const EXCLUSION_UNCHECKED_MARK = 'Exclusion not checked: the group lookup in Microsoft Graph failed (see the bot\'s log)';

export function incidentMarks(alert: Alert, incident: AlertIncident, excluded: ExcludedIncidents | undefined, links: PortalLinks | undefined): IncidentMarks {
  const actions = links ? links.incidentLinks(alert, incident) : [];
  return {
    marks: exclusionMarks(incident.id, excluded),
    links: actions.length > 0 ? [{ actions }] : [],
  };
}

/** The break-glass mark of one incident: excluded, not checked (the group lookup failed), or none. */
export function exclusionMarks(incidentId: string, excluded: ExcludedIncidents | undefined): IncidentMarks['marks'] {
  if (excluded?.has(incidentId)) return [{ text: EXCLUDED_MARK }];
  return excluded?.unchecked?.has(incidentId) ? [{ text: EXCLUSION_UNCHECKED_MARK }] : [];
}
