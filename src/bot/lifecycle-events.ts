import { TurnContext, type TeamsActivityHandler } from 'botbuilder';
import { scopeOf } from './context-turn';
import type { ConversationEvents } from './conversation-events';

const botWasAdded = (context: TurnContext): boolean =>
  (context.activity.membersAdded ?? []).some((member) => member.id === context.activity.recipient?.id);
const botWasRemoved = (context: TurnContext): boolean =>
  (context.activity.membersRemoved ?? []).some((member) => member.id === context.activity.recipient?.id);

/** Installation and membership events → ConversationEvents (install, bot added/removed, team deleted). */
export function registerLifecycle(handler: TeamsActivityHandler, events: ConversationEvents): void {
  const installed = async (context: TurnContext): Promise<void> =>
    events.installed(TurnContext.getConversationReference(context.activity), scopeOf(context.activity));
  const removed = async (context: TurnContext): Promise<void> => events.removed(context.activity.conversation.id);

  handler.onInstallationUpdateAdd(async (context, next) => {
    await installed(context);
    await next();
  });
  handler.onInstallationUpdateRemove(async (context, next) => {
    await removed(context);
    await next();
  });
  handler.onMembersAdded(async (context, next) => {
    if (botWasAdded(context)) await installed(context);
    await next();
  });
  handler.onMembersRemoved(async (context, next) => {
    if (botWasRemoved(context)) await removed(context);
    await next();
  });
  handler.onTeamsTeamDeletedEvent(async (_team, context, next) => {
    await removed(context);
    await next();
  });
}
