import type { Activity, Middleware, ResourceResponse, TurnContext } from './teams-activity';
import type { Logger } from '../logging/logger';
import type { SentMessageStore } from './sent-message-store';
import type { MessageOrigin } from '../cards/outgoing-message';
import { MESSAGE_ORIGIN } from './message-origin-key';

/**
 * Keeps the bot to its own messages. Every message it sends (replies, background sends, proactive
 * notifications: all go through the adapter's middleware) is recorded; an update of any other activity id
 * (a card action's `replyToId` is chosen by the client, so it can name someone else's message) is not
 * made: the content goes out as a new message instead, and a warning is logged. A notification's origin
 * (its alert and broadcast, set in the turn state by sendMessage) is recorded with its id.
 */
export class OwnMessagesMiddleware implements Middleware {
  constructor(private readonly sent: SentMessageStore, private readonly logger: Logger) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.onSendActivities(async (ctx, activities, send) => {
      const responses = await send();
      // The message is out: failing to remember it must not make the send look failed (and be repeated).
      const origin = ctx.turnState.get<MessageOrigin | undefined>(MESSAGE_ORIGIN);
      await this.sent.record(conversationOf(ctx), sentMessageIds(activities, responses), origin).catch((error: unknown) => {
        this.logger.warn('could not record a sent message; it will not be updatable', { correlationId: ctx.activity.id, error });
      });
      return responses;
    });
    context.onUpdateActivity(async (ctx, activity, update) => {
      const conversationId = conversationOf(ctx);
      if (activity.id && (await this.sent.has(conversationId, activity.id))) return update();
      this.logger.warn('update refused: not a message this bot sent; sent as a new message', {
        conversationId, activityId: activity.id?.slice(0, 100), correlationId: ctx.activity.id,
      });
      await ctx.sendActivity({ ...activity, id: undefined });
    });
    await next();
  }
}

function conversationOf(context: TurnContext): string {
  return context.activity.conversation?.id ?? '';
}

/** Ids of the messages among `activities` (typing indicators and invoke responses are not messages). */
function sentMessageIds(activities: readonly Partial<Activity>[], responses: readonly ResourceResponse[]): string[] {
  return activities.flatMap((activity, index) => {
    const id = responses[index]?.id;
    return activity.type === 'message' && id ? [id] : [];
  });
}
