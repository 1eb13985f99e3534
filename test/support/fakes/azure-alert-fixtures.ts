import type { AzureAlertKey } from '../../../src/pim/alert-catalog';
import type { AlertIncident, AlertWithIncidents } from '../../../src/pim/model';
import { makeAlert } from './alert-fixtures';

export const PROD = { subscriptionId: 'afa2a084-766f-4003-8ae1-c4aeb893a99f', displayName: 'Contoso Production' };
export const DEV = { subscriptionId: '5c6a1e4b-8f2d-4b7a-9c31-2d0e7f6a1b22', displayName: 'Contoso <b>Dev</b>' };

/** An Azure resource alert as the Resource Manager source maps it: `Subscription_{id}_{key}`, scoped to the subscription. */
export function makeAzureAlert(key: AzureAlertKey, scope: { subscriptionId: string; displayName?: string }, incidents: Partial<AlertIncident>[] = [{}]): AlertWithIncidents {
  const base = makeAlert(key, { incidents: incidents.length });
  const id = `Subscription_${scope.subscriptionId}_${key}`;
  return {
    ...base, id, alertDefinitionId: id, scopeId: `/subscriptions/${scope.subscriptionId}`, scopeType: 'subscription',
    ...(scope.displayName ? { scopeDisplayName: scope.displayName } : {}),
    incidents: base.incidents.map((incident, index) => ({ ...incident, roleDisplayName: undefined, ...incidents[index] })),
  };
}
