import { ALL_ALERT_TYPES } from '../../pim/alert-catalog';
import type { Alert } from '../../pim/model';
import { alertDisplayName } from '../../cards/alert-headline';
import { escapeCardText } from '../../cards/escape-card-text';
import { closestNames } from '../closest-names';

export type AlertResolution =
  | { readonly kind: 'found'; readonly alert: Alert }
  | { readonly kind: 'missing' | 'ambiguous' | 'misspelt'; readonly query: string; readonly suggestions: readonly string[] };

/**
 * Finds the alert a user means: short key (`staleSignIn`), full key (`StaleSignInAlert`), the full
 * id, or an unambiguous start of the display name or short key, all case-insensitive. Not found: the
 * alerts whose names contain the text, else the one(s) a typo away (`staleSignon`: "did you mean"),
 * else all of them.
 */
export function resolveAlert(query: string, alerts: readonly Alert[]): AlertResolution {
  const wanted = query.trim().toLowerCase();
  const exact = alerts.find((alert) => exactNames(alert).includes(wanted));
  if (exact) return { kind: 'found', alert: exact };
  const byPrefix = wanted.length < 3 ? [] : alerts.filter((alert) => prefixNames(alert).some((name) => name.startsWith(wanted)));
  if (byPrefix.length === 1) return { kind: 'found', alert: byPrefix[0]! };
  if (byPrefix.length > 1) return { kind: 'ambiguous', query, suggestions: byPrefix.map(suggestion) };
  const near = alerts.filter((alert) => looseNames(alert).some((name) => name.includes(wanted)));
  if (near.length > 0) return { kind: 'missing', query, suggestions: near.map(suggestion) };
  const typo = closestNames(wanted, alerts, exactNames);
  if (typo.length > 0) return { kind: 'misspelt', query, suggestions: typo.map(suggestion) };
  return { kind: 'missing', query, suggestions: alerts.map(suggestion) };
}

/** The words a user could type to name `alert` exactly. */
function exactNames(alert: Alert): string[] {
  const names = [alert.id.toLowerCase()];
  const type = ALL_ALERT_TYPES.find((info) => info.key === alert.alertKey);
  if (type) names.push(type.key.toLowerCase(), type.shortKey.toLowerCase());
  return names;
}

/** Names a user may abbreviate: the display name and the short key. */
function prefixNames(alert: Alert): string[] {
  const type = ALL_ALERT_TYPES.find((info) => info.key === alert.alertKey);
  return [alertDisplayName(alert).toLowerCase(), ...(type ? [type.shortKey.toLowerCase()] : [])];
}

function looseNames(alert: Alert): string[] {
  return [...exactNames(alert), alertDisplayName(alert).toLowerCase()];
}

function suggestion(alert: Alert): string {
  const type = ALL_ALERT_TYPES.find((info) => info.key === alert.alertKey);
  const name = escapeCardText(alertDisplayName(alert), 120);
  return type ? `${type.shortKey} (${name})` : name;
}

/** A reply for an unresolved alert: what was not found and what to type instead. */
export function unresolvedText(resolution: Exclude<AlertResolution, { kind: 'found' }>): string {
  const query = escapeCardText(resolution.query, 80);
  if (resolution.kind === 'misspelt') {
    const [first, ...others] = resolution.suggestions;
    if (others.length === 0) return `I can't find an alert called "${query}". Did you mean ${first ?? ''}?`;
  }
  const head = resolution.kind === 'ambiguous' ? `"${query}" matches more than one alert.` : `I can't find an alert called "${query}".`;
  return [`${head} Try one of:`, ...resolution.suggestions.slice(0, 8).map((name) => `- ${name}`)].join('\n');
}
