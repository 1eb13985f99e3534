import type { CardPayload } from './card-payload';

/**
 * Where a message came from, recorded with its activity id when it is sent (src/bot/sent-message-store.ts):
 * a notification may be redrawn ("I'm on it") only when the clicked message is one, for that alert.
 */
export interface MessageOrigin {
  readonly kind: 'notification';
  readonly alertId: string;
  readonly broadcastId: string;
}

/**
 * A message the bot sends: plain text, or a card with an optional text above it. `summary` is the
 * activity's summary: the one-line preview Teams shows in notifications and the chat list, without a
 * second visible post (a text next to a card shows as a post of its own in the Playground).
 */
export type OutgoingMessage =
  | { readonly text: string }
  | { readonly card: CardPayload; readonly text?: string; readonly summary?: string; readonly origin?: MessageOrigin };
