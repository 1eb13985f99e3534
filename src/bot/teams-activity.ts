import { randomUUID } from 'node:crypto';
import { CardFactory, MessageFactory, TurnContext, type Activity, type CloudAdapterBase, type ConversationReference } from 'botbuilder';
import type { UserTokenClient } from 'botframework-connector';
import type { OutgoingMessage } from '../cards/outgoing-message';
import type { ConversationAddress } from '../notifications/conversation-address';
import type { ConversationScope, LaterHandle, Turn, TurnConversation } from '../use-cases/turn';
import type { BotTurn } from './bot-turn';
import { MESSAGE_ORIGIN } from './message-origin-key';

/** botbuilder's middleware types, for the bot's own adapter middleware (botbuilder is imported only here). */
export type { Activity, Middleware, ResourceResponse, TurnContext } from 'botbuilder';
export type { UserTokenClient } from 'botframework-connector';

/** The turn's Bot Framework token service client (CloudAdapter puts it in the turn state), if any. */
export function userTokenClientOf(context: TurnContext): UserTokenClient | undefined {
  return context.turnState.get<UserTokenClient | undefined>((context.adapter as CloudAdapterBase).UserTokenClientKey);
}

/** An OAuth (sign-in) card as an activity; with `tokenExchangeResource` Teams tries SSO first. */
export function oauthCardActivity(
  connectionName: string, text: string, link: string, tokenExchangeResource?: { id?: string; uri?: string; providerId?: string },
): Partial<Activity> {
  return MessageFactory.attachment(CardFactory.oauthCard(connectionName, 'Sign in', text, link, tokenExchangeResource));
}

/** The part of CloudAdapter that posting later (background work, notifications) needs. */
export interface ContinuationAdapter {
  continueConversationAsync(botAppId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

/** The one conversion of a message the bot sends (reply, update, proactive) into a Bot Framework activity: text, or an Adaptive Card attachment. */
export function toActivity(message: OutgoingMessage): Partial<Activity> {
  if (!('card' in message)) return MessageFactory.text(message.text);
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(message.card));
  if (message.text !== undefined) activity.text = message.text;
  if (message.summary !== undefined) activity.summary = message.summary;
  return activity;
}

/** Where this activity's conversation can be posted to later. */
export function addressOf(activity: Partial<Activity>): ConversationAddress {
  return TurnContext.getConversationReference(activity);
}

/**
 * Where an install is recorded and welcomed: for a team, its General channel, whose id is the team's id
 * (https://github.com/MicrosoftDocs/msteams-docs/pull/14355), whichever channel the install came from;
 * otherwise the conversation itself.
 */
export function installAddressOf(activity: Partial<Activity>): ConversationAddress {
  const address = addressOf(activity);
  const teamId = (activity.channelData as { team?: { id?: unknown } } | undefined)?.team?.id;
  if (scopeOf(activity) !== 'channel' || typeof teamId !== 'string' || teamId === '' || !address.conversation) return address;
  return { ...address, conversation: { ...address.conversation, id: teamId } };
}

/** A stored address back as botbuilder's reference (the connector reads only the fields present). */
export function referenceOf(address: ConversationAddress): Partial<ConversationReference> {
  return address as Partial<ConversationReference>;
}

export function scopeOf(activity: Partial<Activity>): ConversationScope {
  const type = activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat' ? type : 'personal';
}

/** Posts `message` through any context (the turn's own, or a continued one); resolves to its activity id. */
export async function sendMessage(context: TurnContext, message: OutgoingMessage): Promise<string> {
  const origin = 'card' in message ? message.origin : undefined;
  if (origin) context.turnState.set(MESSAGE_ORIGIN, origin);
  try {
    const response = await context.sendActivity(toActivity(message));
    return response?.id ?? '';
  } finally {
    if (origin) context.turnState.delete(MESSAGE_ORIGIN);
  }
}

async function updateMessage(context: TurnContext, activityId: string, message: OutgoingMessage): Promise<void> {
  await context.updateActivity({ ...toActivity(message), id: activityId, type: 'message' });
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

/** The Turn routes and use cases see, over a botbuilder turn; reply and update stay in src/bot/. */
export function createBotTurn(
  context: TurnContext, adapter: ContinuationAdapter, botAppId: string, tokens?: Pick<Required<Turn>, 'userToken' | 'signOut'>,
): BotTurn {
  const activity = context.activity;
  const reference = TurnContext.getConversationReference(activity);
  const inConversation = (logic: (ctx: TurnContext) => Promise<void>): Promise<void> =>
    adapter.continueConversationAsync(botAppId, reference, logic);
  const later: LaterHandle = {
    async send(message) {
      let id = '';
      await inConversation(async (ctx) => { id = await sendMessage(ctx, message); });
      return id;
    },
    update: (activityId, message) => inConversation((ctx) => updateMessage(ctx, activityId, message)),
  };
  return {
    user: { id: activity.from?.id ?? 'unknown', name: activity.from?.name ?? 'Someone', aadObjectId: activity.from?.aadObjectId },
    conversation: conversationOf(activity),
    correlationId: activity.id ?? randomUUID(),
    sourceMessageId: activity.replyToId,
    reply: (message) => sendMessage(context, message),
    update: (activityId, message) => updateMessage(context, activityId, message),
    later: () => later,
    ...(tokens ? { userToken: tokens.userToken, signOut: tokens.signOut } : {}),
  };
}
