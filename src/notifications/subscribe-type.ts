import type { ActingUser } from '../auth/access';
import { AppError } from '../errors/app-error';
import type { AlertKey } from '../pim/alert-catalog';
import { ALERT_TYPE_NAMES, parseAlertType } from './alert-type-filter';
import { describeSubscription } from './subscription-text';
import type { SubscriptionStore } from './subscription-store';

const USAGE = `Usage: subscribe type <alertType ...> or subscribe type all. Alert types: ${ALERT_TYPE_NAMES.join(', ')}.`;

/**
 * `subscribe type staleSignIn tooManyGlobalAdmins`: only these alert types notify here (the severity
 * floor still applies); `subscribe type all` lifts the limit. A new subscription starts from
 * `informational`, so the types alone decide. Resolves to the answer for the user.
 */
export async function subscribeToTypes(subscriptions: SubscriptionStore, conversationId: string, user: ActingUser, words: readonly string[]): Promise<string> {
  if (words.length === 0) throw new AppError('invalidInput', { userMessage: USAGE });
  const all = words.length === 1 && words[0]!.toLowerCase() === 'all';
  const types: AlertKey[] = [];
  for (const word of all ? [] : words) {
    const type = parseAlertType(word);
    if (!type) throw new AppError('invalidInput', { userMessage: `"${word.slice(0, 40)}" is not an alert type. ${USAGE}` });
    if (!types.includes(type)) types.push(type);
  }
  const subscription = await subscriptions.setAlertTypes(conversationId, types, user, 'informational');
  return `Subscribed. ${describeSubscription(subscription)} Type "unsubscribe" to stop.`;
}
