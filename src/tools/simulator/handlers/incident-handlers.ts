import type { RequestContext } from '../http/request-context';
import { queryOption } from '../http/request-context';
import { badRequest } from '../http/sim-error';
import { json, type SimResponse } from '../http/sim-response';
import { applyFilter, parseFilter, type FilterProperties } from '../odata/filter';
import { collectionBody, pageOf } from '../odata/paging';
import { applySelect, contextUrl } from '../odata/select-expand';
import { DEFINITION_TEXTS } from '../seed/alert-definitions';
import { INCIDENT_PROPERTIES } from '../seed/incident-properties';
import type { AlertRecord, IncidentRecord } from '../state/records';
import type { SimulatorState } from '../state/simulator-state';
import { incidentJson } from '../views/entity-views';
import { projectionOf } from '../views/alert-projection';

const INCIDENT_FILTERS: FilterProperties<IncidentRecord> = { id: (incident) => incident.id };

function incidentProjection(ctx: RequestContext, alert: AlertRecord): ReturnType<typeof projectionOf> {
  return projectionOf(ctx, ['id', ...Object.keys(INCIDENT_PROPERTIES[alert.key])], []);
}

function incidentsSet(alert: AlertRecord): string {
  return `alerts('${alert.id.replace(/'/g, "''")}')/alertIncidents`;
}

/** `GET /alerts/{id}/alertIncidents` — paged; `$top`, `$filter=id eq '…'`, `$select`. */
export function listIncidents(state: SimulatorState, ctx: RequestContext): SimResponse {
  const alert = state.alerts.get(ctx.params.alertId ?? '');
  const projection = incidentProjection(ctx, alert);
  const filter = queryOption(ctx, '$filter');
  const incidents = applyFilter(alert.incidents, filter ? parseFilter(filter) : [], INCIDENT_FILTERS);
  const page = pageOf(ctx, incidents, state.settings.pageSize);
  const items = page.items.map((incident) => applySelect(incidentJson(alert, incident), projection.select));
  const context = contextUrl(ctx.baseUrl, incidentsSet(alert), projection.context);
  return json(collectionBody(ctx, context, { ...page, items }, incidents.length));
}

/** `GET /alerts/{id}/alertIncidents/{incidentId}` */
export function getIncident(state: SimulatorState, ctx: RequestContext): SimResponse {
  const alert = state.alerts.get(ctx.params.alertId ?? '');
  const incident = state.alerts.incident(alert, ctx.params.incidentId ?? '');
  const projection = incidentProjection(ctx, alert);
  return json({
    '@odata.context': contextUrl(ctx.baseUrl, incidentsSet(alert), projection.context, true),
    ...applySelect(incidentJson(alert, incident), projection.select),
  });
}

/**
 * `POST …/alertIncidents/{incidentId}/remediate` → 200 without a body; the incident goes away (the mitigation
 * removed its cause). 400 when the alert type is not remediatable 
 * (https://learn.microsoft.com/graph/api/unifiedrolemanagementalertincident-remediate?view=graph-rest-beta).
 */
export function remediateIncident(state: SimulatorState, ctx: RequestContext): SimResponse {
  const alert = state.alerts.get(ctx.params.alertId ?? '');
  const incident = state.alerts.incident(alert, ctx.params.incidentId ?? '');
  if (!DEFINITION_TEXTS[alert.key].isRemediatable) {
    throw badRequest(`Incidents of alert '${alert.id}' cannot be remediated: its definition has isRemediatable=false.`);
  }
  state.alerts.removeIncident(alert, incident.id, ctx.now.getTime());
  return { status: 200 };
}
