import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../http/request-context';
import { jsonBody } from '../http/request-context';
import { requireObject } from '../http/read-body';
import { badRequest } from '../http/sim-error';
import type { SimResponse } from '../http/sim-response';
import { ROLE_ALERTS_PATH, SCOPE_ID, SCOPE_TYPE } from '../state/records';
import type { SimulatorState } from '../state/simulator-state';

/**
 * `POST /alerts/{id}/refresh` (no body): 202 + Location of operation `refresh:{alertId}`
 * (https://learn.microsoft.com/graph/api/unifiedrolemanagementalert-refresh?view=graph-rest-beta).
 */
export function refreshAlert(state: SimulatorState, ctx: RequestContext): SimResponse {
  const alert = state.alerts.get(ctx.params.alertId ?? '');
  return startRefresh(state, ctx, `refresh:${alert.id}`, [alert.id], `${ROLE_ALERTS_PATH}/alerts/${alert.id}`);
}

/** `POST /alerts/refresh` body `{"scopeId":"/","scopeType":"DirectoryRole"}`: 202 + Location of a GUID operation. */
export function refreshAllAlerts(state: SimulatorState, ctx: RequestContext): SimResponse {
  const body = requireObject(jsonBody(ctx));
  const extra = Object.keys(body).filter((key) => key !== 'scopeId' && key !== 'scopeType');
  if (body.scopeId !== SCOPE_ID || body.scopeType !== SCOPE_TYPE || extra.length > 0) {
    throw badRequest("Refreshing all alerts needs exactly {\"scopeId\": \"/\", \"scopeType\": \"DirectoryRole\"}.");
  }
  const ids = state.alerts.all().map((alert) => alert.id);
  return startRefresh(state, ctx, randomUUID(), ids, `${ROLE_ALERTS_PATH}/alerts`);
}

function startRefresh(
  state: SimulatorState, ctx: RequestContext, id: string, alertIds: readonly string[], resourcePath: string,
): SimResponse {
  const fails = state.faults.takeOperationFailure(ctx.method, ctx.rawUrl);
  state.operations.add({
    id, alertIds, resourcePath, fails, applied: false,
    createdAt: ctx.now.getTime(), durationMs: state.settings.operationDurationMs,
  });
  const location = `${ctx.baseUrl}${ROLE_ALERTS_PATH}/operations/${encodeURIComponent(id).replace(/%3A/g, ':')}`;
  return { status: 202, headers: { Location: location } };
}
