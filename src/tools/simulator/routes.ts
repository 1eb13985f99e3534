import { armControl } from './arm/arm-control';
import { armHandlers as arm } from './arm/arm-handlers';
import { subscriptionHandlers } from './arm/subscription-handlers';
import { control } from './control/control-handlers';
import { getAlert, listAlerts, updateAlert } from './handlers/alert-handlers';
import {
  getAlertConfiguration, getConfiguration, listConfigurations,
} from './handlers/configuration-handlers';
import { updateConfiguration } from './handlers/configuration-update';
import { getDefinition, getNavigatedDefinition, listDefinitions } from './handlers/definition-handlers';
import { checkMemberGroups } from './handlers/group-handlers';
import { getUser, getUserByKeyForm } from './handlers/user-handlers';
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
/** Resource Manager (reference/arm, 2022-08-01-preview) at subscription scope. */
const AUTH = '/subscriptions/:subscriptionId/providers/Microsoft.Authorization';
const ARM_ALERT = `${AUTH}/roleManagementAlerts/:alertId`;
const ARM_INCIDENT = `${ARM_ALERT}/alertIncidents/:incidentId`;
const ARM_CONTROL = '/_simulator/azure/:subscriptionId/alerts/:alertId';

/**
 * The flat route table: Graph endpoints (the paths of test/fixtures/graph/pim-alerts-beta.openapi.yaml), Resource Manager
 * endpoints (test/fixtures/arm/…/RoleManagementAlerts.json, and Microsoft.Resources subscriptions), then the `/_simulator` control API.
 */
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
  ['GET', `${AUTH}/roleManagementAlerts`, arm.listAlerts],
  ['POST', `${AUTH}/roleManagementAlerts/refresh`, arm.refreshAll],
  ['GET', ARM_ALERT, arm.getAlert],
  ['PATCH', ARM_ALERT, arm.updateAlert],
  ['POST', `${ARM_ALERT}/refresh`, arm.refreshAlert],
  ['GET', `${ARM_ALERT}/alertIncidents`, arm.listIncidents],
  ['GET', ARM_INCIDENT, arm.getIncident],
  ['POST', `${ARM_INCIDENT}/remediate`, arm.remediateIncident],
  ['GET', `${AUTH}/roleManagementAlertOperations/:operationId`, arm.getOperation],
  ['GET', `${AUTH}/roleManagementAlertDefinitions`, arm.listDefinitions],
  ['GET', `${AUTH}/roleManagementAlertDefinitions/:definitionId`, arm.getDefinition],
  ['GET', `${AUTH}/roleManagementAlertConfigurations`, arm.listConfigurations],
  ['GET', `${AUTH}/roleManagementAlertConfigurations/:alertId`, arm.getConfiguration],
  ['PATCH', `${AUTH}/roleManagementAlertConfigurations/:alertId`, arm.updateConfiguration],
  ['GET', '/subscriptions', subscriptionHandlers.list],
  ['GET', '/subscriptions/:subscriptionId', subscriptionHandlers.get],
  ['GET', '/v1.0/users/:userKey', getUser],
  ['GET', '/beta/users/:userKey', getUser],
  ['GET', '/v1.0/:segment', getUserByKeyForm],
  ['GET', '/beta/:segment', getUserByKeyForm],
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
  ['POST', `${ARM_CONTROL}/incidents`, armControl.addIncidents],
  ['DELETE', `${ARM_CONTROL}/incidents/:incidentId`, armControl.deleteIncident],
  ['PATCH', ARM_CONTROL, armControl.updateAlert],
  ['PUT', '/_simulator/azure/read-limits', armControl.setReadLimits],
  ['DELETE', '/_simulator/azure/read-limits', armControl.clearReadLimits],
];

export const CONTROL_PREFIX = '/_simulator';

export function simulatorRoutes(state: SimulatorState): Route[] {
  return TABLE.map(([method, pattern, handler]) => ({ method, pattern, handle: (ctx) => handler(state, ctx) }));
}
