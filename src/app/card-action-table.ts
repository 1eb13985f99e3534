import type { RegisteredAction } from '../actions/card-action';
import { CARD_ACTIONS } from '../actions/card-actions';
import { subscribeAction } from '../notifications/subscribe-action';
import type { SubscriptionStore } from '../notifications/subscription-store';

/** The card verbs from outside src/actions (the welcome card's Subscribe): main registers exactly these. */
export function extensionCardActions(sources: { readonly subscriptions: SubscriptionStore }): RegisteredAction[] {
  return [subscribeAction(sources.subscriptions)];
}

/** Every card verb the composed app handles (built without services: verbs only). */
export function registeredActionVerbs(): string[] {
  return [...CARD_ACTIONS, ...extensionCardActions({ subscriptions: {} as SubscriptionStore })].map((action) => action.verb);
}
