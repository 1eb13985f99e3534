import type { RequestContext } from '../http/request-context';
import { jsonBody, queryOption } from '../http/request-context';
import { requireObject } from '../http/read-body';
import { badRequest } from '../http/sim-error';
import { json, noContent, type SimResponse } from '../http/sim-response';
import { applyFilter, type FilterProperties } from '../odata/filter';
import { collectionBody, pageOf } from '../odata/paging';
import { requireScopeFilter } from '../odata/scope-filter';
import { contextUrl } from '../odata/select-expand';
import type { SimulatorState } from '../state/simulator-state';
import type { AlertRecord } from '../state/records';
import { alertProjection, projectAlert } from '../views/alert-projection';

const ALERT_FILTERS: FilterProperties<AlertRecord> = {
  'alertconfiguration/isenabled': (alert) => alert.configuration.isEnabled,
  alertdefinitionid: (alert) => alert.id,
  id: (alert) => alert.id,
  isactive: (alert) => alert.isActive,
};

/** `GET /alerts?$filter=scopeId eq '/' and scopeType eq 'DirectoryRole'[ and …]` */
export function listAlerts(state: SimulatorState, ctx: RequestContext): SimResponse {
  const clauses = requireScopeFilter(queryOption(ctx, '$filter'));
  const projection = alertProjection(ctx);
  const alerts = applyFilter(state.alerts.all(), clauses, ALERT_FILTERS);
  const page = pageOf(ctx, alerts, state.settings.pageSize);
  const body = collectionBody(ctx, contextUrl(ctx.baseUrl, 'alerts', projection.context), {
    ...page, items: page.items.map((alert) => projectAlert(ctx, alert, projection)),
  }, alerts.length);
  return json(body);
}

/** `GET /alerts/{id}` with `$select`/`$expand`. */
export function getAlert(state: SimulatorState, ctx: RequestContext): SimResponse {
  const alert = state.alerts.get(ctx.params.alertId ?? '');
  const projection = alertProjection(ctx);
  return json({
    '@odata.context': contextUrl(ctx.baseUrl, 'alerts', projection.context, true),
    ...projectAlert(ctx, alert, projection),
  });
}

/**
 * `PATCH /alerts/{id}`: exactly `{"isActive": false}` dismisses (204). `{"isActive": true}` re-enables, as the docs
 * allow ("You can re-enable the alert by setting isActive to true"). Anything else is a 400.
 */
export function updateAlert(state: SimulatorState, ctx: RequestContext): SimResponse {
  const alert = state.alerts.get(ctx.params.alertId ?? '');
  const body = requireObject(jsonBody(ctx));
  const keys = Object.keys(body);
  if (keys.length !== 1 || keys[0] !== 'isActive' || typeof body.isActive !== 'boolean') {
    throw badRequest("Only 'isActive' can be updated on an alert: send {\"isActive\": false} to dismiss it.");
  }
  state.alerts.setActive(alert, body.isActive, ctx.now.getTime());
  return noContent();
}
