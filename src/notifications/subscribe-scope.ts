import { AppError } from '../errors/app-error';
import { subscriptionIdOf } from '../pim/arm/azure-scope';
import type { Alert } from '../pim/model';

/** The directory (the Entra alerts) as a subscription scope; Azure subscriptions are `/subscriptions/{id}`. */
export const DIRECTORY = 'directory';

const USAGE = 'Usage: subscribe scope <directory | subscription id ...> or subscribe scope all.';

/**
 * The scopes of `subscribe scope directory 1111…`: `directory` (the Entra alerts) and Azure subscription ids as
 * `/subscriptions/{id}` (each once), or none for `subscribe scope all` (the limit lifted). AppError `invalidInput` otherwise.
 */
export function parseScopes(words: readonly string[]): string[] {
  if (words.length === 0) throw new AppError('invalidInput', { userMessage: USAGE });
  if (words.length === 1 && words[0]?.toLowerCase() === 'all') return [];
  const scopes: string[] = [];
  for (const word of words) {
    const subscriptionId = subscriptionIdOf(word);
    const scope = word.toLowerCase() === DIRECTORY ? DIRECTORY : subscriptionId === null ? undefined : `/subscriptions/${subscriptionId}`;
    if (scope === undefined) throw new AppError('invalidInput', { userMessage: `"${word.slice(0, 60)}" is not a scope. ${USAGE}` });
    if (!scopes.includes(scope)) scopes.push(scope);
  }
  return scopes;
}

/** True when a subscription limited to `scopes` (none or empty = every scope) wants this alert. */
export function wantsScope(scopes: readonly string[] | undefined, alert: Alert): boolean {
  if (!scopes || scopes.length === 0) return true;
  const scope = alert.scopeType === 'subscription' ? alert.scopeId.toLowerCase() : DIRECTORY;
  return scopes.includes(scope);
}
