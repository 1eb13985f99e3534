import type { RegisteredAction } from '../actions/card-action';
import type { ConversationEvents } from '../bot/conversation-events';
import type { Command } from '../commands/command';
import type { ReadinessCheck } from '../server/readiness';
import type { TriageServices } from '../triage/triage-services';

/** What other areas plug into the bot (notifications, security views); all optional. */
export interface AppExtensions {
  /** Conversation registry and welcome card (notifications). */
  readonly conversationEvents?: ConversationEvents;
  /** More chat commands (subscribe, unsubscribe, subscriptions, audit, ...). */
  readonly commands?: readonly Command[];
  /** More card verbs (e.g. the welcome card's Subscribe); duplicates of existing verbs are refused. */
  readonly cardActions?: readonly RegisteredAction[];
  readonly readinessChecks?: readonly ReadinessCheck[];
  /** Snoozes, exclusions, owners and Entra links on alert cards. */
  readonly triage?: TriageServices;
}
