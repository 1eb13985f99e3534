import { randomUUID } from 'node:crypto';
import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { BotTurn } from './bot-turn';
import type { ConversationScope, LaterHandle, TurnConversation } from '../use-cases/turn';
import type { OutgoingMessage } from '../cards/outgoing-message';
import { toActivity } from './outgoing-activity';

/** The part of CloudAdapter that background work needs. */
export interface ContinuationAdapter {
  continueConversationAsync(botAppId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

export function scopeOf(activity: Partial<Activity>): ConversationScope {
  const type = activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat' ? type : 'personal';
}

function conversationOf(activity: Activity): TurnConversation {
  const channelData = (activity.channelData ?? {}) as { tenant?: { id?: string }; team?: { id?: string } };
  return {
    id: activity.conversation.id,
    type: scopeOf(activity),
    tenantId: activity.conversation.tenantId ?? channelData.tenant?.id,
    teamId: channelData.team?.id,
  };
}

/** Sends and updates in one conversation from any context (the turn's own, or a continued one). */
async function send(context: TurnContext, message: OutgoingMessage): Promise<string> {
  const response = await context.sendActivity(toActivity(message));
  return response?.id ?? '';
}

async function update(context: TurnContext, activityId: string, message: OutgoingMessage): Promise<void> {
  await context.updateActivity({ ...toActivity(message), id: activityId, type: 'message' });
}

/** The handler-facing view of a botbuilder turn. */
export function createBotTurn(context: TurnContext, adapter: ContinuationAdapter, botAppId: string): BotTurn {
  const activity = context.activity;
  const reference = TurnContext.getConversationReference(activity);
  const inConversation = (logic: (ctx: TurnContext) => Promise<void>): Promise<void> =>
    adapter.continueConversationAsync(botAppId, reference, logic);
  const later: LaterHandle = {
    async send(message) {
      let id = '';
      await inConversation(async (ctx) => { id = await send(ctx, message); });
      return id;
    },
    update: (activityId, message) => inConversation((ctx) => update(ctx, activityId, message)),
  };
  return {
    user: { id: activity.from?.id ?? 'unknown', name: activity.from?.name ?? 'Someone', aadObjectId: activity.from?.aadObjectId },
    conversation: conversationOf(activity),
    correlationId: activity.id ?? randomUUID(),
    sourceMessageId: activity.replyToId,
    reply: (message) => send(context, message),
    update: (activityId, message) => update(context, activityId, message),
    later: () => later,
  };
}
