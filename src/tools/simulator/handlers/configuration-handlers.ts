import type { RequestContext } from '../http/request-context';
import { queryOption } from '../http/request-context';
import { json, type SimResponse } from '../http/sim-response';
import { applyFilter, type FilterProperties } from '../odata/filter';
import { collectionBody, pageOf } from '../odata/paging';
import { requireScopeFilter } from '../odata/scope-filter';
import { applySelect, contextUrl } from '../odata/select-expand';
import { alertTypeInfo } from '../../../pim/alert-catalog';
import type { AlertRecord, JsonObject } from '../state/records';
import type { SimulatorState } from '../state/simulator-state';
import { projectionOf, type Projection } from '../views/alert-projection';
import { configurationJson, definitionJson } from '../views/entity-views';

const BASE_PROPERTIES = ['id', 'alertDefinitionId', 'isEnabled', 'scopeId', 'scopeType', 'alertDefinition'];
const CONFIGURATION_FILTERS: FilterProperties<AlertRecord> = {
  id: (alert) => alert.id,
  alertdefinitionid: (alert) => alert.id,
  isenabled: (alert) => alert.configuration.isEnabled,
};

function configurationProjection(ctx: RequestContext, alerts: readonly AlertRecord[]): Projection {
  const settings = alerts.flatMap((alert) => alertTypeInfo(alert.key).settings.map((setting) => setting.name));
  return projectionOf(ctx, [...BASE_PROPERTIES, ...new Set(settings)], ['alertDefinition']);
}

function projectConfiguration(alert: AlertRecord, projection: Projection): JsonObject {
  const result = applySelect(configurationJson(alert), projection.select.filter((name) => name !== 'alertDefinition'));
  if (projection.expand.includes('alertDefinition')) result.alertDefinition = definitionJson(alert);
  return result;
}

/** `GET /alertConfigurations?$filter=scopeId eq '/' and scopeType eq 'DirectoryRole'`, `$expand=alertDefinition` */
export function listConfigurations(state: SimulatorState, ctx: RequestContext): SimResponse {
  const clauses = requireScopeFilter(queryOption(ctx, '$filter'));
  const projection = configurationProjection(ctx, state.alerts.all());
  const alerts = applyFilter(state.alerts.all(), clauses, CONFIGURATION_FILTERS);
  const page = pageOf(ctx, alerts, state.settings.pageSize);
  const items = page.items.map((alert) => projectConfiguration(alert, projection));
  const context = contextUrl(ctx.baseUrl, 'alertConfigurations', projection.context);
  return json(collectionBody(ctx, context, { ...page, items }, alerts.length));
}

function configurationResponse(ctx: RequestContext, alert: AlertRecord): SimResponse {
  const projection = configurationProjection(ctx, [alert]);
  return json({
    '@odata.context': contextUrl(ctx.baseUrl, 'alertConfigurations', projection.context, true),
    ...projectConfiguration(alert, projection),
  });
}

/** `GET /alertConfigurations/{id}` */
export function getConfiguration(state: SimulatorState, ctx: RequestContext): SimResponse {
  return configurationResponse(ctx, state.alerts.get(ctx.params.configurationId ?? '', 'alert configuration'));
}

/** `GET /alerts/{id}/alertConfiguration` */
export function getAlertConfiguration(state: SimulatorState, ctx: RequestContext): SimResponse {
  return configurationResponse(ctx, state.alerts.get(ctx.params.alertId ?? ''));
}
