import { AZURE_ALERT_KEYS, alertTypeInfo, type AzureAlertKey } from '../../../pim/alert-catalog';
import { isJsonObject } from '../../../pim/graph/json-fields';
import { jsonBody, type RequestContext } from '../http/request-context';
import { SimError } from '../http/sim-error';
import { json, noContent, type SimResponse } from '../http/sim-response';
import type { SimulatorState } from '../state/simulator-state';
import type { ArmAlertRecord, ArmSubscriptionRecord } from './arm-store';
import { alertView, configurationView, definitionView, incidentView } from './arm-views';

export const ARM_API_VERSION = '2022-08-01-preview';
/** The api-version in the `Location` of Microsoft's refresh examples; operations answer to it too. */
const EXAMPLE_OPERATION_API_VERSION = '2022-04-01-preview';

export const armError = (status: number, code: string, message: string): SimError => new SimError(status, code, message);

/** Every alerts call needs `api-version=2022-08-01-preview` (ARM answers 400 otherwise). */
export function checkApiVersion(ctx: RequestContext, accepted: readonly string[] = [ARM_API_VERSION]): void {
  const version = ctx.query.get('api-version');
  if (version === null) throw armError(400, 'MissingApiVersionParameter', "The api-version query parameter (?api-version=) is required for all requests.");
  if (!accepted.includes(version)) throw armError(400, 'InvalidApiVersionParameter', `The api-version '${version.slice(0, 40)}' is invalid. The supported versions are '${accepted.join("','")}'.`);
}

export function subscriptionOf(state: SimulatorState, ctx: RequestContext): ArmSubscriptionRecord {
  const sub = state.azure.subscription(ctx.params.subscriptionId ?? '');
  if (!sub) throw armError(404, 'SubscriptionNotFound', `The subscription '${(ctx.params.subscriptionId ?? '').slice(0, 60)}' could not be found.`);
  return sub;
}

export function alertOf(sub: ArmSubscriptionRecord, name: string | undefined): ArmAlertRecord {
  const key = AZURE_ALERT_KEYS.find((candidate) => candidate.toLowerCase() === (name ?? '').toLowerCase());
  const alert = key ? sub.alerts.get(key) : undefined;
  if (!alert) throw armError(404, 'AlertNotFound', `The alert '${(name ?? '').slice(0, 80)}' does not exist at this scope.`);
  return alert;
}

/** A page of `items` (`$skipToken` is the offset) with an absolute `nextLink` while more remain. */
function page(state: SimulatorState, ctx: RequestContext, items: readonly unknown[]): SimResponse {
  const skip = Number.parseInt(ctx.query.get('$skipToken') ?? '0', 10) || 0;
  const size = state.settings.pageSize;
  const value = items.slice(skip, skip + size);
  const more = skip + size < items.length;
  const next = `${ctx.baseUrl}${ctx.path}?api-version=${ARM_API_VERSION}&$skipToken=${skip + size}`;
  return json({ value, ...(more ? { nextLink: next } : {}) });
}

const alertsOf = (sub: ArmSubscriptionRecord): ArmAlertRecord[] => [...sub.alerts.values()];

export const armHandlers = {
  listAlerts: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    checkApiVersion(ctx);
    const sub = subscriptionOf(state, ctx);
    return page(state, ctx, alertsOf(sub).map((alert) => alertView(sub.subscriptionId, alert)));
  },
  getAlert: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    checkApiVersion(ctx);
    const sub = subscriptionOf(state, ctx);
    return json(alertView(sub.subscriptionId, alertOf(sub, ctx.params.alertId)));
  },
  updateAlert: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    checkApiVersion(ctx);
    const alert = alertOf(subscriptionOf(state, ctx), ctx.params.alertId);
    const body = jsonBody(ctx);
    const properties = isJsonObject(body) ? body.properties : undefined;
    const isActive = isJsonObject(properties) ? properties.isActive : undefined;
    if (typeof isActive !== 'boolean') throw armError(400, 'InvalidRequest', 'The body must be {"properties":{"isActive":false}}.');
    if (isActive) throw armError(400, 'InvalidRequest', 'An alert can only be dismissed (isActive false); a refresh activates it.');
    alert.isActive = false;
    alert.lastModifiedAt = ctx.now.getTime();
    return noContent();
  },
  listIncidents: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    checkApiVersion(ctx);
    const sub = subscriptionOf(state, ctx);
    const alert = alertOf(sub, ctx.params.alertId);
    return page(state, ctx, alert.incidents.map((incident) => incidentView(sub.subscriptionId, alert.key, incident)));
  },
  getIncident: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    checkApiVersion(ctx);
    const sub = subscriptionOf(state, ctx);
    const alert = alertOf(sub, ctx.params.alertId);
    const incident = alert.incidents.find((candidate) => candidate.name === ctx.params.incidentId);
    if (!incident) throw armError(404, 'AlertIncidentNotFound', 'The alert incident does not exist.');
    return json(incidentView(sub.subscriptionId, alert.key, incident));
  },
  /** Remediation removes the incident (the assignment it names is gone); the alert goes inactive with its last incident. */
  remediateIncident: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    checkApiVersion(ctx);
    const alert = alertOf(subscriptionOf(state, ctx), ctx.params.alertId);
    const before = alert.incidents.length;
    alert.incidents = alert.incidents.filter((candidate) => candidate.name !== ctx.params.incidentId);
    if (alert.incidents.length === before) throw armError(404, 'AlertIncidentNotFound', 'The alert incident does not exist.');
    alert.lastModifiedAt = ctx.now.getTime();
    if (alert.incidents.length === 0) alert.isActive = false;
    return noContent();
  },
  refreshAlert: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    checkApiVersion(ctx);
    const sub = subscriptionOf(state, ctx);
    return startRefresh(state, ctx, sub, alertOf(sub, ctx.params.alertId).key);
  },
  refreshAll: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    checkApiVersion(ctx);
    return startRefresh(state, ctx, subscriptionOf(state, ctx), null);
  },
  getOperation: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    checkApiVersion(ctx, [ARM_API_VERSION, EXAMPLE_OPERATION_API_VERSION]);
    const sub = subscriptionOf(state, ctx);
    const operation = state.azure.operation(sub.subscriptionId, ctx.params.operationId ?? '');
    if (!operation) throw armError(404, 'OperationNotFound', 'The operation does not exist.');
    return json(operationBody(ctx, operation.id, operation.alertKey, state.azure.statusOf(operation, ctx.now.getTime()), operation.createdAt));
  },
  listDefinitions: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    checkApiVersion(ctx);
    const sub = subscriptionOf(state, ctx);
    return page(state, ctx, AZURE_ALERT_KEYS.map((key) => definitionView(sub.subscriptionId, key)));
  },
  getDefinition: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    checkApiVersion(ctx);
    const sub = subscriptionOf(state, ctx);
    return json(definitionView(sub.subscriptionId, alertOf(sub, ctx.params.definitionId).key));
  },
  listConfigurations: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    checkApiVersion(ctx);
    const sub = subscriptionOf(state, ctx);
    return page(state, ctx, alertsOf(sub).map((alert) => configurationView(sub.subscriptionId, alert)));
  },
  getConfiguration: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    checkApiVersion(ctx);
    const sub = subscriptionOf(state, ctx);
    return json(configurationView(sub.subscriptionId, alertOf(sub, ctx.params.alertId)));
  },
  updateConfiguration: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    checkApiVersion(ctx);
    const alert = alertOf(subscriptionOf(state, ctx), ctx.params.alertId);
    applyConfiguration(alert, jsonBody(ctx));
    alert.lastModifiedAt = ctx.now.getTime();
    return noContent();
  },
};

