import { jsonBody, type RequestContext } from '../http/request-context';
import { badRequest, notFound } from '../http/sim-error';
import { json, noContent, type SimResponse } from '../http/sim-response';
import { isJsonObject } from '../../../pim/graph/json-fields';
import type { SimulatorState } from '../state/simulator-state';
import { alertOf, subscriptionOf } from './arm-handlers';

function positive(body: unknown, name: string, max: number): number {
  const value = isJsonObject(body) ? body[name] : undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) throw badRequest(`'${name}' must be a whole number from 1 to ${max}.`);
  return value;
}

/** `/_simulator/azure/...`: change the Azure half of the tenant (add or delete incidents, set an alert's state, read throttling). */
export const armControl = {
  /** `{ bucketSize, refillPerSecond }`: Resource Manager's read token buckets, with remaining-reads headers and 429s. */
  setReadLimits: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    const body = jsonBody(ctx);
    const settings = { bucketSize: positive(body, 'bucketSize', 100_000), refillPerSecond: positive(body, 'refillPerSecond', 10_000) };
    state.armReadLimits.configure(settings);
    return json(settings);
  },
  clearReadLimits: (state: SimulatorState): SimResponse => {
    state.armReadLimits.configure(undefined);
    return noContent();
  },
  addIncidents: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    const alert = alertOf(subscriptionOf(state, ctx), ctx.params.alertId);
    const body = jsonBody(ctx);
    const count = isJsonObject(body) ? body.count ?? 1 : 1;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 500) throw badRequest('count must be a whole number from 1 to 500.');
    const added = state.azure.addIncidents(alert, count, ctx.now.getTime());
    return json({ value: added.map((incident) => ({ name: incident.name })) }, 201);
  },
  deleteIncident: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    const alert = alertOf(subscriptionOf(state, ctx), ctx.params.alertId);
    const before = alert.incidents.length;
    alert.incidents = alert.incidents.filter((incident) => incident.name !== ctx.params.incidentId);
    if (alert.incidents.length === before) throw notFound('No such incident.');
    return noContent();
  },
  updateAlert: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    const alert = alertOf(subscriptionOf(state, ctx), ctx.params.alertId);
    const body = jsonBody(ctx);
    const isActive = isJsonObject(body) ? body.isActive : undefined;
    if (typeof isActive !== 'boolean') throw badRequest('Send {"isActive": true|false}.');
    alert.isActive = isActive;
    return noContent();
  },
};
