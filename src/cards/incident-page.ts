import type { AlertWithIncidents } from '../pim/model';
import { alertTypeInfo } from '../pim/alert-catalog';
import { escapeCardText, escapePlainCardText } from './escape-card-text';
import { incidentMarks, type AlertTriageMarks, type IncidentMarks } from './incident-marks';
import { summarizeIncident } from './incident-summary';
import { MAX_BULK_REMEDIATION } from '../use-cases/card-selection';

/** Incidents per card page: keeps every alert card far below the Teams size limit. */
export const INCIDENT_PAGE_SIZE = 10;

export interface IncidentRow extends IncidentMarks {
  readonly subject: string;
  readonly details: string;
  readonly remediate: readonly { readonly alertId: string; readonly incidentId: string; readonly page: number }[];
  /** The row's "Select" toggle (Input.Toggle `pick<n>`, value the incident id) for Remediate selected; `value` ticks it (the id) or not (''). */
  readonly pick: readonly { readonly id: string; readonly incidentId: string; readonly value: string }[];
}

/** Remediate selected: the alert, the page, and `picked`, the ids selected on other pages (this page's are its toggles). */
type BulkLink = { readonly alertId: string; readonly page: number; readonly picked: readonly string[] };
/** A Previous/Next button: as BulkLink, and whether the card shows the incidents only (kept while paging). */
type PageLink = BulkLink & { readonly compact: boolean };

export interface IncidentPageData {
  readonly page: number;
  readonly incidentsHeading: string;
  readonly incidents: readonly IncidentRow[];
  /** "Remediate selected" under the list, where incidents can be remediated. */
  readonly bulk: readonly BulkLink[];
  /** Under it, when there are several pages or a selection: how many are selected, and that paging keeps them. */
  readonly bulkNote: readonly { readonly text: string }[];
  readonly pager: readonly { readonly previous: readonly PageLink[]; readonly next: readonly PageLink[] }[];
}

/** How many are selected (on every page: Previous/Next carry them), the limit, and the chat command that does the same. */
function bulkNote(alert: AlertWithIncidents, selected: number, elsewhere: number, pages: number): string {
  const count = `**${selected.toLocaleString('en-US')} selected**${elsewhere > 0 ? ` (${elsewhere.toLocaleString('en-US')} on other pages)` : ''}`;
  if (selected > MAX_BULK_REMEDIATION) {
    return `${count}: Remediate selected acts on at most ${MAX_BULK_REMEDIATION} at once; untick ${selected - MAX_BULK_REMEDIATION}.`;
  }
  if (pages === 1) return `${count}.`;
  const name = alert.alertKey ? alertTypeInfo(alert.alertKey).shortKey : 'the alert';
  return `${count}. Previous and Next keep what you select; Remediate selected acts on every page's selection (at most ${MAX_BULK_REMEDIATION}), `
    + `as does typing **remediate ${escapeCardText(name, 80)}** followed by names or UPNs, separated by commas.`;
}

/** The id of the n-th row's Select toggle on a page: `pick0` … `pick9`. */
export const pickInputId = (index: number): string => `pick${index}`;

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / INCIDENT_PAGE_SIZE));
}

/**
 * The incidents of one page (clamped to the pages that exist), with Remediate and paging links. `selected`: the
 * incident ids selected (checked against the alert by the caller): this page's are drawn ticked, the others carried.
 */
export function incidentPageData(
  alert: AlertWithIncidents, requestedPage: number, actionsVisible: boolean, triage?: AlertTriageMarks, compact = false, selected: readonly string[] = [],
): IncidentPageData {
  const total = alert.incidents.length;
  const pages = pageCount(total);
  const page = Math.min(Math.max(0, Math.floor(requestedPage)), pages - 1);
  const start = page * INCIDENT_PAGE_SIZE;
  const slice = alert.incidents.slice(start, start + INCIDENT_PAGE_SIZE);
  const alertId = escapePlainCardText(alert.id, 300);
  const canRemediate = actionsVisible && alert.isActive && alert.definition?.isRemediatable === true;
  const shown = new Set(slice.map((incident) => incident.id));
  const chosen = new Set(canRemediate ? selected : []);
  const picked = [...chosen].filter((id) => !shown.has(id)).map((id) => escapePlainCardText(id, 200));
  const link = (target: number): PageLink[] => [{ alertId, page: target, picked, compact }];
  return {
    page,
    incidentsHeading: total === 0
      ? 'No incidents'
      : `Incidents ${start + 1}–${start + slice.length} of ${total.toLocaleString('en-US')}`,
    incidents: slice.map((incident, index) => {
      const summary = summarizeIncident(incident);
      const incidentId = escapePlainCardText(incident.id, 200);
      return {
        subject: escapeCardText(summary.subject, 300),
        details: escapeCardText(summary.details.join(' · ') || ' ', 500),
        remediate: canRemediate ? [{ alertId, incidentId, page }] : [],
        pick: canRemediate ? [{ id: pickInputId(index), incidentId, value: chosen.has(incident.id) ? incidentId : '' }] : [],
        ...incidentMarks(alert, incident, triage?.excludedIncidentIds, triage?.links),
      };
    }),
    bulk: canRemediate && slice.length > 0 ? [{ alertId, page, picked }] : [],
    bulkNote: canRemediate && slice.length > 0 && (pages > 1 || chosen.size > 0) ? [{ text: bulkNote(alert, chosen.size, picked.length, pages) }] : [],
    pager: pages > 1 ? [{ previous: page > 0 ? link(page - 1) : [], next: page < pages - 1 ? link(page + 1) : [] }] : [],
  };
}