function startRefresh(state: SimulatorState, ctx: RequestContext, sub: ArmSubscriptionRecord, key: AzureAlertKey | null): SimResponse {
  const failed = state.faults.takeOperationFailure(ctx.method, ctx.rawUrl);
  const operation = state.azure.startOperation(sub.subscriptionId, key, ctx.now.getTime(), failed);
  const location = `${ctx.baseUrl}/subscriptions/${sub.subscriptionId}/providers/Microsoft.Authorization/roleManagementAlertOperations/${operation.id}?api-version=${ARM_API_VERSION}`;
  const body = operationBody(ctx, operation.id, key, key === null ? 'notStarted' : 'Running', operation.createdAt);
  return { status: 202, body, headers: { Location: location, 'Retry-After': '1' } };
}

function operationBody(ctx: RequestContext, id: string, key: AzureAlertKey | null, status: string, createdAt: number): Record<string, unknown> {
  const sub = ctx.params.subscriptionId ?? '';
  const target = key === null ? 'roleManagementAlerts' : `roleManagementAlerts/${key}`;
  const names = key === null ? [...AZURE_ALERT_KEYS] : [key];
  const detail = status === 'Failed' ? 'Alert scan failed.' : status === 'Succeeded' ? 'Alert scan completed.' : 'Alert scan is running.';
  return {
    id, status, createdDateTime: new Date(createdAt).toISOString(), lastActionDateTime: ctx.now.toISOString(),
    resourceLocation: `${ctx.baseUrl}/subscriptions/${sub}/providers/Microsoft.Authorization/${target}?api-version=${ARM_API_VERSION}`,
    statusDetail: JSON.stringify({ result: names.map((name) => ({ name, statusDetail: detail })) }),
  };
}

/** `{properties:{alertConfigurationType, isEnabled?, thresholds?}}`: the type must match, values typed and in range. */
function applyConfiguration(alert: ArmAlertRecord, body: unknown): void {
  const properties = isJsonObject(body) && isJsonObject(body.properties) ? body.properties : undefined;
  const info = alertTypeInfo(alert.key);
  if (!properties || properties.alertConfigurationType !== info.configurationType) {
    throw armError(400, 'InvalidRequest', `properties.alertConfigurationType must be '${info.configurationType}'.`);
  }
  const next = { ...alert.thresholds };
  let isEnabled = alert.isEnabled;
  for (const [name, value] of Object.entries(properties)) {
    if (name === 'alertConfigurationType') continue;
    if (name === 'isEnabled') {
      if (typeof value !== 'boolean') throw armError(400, 'InvalidRequest', 'isEnabled must be a boolean.');
      isEnabled = value;
      continue;
    }
    const spec = info.settings.find((candidate) => candidate.name === name);
    if (!spec) throw armError(400, 'InvalidRequest', `'${name.slice(0, 60)}' is not a property of ${info.configurationType}.`);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < spec.min || value > spec.max) {
      throw armError(400, 'InvalidRequest', `${name} must be a whole number from ${spec.min} to ${spec.max}.`);
    }
    next[name] = value;
  }
  alert.thresholds = next;
  alert.isEnabled = isEnabled;
}
