import type { RegisteredAction } from '../actions/card-action';
import type { ActingUser } from '../auth/access';
import type { ConversationEvents } from '../bot/conversation-events';
import type { CardViewOptions } from '../cards/render-alert-card';
import type { Command } from '../commands/command';
import type { ReadinessCheck } from '../server/readiness';

/** What other areas plug into the bot (notifications, security views); all optional. */
export interface AppExtensions {
  /** Conversation registry and welcome card (notifications). */
  readonly conversationEvents?: ConversationEvents;
  /** More chat commands (subscribe, unsubscribe, subscriptions, audit, ...). */
  readonly commands?: readonly Command[];
  /** More card verbs (e.g. the welcome card's Subscribe); duplicates of existing verbs are refused. */
  readonly cardActions?: readonly RegisteredAction[];
  /** Extra /healthz facts, e.g. the poller's last run. */
  readonly health?: () => Record<string, unknown>;
  readonly readinessChecks?: readonly ReadinessCheck[];
  /** Per-user card view (e.g. hide write buttons from readers). */
  readonly viewFor?: (user: ActingUser) => Promise<CardViewOptions>;
  /** Users (MRIs, e.g. known administrators) who get a user-specific view of cards in group chats and channels. */
  readonly refreshUserIds?: () => readonly string[];
}
