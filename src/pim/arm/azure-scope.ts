import { AppError } from '../../errors/app-error';
import { isGuid } from '../ids';

/** An Azure subscription whose PIM alerts the bot reads: its id (lower case) and, when known, its display name. */
export interface AzureScope {
  readonly subscriptionId: string;
  readonly displayName?: string;
}

const SUBSCRIPTION_ID = /^\/?subscriptions\/([^/]+)\/?$/i;
const AZURE_ALERT_ID = /^Subscription_([0-9a-fA-F-]{36})_([A-Za-z][A-Za-z0-9]{2,80})$/;
/** Resource Manager's alert names are the alert type keys. */
const ALERT_NAME = /^[A-Za-z][A-Za-z0-9]{2,80}$/;

/** `{guid}`, `subscriptions/{guid}` or `/subscriptions/{guid}` → the GUID in lower case, or null. */
export function subscriptionIdOf(text: string): string | null {
  const trimmed = text.trim();
  const candidate = SUBSCRIPTION_ID.exec(trimmed)?.[1] ?? trimmed;
  return isGuid(candidate) ? candidate.toLowerCase() : null;
}

/** The scope's resource id as the alert model carries it: `/subscriptions/{id}`. */
export function subscriptionScopeId(subscriptionId: string): string {
  return `/subscriptions/${subscriptionId}`;
}

/** The bot's id of the Resource Manager alert `alertName` at a subscription: `Subscription_{id}_{name}`. */
export function azureAlertId(subscriptionId: string, alertName: string): string {
  return `Subscription_${subscriptionId}_${alertName}`;
}

export function isAzureAlertId(value: string): boolean {
  return AZURE_ALERT_ID.test(value) && isGuid(AZURE_ALERT_ID.exec(value)?.[1]);
}

/** Splits an Azure alert id; AppError `invalidId` for anything else. */
export function parseAzureAlertId(alertId: string): { readonly subscriptionId: string; readonly alertName: string } {
  const match = AZURE_ALERT_ID.exec(alertId);
  const subscriptionId = match?.[1];
  const alertName = match?.[2];
  if (!subscriptionId || !alertName || !isGuid(subscriptionId) || !ALERT_NAME.test(alertName)) {
    throw new AppError('invalidId', { userMessage: 'That is not a valid Azure resource alert id.' });
  }
  return { subscriptionId: subscriptionId.toLowerCase(), alertName };
}

/** A scope for people: `Contoso Production (subscription 1111…)`, or the id alone. */
export function describeScope(scope: AzureScope): string {
  return scope.displayName ? `${scope.displayName} (subscription ${scope.subscriptionId})` : `subscription ${scope.subscriptionId}`;
}
