import type { RequestContext } from '../http/request-context';
import { jsonBody } from '../http/request-context';
import { requireObject } from '../http/read-body';
import { badRequest } from '../http/sim-error';
import { json, noContent, type SimResponse } from '../http/sim-response';
import { isGuid } from '../../../pim/ids';
import type { SimulatorState } from '../state/simulator-state';
import { alertJson, incidentJson } from '../views/entity-views';
import { faultFromBody } from './fault-input';
import { incidentsFromBody } from './incident-input';

/** The control API under `/_simulator` (no such prefix exists on Graph): test and demo set-up. */
export const control = {
  reset: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    state.reset(ctx.now.getTime());
    return json({ status: 'reset' });
  },

  addIncidents: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    const alert = state.alerts.get(ctx.params.alertId ?? '');
    const incidents = incidentsFromBody(alert, requireObject(jsonBody(ctx)), ctx.now.getTime());
    state.alerts.addIncidents(alert, incidents, ctx.now.getTime());
    alert.lastScannedDateTime = alert.lastModifiedDateTime; // a scan found them: both times move together (as in the samples of https://learn.microsoft.com/graph/how-to-pim-alerts)
    return json({ value: incidents.map((incident) => incidentJson(alert, incident)) }, 201);
  },

  deleteIncident: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    const alert = state.alerts.get(ctx.params.alertId ?? '');
    state.alerts.removeIncident(alert, ctx.params.incidentId ?? '', ctx.now.getTime());
    alert.lastScannedDateTime = alert.lastModifiedDateTime;
    return noContent();
  },

  updateAlert: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    const alert = state.alerts.get(ctx.params.alertId ?? '');
    const { isActive, ...rest } = requireObject(jsonBody(ctx));
    if (Object.keys(rest).length > 0 || (isActive !== undefined && typeof isActive !== 'boolean')) {
      throw badRequest("Only { \"isActive\": true | false } can be set.");
    }
    if (isActive !== undefined) state.alerts.setActive(alert, isActive, ctx.now.getTime());
    return json(alertJson(alert));
  },

  addFault: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    return json(state.faults.add(faultFromBody(requireObject(jsonBody(ctx)))), 201);
  },

  listFaults: (state: SimulatorState): SimResponse => json({ value: state.faults.list() }),

  clearFaults: (state: SimulatorState): SimResponse => {
    state.faults.clear();
    return noContent();
  },

  listRequests: (state: SimulatorState): SimResponse => json({ value: state.requests.list() }),

  clearRequests: (state: SimulatorState): SimResponse => {
    state.requests.clear();
    return noContent();
  },

  setGroupMembers: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    const groupId = ctx.params.groupId ?? '';
    if (!isGuid(groupId)) throw badRequest('The group id must be a GUID.');
    const { userIds, ...rest } = requireObject(jsonBody(ctx));
    if (Object.keys(rest).length > 0 || !Array.isArray(userIds) || !userIds.every(isGuid)) {
      throw badRequest("The body must be { \"userIds\": [GUID, ...] } (user or nested group ids).");
    }
    state.groups.setMembers(groupId, userIds);
    return json({ groupId, userIds: state.groups.membersOf(groupId) });
  },
};
