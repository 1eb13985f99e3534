import type { RequestContext } from '../http/request-context';
import { queryOption } from '../http/request-context';
import { json, type SimResponse } from '../http/sim-response';
import { applyFilter, type FilterProperties } from '../odata/filter';
import { collectionBody, pageOf } from '../odata/paging';
import { requireScopeFilter } from '../odata/scope-filter';
import { applySelect, contextUrl } from '../odata/select-expand';
import type { AlertRecord } from '../state/records';
import type { SimulatorState } from '../state/simulator-state';
import { projectionOf, type Projection } from '../views/alert-projection';
import { definitionJson } from '../views/entity-views';

const DEFINITION_PROPERTIES = [
  'id', 'description', 'displayName', 'howToPrevent', 'isConfigurable', 'isRemediatable', 'mitigationSteps',
  'scopeId', 'scopeType', 'securityImpact', 'severityLevel',
];
const DEFINITION_FILTERS: FilterProperties<AlertRecord> = { id: (alert) => alert.id };

const definitionProjection = (ctx: RequestContext): Projection => projectionOf(ctx, DEFINITION_PROPERTIES, []);

/** `GET /alertDefinitions?$filter=scopeId eq '/' and scopeType eq 'DirectoryRole'` */
export function listDefinitions(state: SimulatorState, ctx: RequestContext): SimResponse {
  const clauses = requireScopeFilter(queryOption(ctx, '$filter'));
  const projection = definitionProjection(ctx);
  const alerts = applyFilter(state.alerts.all(), clauses, DEFINITION_FILTERS);
  const page = pageOf(ctx, alerts, state.settings.pageSize);
  const items = page.items.map((alert) => applySelect(definitionJson(alert), projection.select));
  const context = contextUrl(ctx.baseUrl, 'alertDefinitions', projection.context);
  return json(collectionBody(ctx, context, { ...page, items }, alerts.length));
}

/** The definition of an alert, as `GET /alertDefinitions/{id}` and the `alertDefinition` navigations return it. */
export function definitionResponse(ctx: RequestContext, alert: AlertRecord): SimResponse {
  const projection = definitionProjection(ctx);
  return json({
    '@odata.context': contextUrl(ctx.baseUrl, 'alertDefinitions', projection.context, true),
    ...applySelect(definitionJson(alert), projection.select),
  });
}

/** `GET /alertDefinitions/{id}` */
export function getDefinition(state: SimulatorState, ctx: RequestContext): SimResponse {
  return definitionResponse(ctx, state.alerts.get(ctx.params.definitionId ?? '', 'alert definition'));
}

/** `GET /alerts/{id}/alertDefinition` and `GET /alertConfigurations/{id}/alertDefinition` */
export function getNavigatedDefinition(state: SimulatorState, ctx: RequestContext): SimResponse {
  return definitionResponse(ctx, state.alerts.get(ctx.params.alertId ?? ctx.params.configurationId ?? ''));
}
