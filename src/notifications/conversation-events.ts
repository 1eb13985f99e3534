import type { ConversationAddress } from './conversation-address';
import type { ConversationScope } from '../use-cases/turn';

/**
 * Conversation lifecycle as the bot sees it: implemented by the notifications side (conversation
 * registry, welcome card). Every call is awaited by the activity handler.
 */
export interface ConversationEvents {
  /** Any message from the conversation: keeps the stored reference fresh. */
  seen(reference: ConversationAddress, scope: ConversationScope): Promise<void>;
  /** The app was installed in, or the bot added to, the conversation. */
  installed(reference: ConversationAddress, scope: ConversationScope): Promise<void>;
  /** The app was uninstalled, the bot removed, or the team deleted. */
  removed(conversationId: string): Promise<void>;
}

/** The default when nothing listens: every event is ignored. */
export const noConversationEvents: ConversationEvents = {
  seen: () => Promise.resolve(),
  installed: () => Promise.resolve(),
  removed: () => Promise.resolve(),
};
