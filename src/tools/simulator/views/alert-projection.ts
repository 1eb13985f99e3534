import type { RequestContext } from '../http/request-context';
import { queryOption } from '../http/request-context';
import { applySelect, contextProjection, parseNameList } from '../odata/select-expand';
import type { AlertRecord, JsonObject } from '../state/records';
import { alertJson, configurationJson, definitionJson, incidentJson } from './entity-views';

/** Navigations of an alert, in the order `$expand=*` uses (the `$expand=*` example of https://learn.microsoft.com/graph/how-to-pim-alerts). */
export const ALERT_NAVIGATIONS = ['alertConfiguration', 'alertDefinition', 'alertIncidents'] as const;
const ALERT_PROPERTIES = [
  'id', 'alertDefinitionId', 'incidentCount', 'isActive', 'lastModifiedDateTime', 'lastScannedDateTime',
  'scopeId', 'scopeType', ...ALERT_NAVIGATIONS,
];

export interface Projection {
  readonly select: readonly string[];
  readonly expand: readonly string[];
  /** `(…)` for the `@odata.context` URL. */
  readonly context: string;
}

/** `$select` and `$expand` of a request, checked against the names a type allows. */
export function projectionOf(ctx: RequestContext, properties: readonly string[], navigations: readonly string[]): Projection {
  const select = parseNameList(queryOption(ctx, '$select'), properties, '$select');
  const expand = parseNameList(queryOption(ctx, '$expand'), navigations, '$expand');
  return { select, expand, context: contextProjection(select, expand) };
}

export const alertProjection = (ctx: RequestContext): Projection =>
  projectionOf(ctx, ALERT_PROPERTIES, ALERT_NAVIGATIONS);

/** An alert with its `$select` applied and `$expand`ed navigations inlined. */
export function projectAlert(ctx: RequestContext, alert: AlertRecord, projection: Projection): JsonObject {
  const result = applySelect(alertJson(alert), projection.select.filter((name) => !projection.expand.includes(name)));
  for (const nav of projection.expand) {
    if (nav === 'alertConfiguration') result.alertConfiguration = configurationJson(alert);
    if (nav === 'alertDefinition') result.alertDefinition = definitionJson(alert);
    if (nav === 'alertIncidents') {
      const id = alert.id.replace(/'/g, "''");
      result['alertIncidents@odata.context'] =
        `${ctx.baseUrl}/beta/$metadata#identityGovernance/roleManagementAlerts/alerts('${id}')/alertIncidents`;
      result.alertIncidents = alert.incidents.map((incident) => incidentJson(alert, incident));
    }
  }
  return result;
}
