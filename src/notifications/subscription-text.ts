import { escapeCardText } from '../cards/escape-card-text';
import { describeAlertTypes } from './alert-type-filter';
import type { Subscription } from './subscription-store';

/** One subscription as a sentence (names are escaped: they come from Teams). */
export function describeSubscription(subscription: Subscription): string {
  const floor = subscription.minimumSeverity === 'informational' ? 'any severity' : `severity ${subscription.minimumSeverity} and above`;
  const by = escapeCardText(subscription.subscribedBy.name, 100) || 'someone';
  const types = subscription.alertTypes?.length ? ` Only these alert types: ${describeAlertTypes(subscription.alertTypes)}.` : '';
  const scopes = subscription.scopes?.length ? ` Only these scopes: ${subscription.scopes.join(', ')}.` : '';
  return `This conversation is notified when incidents rise on PIM alerts of ${floor} (set by ${by} on ${subscription.subscribedAt.slice(0, 10)}).${types}${scopes}`;
}

/** Every subscription, at most 50 listed. */
export function describeSubscriptionList(subscriptions: readonly Subscription[]): string {
  if (subscriptions.length === 0) return 'No conversation is subscribed.';
  const lines = subscriptions.slice(0, 50).map((subscription) =>
    `- ${escapeCardText(subscription.conversationId, 120)}: ${subscription.minimumSeverity} and above${subscription.alertTypes?.length ? `; types ${describeAlertTypes(subscription.alertTypes)}` : ''}${subscription.scopes?.length ? `; scopes ${subscription.scopes.join(', ')}` : ''}`);
  const more = subscriptions.length > 50 ? `\n…and ${subscriptions.length - 50} more.` : '';
  return `${subscriptions.length} subscribed conversation(s):\n${lines.join('\n')}${more}`;
}
