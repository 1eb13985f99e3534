import type { ActingUser } from '../auth/access';
import type { OutgoingMessage } from '../cards/outgoing-message';
import type { TokenResource } from '../delegation/token-resource';

export type ConversationScope = 'personal' | 'groupChat' | 'channel';

export interface TurnConversation {
  readonly id: string;
  readonly type: ConversationScope;
  readonly tenantId?: string;
  readonly teamId?: string;
}

/** Sends into the same conversation after the turn has ended (background work). */
export interface LaterHandle {
  send(message: OutgoingMessage): Promise<string>;
  update(activityId: string, message: OutgoingMessage): Promise<void>;
}

/**
 * Who asks, where, and a way to post later: what routes and use cases know of a Teams turn. They
 * never answer through it; they return a result and src/bot/ turns that into the Teams wire format.
 */
export interface Turn {
  readonly user: ActingUser;
  readonly conversation: TurnConversation;
  /** The incoming activity id: logged with every error of this turn. */
  readonly correlationId: string;
  /** For card actions: the id of the message holding the clicked card. */
  readonly sourceMessageId?: string;
  later(): LaterHandle;
  /**
   * The user's delegated token for `resource` (Graph, or Resource Manager) from the token service of
   * that resource's OAuth connection (Teams SSO: a token the invoke carried is exchanged first), or
   * undefined when they must sign in. Absent where no token service is wired.
   */
  readonly userToken?: (resource: TokenResource) => Promise<string | undefined>;
  /** Drops the token service's token of `resource` for this user (the API refused it), so the next sign-in exchanges afresh. */
  readonly signOut?: (resource: TokenResource) => Promise<void>;
}
