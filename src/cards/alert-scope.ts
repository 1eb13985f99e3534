import type { Alert } from '../pim/model';

/** The heading of the Entra alerts' group in a list that also holds Azure subscriptions. */
export const DIRECTORY_SCOPE = 'Microsoft Entra ID (directory roles)';

/** True for an alert about an Azure resource scope (a subscription) rather than the directory. */
export function isAzureScope(alert: Alert): boolean {
  return alert.scopeType === 'subscription';
}

/** `Azure subscription Contoso Production (afa2…-…)`, or the directory heading (unescaped). */
export function alertScopeName(alert: Alert): string {
  if (!isAzureScope(alert)) return DIRECTORY_SCOPE;
  const id = alert.scopeId.split('/').pop() ?? alert.scopeId;
  return alert.scopeDisplayName ? `Azure subscription ${alert.scopeDisplayName} (${id})` : `Azure subscription ${id}`;
}
