/**
 * Where the bot can post into a conversation later (proactive messages): the project's own type for a
 * Bot Framework conversation reference, captured from an activity and kept in storage. Only src/bot/
 * turns it into botbuilder's ConversationReference.
 */
export interface ConversationAddress {
  readonly channelId?: string;
  readonly serviceUrl?: string;
  readonly conversation?: {
    readonly id: string;
    readonly conversationType?: string;
    readonly tenantId?: string;
    readonly isGroup?: boolean;
    readonly name?: string;
  };
  readonly bot?: { readonly id: string; readonly name?: string };
  readonly user?: { readonly id: string; readonly name?: string; readonly aadObjectId?: string };
  readonly activityId?: string;
  readonly locale?: string;
}
