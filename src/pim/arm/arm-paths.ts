import { AppError } from '../../errors/app-error';
import { incidentIdSegment, isGuid } from '../ids';

/** The only api-version that carries the PIM alert operations (reference/arm BEHAVIOUR.md §0). */
export const ARM_ALERTS_API_VERSION = '2022-08-01-preview';
/** Microsoft.Resources subscriptions (display names, discovery). */
export const ARM_SUBSCRIPTIONS_API_VERSION = '2022-12-01';

const ALERT_NAME = /^[A-Za-z][A-Za-z0-9]{2,80}$/;
const OPERATION_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const API_VERSION = /^\d{4}-\d{2}-\d{2}(-preview)?$/;

function subscriptionSegment(subscriptionId: string): string {
  if (!isGuid(subscriptionId)) throw new AppError('invalidId', { userMessage: 'That is not a valid Azure subscription id.' });
  return encodeURIComponent(subscriptionId);
}

function nameSegment(name: string): string {
  if (!ALERT_NAME.test(name)) throw new AppError('invalidId', { userMessage: 'That is not a valid Azure resource alert id.' });
  return encodeURIComponent(name);
}

export function isArmOperationName(value: string): boolean {
  return OPERATION_NAME.test(value);
}

export function isApiVersion(value: string): boolean {
  return API_VERSION.test(value);
}

/** `/subscriptions/{id}/providers/Microsoft.Authorization`: every path below starts here. */
export function providerPath(subscriptionId: string): string {
  return `/subscriptions/${subscriptionSegment(subscriptionId)}/providers/Microsoft.Authorization`;
}

export function withApiVersion(path: string, apiVersion = ARM_ALERTS_API_VERSION): string {
  return `${path}?api-version=${encodeURIComponent(apiVersion)}`;
}

export const armPaths = {
  alerts: (sub: string): string => `${providerPath(sub)}/roleManagementAlerts`,
  alert: (sub: string, name: string): string => `${providerPath(sub)}/roleManagementAlerts/${nameSegment(name)}`,
  incidents: (sub: string, name: string): string => `${armPaths.alert(sub, name)}/alertIncidents`,
  incident: (sub: string, name: string, incidentId: string): string => `${armPaths.incidents(sub, name)}/${incidentIdSegment(incidentId)}`,
  configuration: (sub: string, name: string): string => `${providerPath(sub)}/roleManagementAlertConfigurations/${nameSegment(name)}`,
  operation: (sub: string, operationName: string): string => {
    if (!isArmOperationName(operationName)) throw new AppError('invalidId', { userMessage: 'That is not a valid operation id.' });
    return `${providerPath(sub)}/roleManagementAlertOperations/${encodeURIComponent(operationName)}`;
  },
  subscription: (sub: string): string => `/subscriptions/${subscriptionSegment(sub)}`,
  subscriptions: (): string => '/subscriptions',
};
