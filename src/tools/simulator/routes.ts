import { control } from './control/control-handlers';
import { getAlert, listAlerts, updateAlert } from './handlers/alert-handlers';
import {
  getAlertConfiguration, getConfiguration, listConfigurations,
} from './handlers/configuration-handlers';
import { updateConfiguration } from './handlers/configuration-update';
import { getDefinition, getNavigatedDefinition, listDefinitions } from './handlers/definition-handlers';
import { checkMemberGroups } from './handlers/group-handlers';
import { getIncident, listIncidents, remediateIncident } from './handlers/incident-handlers';
import { getOperation } from './handlers/operation-handlers';
import { refreshAlert, refreshAllAlerts } from './handlers/refresh-handlers';
import type { RequestContext } from './http/request-context';
import type { Route } from './http/router';
import type { SimResponse } from './http/sim-response';
import { ROLE_ALERTS_PATH } from './state/records';
import type { SimulatorState } from './state/simulator-state';

type StateHandler = (state: SimulatorState, ctx: RequestContext) => SimResponse;

const A = `${ROLE_ALERTS_PATH}/alerts`;
const ALERT = `${A}/:alertId`;
const INCIDENT = `${ALERT}/alertIncidents/:incidentId`;
const CONFIG = `${ROLE_ALERTS_PATH}/alertConfigurations`;
const DEFS = `${ROLE_ALERTS_PATH}/alertDefinitions`;

/** The flat route table: Graph endpoints (the paths of test/fixtures/graph/pim-alerts-beta.openapi.yaml) first, then the `/_simulator` control API. */
const TABLE: ReadonlyArray<readonly [string, string, StateHandler]> = [
  ['GET', A, listAlerts],
  ['POST', `${A}/refresh`, refreshAllAlerts],
  ['POST', `${A}/microsoft.graph.refresh`, refreshAllAlerts],
  ['GET', ALERT, getAlert],
  ['PATCH', ALERT, updateAlert],
  ['POST', `${ALERT}/refresh`, refreshAlert],
  ['POST', `${ALERT}/microsoft.graph.refresh`, refreshAlert],
  ['GET', `${ALERT}/alertConfiguration`, getAlertConfiguration],
  ['GET', `${ALERT}/alertDefinition`, getNavigatedDefinition],
  ['GET', `${ALERT}/alertIncidents`, listIncidents],
  ['GET', INCIDENT, getIncident],
  ['POST', `${INCIDENT}/remediate`, remediateIncident],
  ['POST', `${INCIDENT}/microsoft.graph.remediate`, remediateIncident],
  ['GET', CONFIG, listConfigurations],
  ['GET', `${CONFIG}/:configurationId`, getConfiguration],
  ['PATCH', `${CONFIG}/:configurationId`, updateConfiguration],
  ['GET', `${CONFIG}/:configurationId/alertDefinition`, getNavigatedDefinition],
  ['GET', DEFS, listDefinitions],
  ['GET', `${DEFS}/:definitionId`, getDefinition],
  ['GET', `${ROLE_ALERTS_PATH}/operations/:operationId`, getOperation],
  ['POST', '/v1.0/users/:userId/checkMemberGroups', checkMemberGroups],
  ['POST', '/beta/users/:userId/checkMemberGroups', checkMemberGroups],
  ['POST', '/_simulator/reset', control.reset],
  ['POST', '/_simulator/alerts/:alertId/incidents', control.addIncidents],
  ['DELETE', '/_simulator/alerts/:alertId/incidents/:incidentId', control.deleteIncident],
  ['PATCH', '/_simulator/alerts/:alertId', control.updateAlert],
  ['POST', '/_simulator/faults', control.addFault],
  ['GET', '/_simulator/faults', control.listFaults],
  ['DELETE', '/_simulator/faults', control.clearFaults],
  ['GET', '/_simulator/requests', control.listRequests],
  ['DELETE', '/_simulator/requests', control.clearRequests],
  ['PUT', '/_simulator/groups/:groupId/members', control.setGroupMembers],
];

export const CONTROL_PREFIX = '/_simulator';

export function simulatorRoutes(state: SimulatorState): Route[] {
  return TABLE.map(([method, pattern, handler]) => ({ method, pattern, handle: (ctx) => handler(state, ctx) }));
}
