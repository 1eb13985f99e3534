import { TeamsActivityHandler, TurnContext, type InvokeResponse } from 'botbuilder';
import type { Logger } from '../logging/logger';
import type { Router } from '../routes/router';
import { answerCommand, answerInvoke, answerSubmit, submittedData, submittedVerb } from './answer-message';
import type { BotTurn } from './bot-turn';
import { createBotTurn, scopeOf, type ContinuationAdapter } from './context-turn';
import type { ConversationEvents } from './conversation-events';
import { registerLifecycle } from './lifecycle-events';
import { errorInvoke, invokeResponse } from './invoke-response';
import { unsupportedInvoke } from './unsupported-invoke';

export interface PimActivityHandlerDeps {
  readonly router: Router;
  readonly events: ConversationEvents;
  readonly adapter: ContinuationAdapter;
  readonly botAppId: string;
  readonly logger: Logger;
}

/**
 * The Teams activity handler: text (mention stripped) and `adaptiveCard/action` invokes go to the
 * route table's router, whose results become replies, card updates and invoke bodies here (any other
 * invoke gets a readable "not supported"); lifecycle events go to ConversationEvents.
 */
export class PimActivityHandler extends TeamsActivityHandler {
  constructor(private readonly deps: PimActivityHandlerDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.deps.events.seen(TurnContext.getConversationReference(context.activity), scopeOf(context.activity));
      const turn = this.turnOf(context);
      const verb = submittedVerb(context.activity.value);
      if (verb !== undefined) await answerSubmit(turn, await this.deps.router.cardAction(turn, verb, submittedData(context.activity.value)));
      else await answerCommand(turn, await this.deps.router.command(turn, TurnContext.removeRecipientMention(context.activity) ?? ''));
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
    if (action?.type !== 'Action.Execute') return invokeResponse(errorInvoke('invalidInput', 'Only Action.Execute buttons are supported.'));
    const turn = this.turnOf(context);
    return invokeResponse(await answerInvoke(turn, await this.deps.router.cardAction(turn, action.verb, action.data ?? {}), this.deps.logger));
  }

  private turnOf(context: TurnContext): BotTurn {
    return createBotTurn(context, this.deps.adapter, this.deps.botAppId);
  }
}
