import type { RegisteredAction } from '../actions/card-action';
import { CARD_ACTIONS } from '../actions/card-actions';
import { subscribeAction } from '../notifications/subscribe-action';
import type { SubscriptionStore } from '../notifications/subscription-store';
import { acknowledgeAction } from '../triage/acknowledge-action';
import type { TriageServices } from '../triage/triage-services';

/** The card verbs from outside src/actions (the welcome card's Subscribe, a notification's "I'm on it"): main registers exactly these. */
export function extensionCardActions(sources: { readonly subscriptions: SubscriptionStore; readonly triage: TriageServices }): RegisteredAction[] {
  return [subscribeAction(sources.subscriptions), acknowledgeAction(sources.triage)];
}

/** Every card verb the composed app handles (built without services: verbs only). */
export function registeredActionVerbs(): string[] {
  return [...CARD_ACTIONS, ...extensionCardActions({ subscriptions: {} as SubscriptionStore, triage: {} as TriageServices })].map((action) => action.verb);
}
