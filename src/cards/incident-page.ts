import type { AlertWithIncidents } from '../pim/model';
import { alertTypeInfo } from '../pim/alert-catalog';
import { escapeCardText, escapePlainCardText } from './escape-card-text';
import { incidentMarks, type AlertTriageMarks, type IncidentMarks } from './incident-marks';
import { summarizeIncident } from './incident-summary';

/** Incidents per card page: keeps every alert card far below the Teams size limit. */
export const INCIDENT_PAGE_SIZE = 10;

export interface IncidentRow extends IncidentMarks {
  readonly subject: string;
  readonly details: string;
  readonly remediate: readonly { readonly alertId: string; readonly incidentId: string; readonly page: number }[];
  /** The row's "Select" toggle (Input.Toggle `pick<n>`, value the incident id) for Remediate selected. */
  readonly pick: readonly { readonly id: string; readonly incidentId: string }[];
}

/** A Previous/Next button: the page, and whether the card shows the incidents only (kept while paging). */
type PageLinkBase = { readonly alertId: string; readonly page: number };
type PageLink = { readonly alertId: string; readonly page: number; readonly compact: boolean };

export interface IncidentPageData {
  readonly page: number;
  readonly incidentsHeading: string;
  readonly incidents: readonly IncidentRow[];
  /** "Remediate selected" under the list, where incidents can be remediated. */
  readonly bulk: readonly PageLinkBase[];
  /** Under it, when there are several pages: Select works on this page only, and how to name incidents of several pages. */
  readonly bulkNote: readonly { readonly text: string }[];
  readonly pager: readonly { readonly previous: readonly PageLink[]; readonly next: readonly PageLink[] }[];
}

/** Select toggles live on one card page; a chat command can name incidents of every page. */
function bulkNote(alert: AlertWithIncidents): string {
  const name = alert.alertKey ? alertTypeInfo(alert.alertKey).shortKey : 'the alert';
  return `Select works on this page only. For incidents on several pages, type **remediate ${escapeCardText(name, 80)}** followed by their names or UPNs, separated by commas (at most ${INCIDENT_PAGE_SIZE}).`;
}

/** The id of the n-th row's Select toggle on a page: `pick0` … `pick9`. */
export const pickInputId = (index: number): string => `pick${index}`;

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / INCIDENT_PAGE_SIZE));
}

/** The incidents of one page (clamped to the pages that exist), with Remediate and paging links. */
export function incidentPageData(
  alert: AlertWithIncidents, requestedPage: number, actionsVisible: boolean, triage?: AlertTriageMarks, compact = false,
): IncidentPageData {
  const total = alert.incidents.length;
  const pages = pageCount(total);
  const page = Math.min(Math.max(0, Math.floor(requestedPage)), pages - 1);
  const start = page * INCIDENT_PAGE_SIZE;
  const slice = alert.incidents.slice(start, start + INCIDENT_PAGE_SIZE);
  const alertId = escapePlainCardText(alert.id, 300);
  const canRemediate = actionsVisible && alert.isActive && alert.definition?.isRemediatable === true;
  const link = (target: number): PageLink[] => [{ alertId, page: target, compact }];
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
        pick: canRemediate ? [{ id: pickInputId(index), incidentId }] : [],
        ...incidentMarks(alert, incident, triage?.excludedIncidentIds, triage?.links),
      };
    }),
    bulk: canRemediate && slice.length > 0 ? [{ alertId, page }] : [],
    bulkNote: canRemediate && slice.length > 0 && pages > 1 ? [{ text: bulkNote(alert) }] : [],
    pager: pages > 1 ? [{ previous: page > 0 ? link(page - 1) : [], next: page < pages - 1 ? link(page + 1) : [] }] : [],
  };
}
