import type { AlertIncident } from '../pim/model';
import type { EntraLinks, IncidentLink } from './entra-links';

/** What an incident row carries besides its text: the break-glass mark and Entra deep links. */
export interface IncidentMarks {
  readonly marks: readonly { readonly text: string }[];
  readonly links: readonly { readonly actions: readonly IncidentLink[] }[];
}

/** What an alert card shows of triage: snooze and owner lines (already escaped), break-glass marks, Entra links. */
export interface AlertTriageMarks {
  readonly notices: readonly string[];
  readonly excludedIncidentIds: ReadonlySet<string>;
  readonly links?: EntraLinks;
}

export const EXCLUDED_MARK = 'Excluded (break-glass)';

export function incidentMarks(incident: AlertIncident, excluded: ReadonlySet<string> | undefined, links: EntraLinks | undefined): IncidentMarks {
  const actions = links ? links.incidentLinks(incident) : [];
  return {
    marks: excluded?.has(incident.id) ? [{ text: EXCLUDED_MARK }] : [],
    links: actions.length > 0 ? [{ actions }] : [],
  };
}
