import { ALL_ALERT_TYPES } from '../../pim/alert-catalog';
import type { Alert } from '../../pim/model';
import { alertDisplayName } from '../../cards/alert-headline';
import { isAzureScope } from '../../cards/alert-scope';
import { escapeCardText } from '../../cards/escape-card-text';
import { closestNames } from '../closest-names';
import { alertsInScope, scopeToken, splitScopeQualifier, subscriptionOf } from './alert-scope-qualifier';

/** A name to type for one alert (`staleSignIn`, `tooManyOwners@afa2a084`) and what it is, escaped for chat. */
export interface AlertSuggestion {
  readonly type: string;
  readonly label: string;
}

/**
 * `ambiguous`: the text starts several alerts' names; `inScopes`: it names one alert type raised in several scopes
 * (Azure subscriptions), which must never be picked silently; `unknownScope`: nothing is watched in the scope after `@`.
 */
export type AlertResolution =
  | { readonly kind: 'found'; readonly alert: Alert }
  | {
    readonly kind: 'missing' | 'ambiguous' | 'misspelt' | 'inScopes' | 'unknownScope';
    readonly query: string;
    readonly suggestions: readonly AlertSuggestion[];
    /** The alerts suggested, in the same order (none for `unknownScope`, whose suggestions are scopes). */
    readonly candidates: readonly Alert[];
  };

/**
 * Finds the alert a user means: short key (`staleSignIn`), full key (`StaleSignInAlert`), the full id, or an
 * unambiguous start of the display name or short key, all case-insensitive, optionally narrowed to a scope with
 * `@subscription` (`tooManyOwners@afa2a084`, `tooManyOwners@Contoso Production`). Not found: the alerts whose names
 * contain the text, else the one(s) a typo away (`staleSignon`: "did you mean"), else all of them.
 */
export function resolveAlert(typed: string, alerts: readonly Alert[]): AlertResolution {
  const query = unquoted(typed);
  const { name, scope } = splitScopeQualifier(query);
  const pool = scope === undefined ? alerts : alertsInScope(alerts, scope);
  const unresolved = (kind: Exclude<AlertResolution['kind'], 'found'>, candidates: readonly Alert[]): AlertResolution =>
    ({ kind, query, suggestions: candidates.map((alert) => suggestion(alert, alerts)), candidates });
  if (scope !== undefined && pool.length === 0) return { kind: 'unknownScope', query, suggestions: scopeSuggestions(alerts), candidates: [] };
  const wanted = name.toLowerCase();
  const exact = pool.filter((alert) => exactNames(alert).includes(wanted));
  if (exact.length === 1) return { kind: 'found', alert: exact[0]! };
  if (exact.length > 1) return unresolved('inScopes', exact);
  const byPrefix = wanted.length < 3 ? [] : pool.filter((alert) => prefixNames(alert).some((text) => text.startsWith(wanted)));
  if (byPrefix.length === 1) return { kind: 'found', alert: byPrefix[0]! };
  if (byPrefix.length > 1) return unresolved(new Set(byPrefix.map((alert) => alert.alertKey)).size === 1 ? 'inScopes' : 'ambiguous', byPrefix);
  const near = pool.filter((alert) => looseNames(alert).some((text) => text.includes(wanted)));
  if (near.length > 0) return unresolved('missing', near);
  const typo = closestNames(wanted, pool, exactNames);
  if (typo.length > 0) return unresolved('misspelt', typo);
  return unresolved('missing', pool);
}

/** `"potential stale"` (or in typographic quotes, as Teams may type them) is the name without its quotes, as in `remediate … "Jane Doe"`. */
function unquoted(text: string): string {
  const trimmed = text.trim();
  const quoted = /^(?:"([^"]+)"|“([^”]+)”|'([^']+)')$/.exec(trimmed);
  return quoted ? (quoted[1] ?? quoted[2] ?? quoted[3] ?? '').trim() : trimmed;
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

/** The short key (qualified with `@` when the same type is raised in another scope too) and the alert's name and scope. */
function suggestion(alert: Alert, all: readonly Alert[]): AlertSuggestion {
  const type = ALL_ALERT_TYPES.find((info) => info.key === alert.alertKey);
  const name = escapeCardText(alertDisplayName(alert), 120);
  if (!type) return { type: escapeCardText(alert.id, 200), label: name };
  if (!isAzureScope(alert)) return { type: type.shortKey, label: name };
  const shared = all.filter((other) => other.alertKey === alert.alertKey).length > 1;
  return { type: shared ? `${type.shortKey}@${scopeToken(alert, all)}` : type.shortKey, label: `${name}, ${scopeLabel(alert)}` };
}

/** Every watched subscription once, as `@` would name it. */
function scopeSuggestions(alerts: readonly Alert[]): AlertSuggestion[] {
  const azure = alerts.filter(isAzureScope);
  const seen = new Map(azure.map((alert) => [subscriptionOf(alert), alert]));
  return [...seen.values()].map((alert) => ({ type: scopeToken(alert, azure), label: scopeLabel(alert) }));
}

function scopeLabel(alert: Alert): string {
  return alert.scopeDisplayName ? escapeCardText(alert.scopeDisplayName, 120) : `subscription ${subscriptionOf(alert)}`;
}

/**
 * A reply for an unresolved alert: what was not found and what to type instead. `retype` turns a suggested alert
 * name into the whole command to type (the same command with that name), shown for alerts raised in several scopes.
 */
export function unresolvedText(resolution: Exclude<AlertResolution, { kind: 'found' }>, retype: (name: string) => string = (name) => name): string {
  const query = escapeCardText(resolution.query, 80);
  const { suggestions } = resolution;
  const plain = suggestions.slice(0, 8).map((item) => `- ${item.type} (${item.label})`);
  switch (resolution.kind) {
    case 'inScopes': {
      const commands = suggestions.slice(0, 12).map((item) => `- \`${retype(item.type)}\`: ${item.label}`);
      return [`"${query}" is raised in ${suggestions.length} places. Say which one; type:`, ...commands].join('\n');
    }
    case 'unknownScope':
      return [`No watched subscription matches "${query}". After @ write a subscription's id (its first 8 characters are enough) or its name, or "directory":`, ...plain].join('\n');
    case 'misspelt':
      if (suggestions.length === 1) return `I can't find an alert called "${query}". Did you mean ${suggestions[0]!.type} (${suggestions[0]!.label})?`;
      break;
    default:
      break;
  }
  const head = resolution.kind === 'ambiguous' ? `"${query}" matches more than one alert.` : `I can't find an alert called "${query}".`;
  return [`${head} Try one of:`, ...plain].join('\n');
}
