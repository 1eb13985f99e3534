import { TeamsActivityHandler, TurnContext, type InvokeResponse } from 'botbuilder';
import type { ActionRouter } from '../actions/action-router';
import { errorInvoke } from '../actions/invoke-result';
import type { CommandRouter } from '../commands/command-router';
import type { Logger } from '../logging/logger';
import type { BotTurn } from './bot-turn';
import { createBotTurn, scopeOf, type ContinuationAdapter } from './context-turn';
import type { ConversationEvents } from './conversation-events';
import { registerLifecycle } from './lifecycle-events';
import { routeSubmitFallback, submittedVerb } from './submit-fallback';
import { unsupportedInvoke } from './unsupported-invoke';

export interface PimActivityHandlerDeps {
  readonly commands: CommandRouter;
  readonly actions: ActionRouter;
  readonly events: ConversationEvents;
  readonly adapter: ContinuationAdapter;
  readonly botAppId: string;
  readonly logger: Logger;
}

/**
 * The Teams activity handler: text (mention stripped) goes to the command router, `adaptiveCard/action`
 * invokes to the action router (any other invoke gets a readable "not supported"), lifecycle events to
 * ConversationEvents. The only place that turns a
 * TurnContext into the handlers' BotTurn.
 */
export class PimActivityHandler extends TeamsActivityHandler {
  constructor(private readonly deps: PimActivityHandlerDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.deps.events.seen(TurnContext.getConversationReference(context.activity), scopeOf(context.activity));
      const turn = this.turnOf(context);
      const verb = submittedVerb(context.activity.value);
      if (verb !== undefined) await routeSubmitFallback(turn, this.deps.actions, verb, context.activity.value);
      else await this.deps.commands.route(turn, TurnContext.removeRecipientMention(context.activity) ?? '');
      await next();
    });
    registerLifecycle(this, deps.events);
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const name = context.activity.name;
    if (name !== 'adaptiveCard/action') {
      this.deps.logger.info('unsupported invoke', { name: typeof name === 'string' ? name.slice(0, 100) : null });
      return unsupportedInvoke(name);
    }
    const action = (context.activity.value as { action?: { type?: unknown; verb?: unknown; data?: unknown } } | undefined)?.action;
    const body = action?.type === 'Action.Execute'
      ? await this.deps.actions.handle(this.turnOf(context), action.verb, action.data ?? {})
      : errorInvoke('invalidInput', 'Only Action.Execute buttons are supported.');
    return { status: body.statusCode, body };
  }

  private turnOf(context: TurnContext): BotTurn {
    return createBotTurn(context, this.deps.adapter, this.deps.botAppId);
  }
}
