import type { ActingUser } from '../auth/access';
import type { CardPayload } from '../cards/card-payload';

export type ConversationScope = 'personal' | 'groupChat' | 'channel';

export interface TurnConversation {
  readonly id: string;
  readonly type: ConversationScope;
  readonly tenantId?: string;
  readonly teamId?: string;
}

/**
 * What a handler sends: plain text, or a card with an optional text above it. `summary` is the
 * activity's summary: the one-line preview Teams shows in notifications and the chat list, without a
 * second visible post (a text next to a card shows as a post of its own in the Playground).
 */
export type OutgoingMessage = { readonly text: string } | { readonly card: CardPayload; readonly text?: string; readonly summary?: string };

/** Sends into the same conversation after the turn has ended (background work). */
export interface LaterHandle {
  send(message: OutgoingMessage): Promise<string>;
  update(activityId: string, message: OutgoingMessage): Promise<void>;
}

/**
 * The small context every command and card action gets instead of botbuilder's TurnContext, so
 * handlers stay independent of the bot framework.
 */
export interface BotTurn {
  readonly user: ActingUser;
  readonly conversation: TurnConversation;
  /** The incoming activity id: logged with every error of this turn. */
  readonly correlationId: string;
  /** For card actions: the id of the message holding the clicked card. */
  readonly sourceMessageId?: string;
  /** Sends a message; resolves to its activity id. */
  reply(message: OutgoingMessage): Promise<string>;
  update(activityId: string, message: OutgoingMessage): Promise<void>;
  later(): LaterHandle;
}
