import type { RequestContext } from '../http/request-context';
import { notFound } from '../http/sim-error';
import { json, type SimResponse } from '../http/sim-response';
import { applySelect, contextUrl } from '../odata/select-expand';
import { operationView } from '../state/operation-store';
import type { SimulatorState } from '../state/simulator-state';
import { projectionOf } from '../views/alert-projection';

const OPERATION_PROPERTIES = ['id', 'createdDateTime', 'lastActionDateTime', 'resourceLocation', 'status', 'statusDetail'];
const FAILED_DETAIL = 'The scan could not be completed. Try refreshing the alert again.';

/**
 * `GET /operations/{id}`: `notStarted` → `running` → `succeeded` (or `failed` when a fault was injected) as time
 * passes; `resourceLocation` is empty until it succeeds
 * (https://learn.microsoft.com/graph/api/longrunningoperation-get?view=graph-rest-beta).
 */
export function getOperation(state: SimulatorState, ctx: RequestContext): SimResponse {
  const id = ctx.params.operationId ?? '';
  const operation = state.operations.get(id);
  if (!operation) throw notFound(`No operation with id '${id}' exists.`);
  const projection = projectionOf(ctx, OPERATION_PROPERTIES, []);
  const view = operationView(operation, ctx.now.getTime());
  const entity = {
    '@odata.type': '#microsoft.graph.longRunningOperation',
    id: operation.id,
    createdDateTime: new Date(operation.createdAt).toISOString(),
    lastActionDateTime: new Date(view.lastActionAt).toISOString(),
    resourceLocation: view.status === 'succeeded' ? `${ctx.baseUrl}${operation.resourcePath}` : '',
    status: view.status,
    statusDetail: view.status === 'failed' ? FAILED_DETAIL : '',
  };
  return json({
    '@odata.context': contextUrl(ctx.baseUrl, 'operations', projection.context, true),
    ...applySelect(entity, projection.select),
  });
}
