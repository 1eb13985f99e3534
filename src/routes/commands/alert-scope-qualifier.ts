import { isAzureScope } from '../../cards/alert-scope';
import { ALL_ALERT_TYPES } from '../../pim/alert-catalog';
import type { Alert } from '../../pim/model';

/** The shortest start of a subscription id the bot suggests (`tooManyOwners@afa2a084`). */
const SHORT_ID = 8;
const DIRECTORY_WORDS = new Set(['directory', 'entra', 'tenant']);

/** `name@scope` split at its last `@`; no `@` (or nothing on either side) leaves the whole text as the name. */
export function splitScopeQualifier(query: string): { readonly name: string; readonly scope?: string } {
  const at = query.lastIndexOf('@');
  const name = query.slice(0, at).trim();
  const scope = query.slice(at + 1).trim();
  return at <= 0 || name === '' || scope === '' ? { name: query.trim() } : { name, scope };
}

/**
 * The alerts in the scope a user named after `@`: an Azure subscription by its id (whole, with or without
 * `subscriptions/`, or its first 8 or more characters) or by its display name (case, spaces and punctuation
 * ignored: `ContosoProduction`, `contoso-production`); `directory`/`entra` for the Entra alerts.
 */
export function alertsInScope(alerts: readonly Alert[], scope: string): Alert[] {
  const wanted = scope.trim().toLowerCase().replace(/^\/?subscriptions\//, '');
  if (DIRECTORY_WORDS.has(wanted)) return alerts.filter((alert) => !isAzureScope(alert));
  const byId = wanted.length >= SHORT_ID ? alerts.filter((alert) => isAzureScope(alert) && subscriptionOf(alert).startsWith(wanted)) : [];
  if (byId.length > 0) return byId;
  const name = normalised(wanted);
  return name === '' ? [] : alerts.filter((alert) => isAzureScope(alert) && normalised(alert.scopeDisplayName ?? '') === name);
}

/**
 * What to type after `@` to name `alert`'s subscription among `alerts`: the id's first 8 characters, or the whole
 * id when another subscription starts the same way. Only hex digits and dashes, so it is safe in chat markdown.
 */
export function scopeToken(alert: Alert, alerts: readonly Alert[]): string {
  const id = subscriptionOf(alert);
  const short = id.slice(0, SHORT_ID);
  const clash = alerts.some((other) => isAzureScope(other) && subscriptionOf(other) !== id && subscriptionOf(other).startsWith(short));
  return clash ? id : short;
}

/** The subscription id of an Azure alert (lower case), from its scope `/subscriptions/{id}`. */
export function subscriptionOf(alert: Alert): string {
  return (alert.scopeId.split('/').pop() ?? '').toLowerCase();
}

function normalised(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A name to type for `alert` in a later command (`snooze end …`): the alert type's key for an Entra alert, and for an
 * Azure alert its short key narrowed to its subscription (`tooManyOwners@afa2a084`), since each subscription raises it.
 */
export function nameToType(alert: Alert): string {
  const type = ALL_ALERT_TYPES.find((info) => info.key === alert.alertKey);
  if (!isAzureScope(alert)) return alert.alertKey ?? alert.id;
  return type ? `${type.shortKey}@${subscriptionOf(alert).slice(0, SHORT_ID)}` : alert.id;
}
