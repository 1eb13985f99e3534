import { TeamsActivityHandler, TurnContext, type InvokeResponse } from 'botbuilder';
import type { Logger } from '../logging/logger';
import type { Router } from '../routes/router';
import { answerCommand, answerInvoke, answerSubmit, submittedData, submittedVerb } from './answer-message';
import type { BotTurn } from './bot-turn';
import { addressOf, createBotTurn, installAddressOf, scopeOf, type ContinuationAdapter } from './teams-activity';
import type { ConversationEvents } from '../notifications/conversation-events';
import { errorInvoke, invokeResponse, type InvokeResult } from './invoke-response';
import type { RouteResult } from '../routes/route-result';
import { SignIn, type SignInSetup } from './sign-in';
import { unsupportedInvoke } from './unsupported-invoke';

export interface PimActivityHandlerDeps {
  readonly router: Router;
  readonly events: ConversationEvents;
  readonly adapter: ContinuationAdapter;
  readonly botAppId: string;
  readonly logger: Logger;
  /** WRITE_MODE=delegated: Teams SSO (absent: writes run as the app, no sign-in). */
  readonly signIn?: SignInSetup;
}

/**
 * The Teams activity handler: text (mention stripped) and `adaptiveCard/action` invokes go to the
 * route table's router, whose results become replies, card updates and invoke bodies here (any other
 * invoke gets a readable "not supported"); installation and membership events go to ConversationEvents.
 */
export class PimActivityHandler extends TeamsActivityHandler {
  private readonly signIn?: SignIn;

  constructor(private readonly deps: PimActivityHandlerDeps) {
    super();
    this.signIn = deps.signIn && new SignIn(deps.signIn, deps.logger.child('sign-in'));
    this.onMessage(async (context, next) => {
      await this.deps.events.seen(addressOf(context.activity), scopeOf(context.activity));
      const turn = this.turnOf(context);
      const verb = submittedVerb(context.activity.value);
      if (verb !== undefined) await answerSubmit(turn, await this.deps.router.cardAction(turn, verb, submittedData(context.activity.value)));
      else await this.answerCommand(context, turn, await this.deps.router.command(turn, TurnContext.removeRecipientMention(context.activity) ?? ''));
      await next();
    });
    this.registerLifecycle(deps.events);
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const name = context.activity.name;
    if (this.signIn && (name === 'signin/tokenExchange' || name === 'signin/verifyState')) return invokeResponse(await this.signIn.signInInvoke(context));
    if (name !== 'adaptiveCard/action') {
      this.deps.logger.info('unsupported invoke', { name: typeof name === 'string' ? name.slice(0, 100) : null });
      return unsupportedInvoke(name);
    }
    const action = (context.activity.value as { action?: { type?: unknown; verb?: unknown; data?: unknown } } | undefined)?.action;
    if (action?.type !== 'Action.Execute') return invokeResponse(errorInvoke('invalidInput', 'Only Action.Execute buttons are supported.'));
    const turn = this.turnOf(context);
    const result = await this.deps.router.cardAction(turn, action.verb, action.data ?? {});
    const answer = (): Promise<InvokeResult> => answerInvoke(turn, result, this.deps.logger);
    return invokeResponse(this.signIn ? await this.signIn.invokeAnswer(context, result, answer) : await answer());
  }

  private async answerCommand(context: TurnContext, turn: BotTurn, result: RouteResult): Promise<void> {
    if (this.signIn && await this.signIn.commandAnswered(context, result)) return;
    await answerCommand(turn, result);
  }

  /** Install, bot added/removed, team deleted → ConversationEvents (each awaited). */
  private registerLifecycle(events: ConversationEvents): void {
    const installed = (context: TurnContext): Promise<void> => events.installed(installAddressOf(context.activity), scopeOf(context.activity));
    const removed = (context: TurnContext): Promise<void> => events.removed(context.activity.conversation.id);
    const isBot = (context: TurnContext) => (member: { id: string }): boolean => member.id === context.activity.recipient?.id;
    this.onInstallationUpdateAdd(async (context, next) => { await installed(context); await next(); });
    this.onInstallationUpdateRemove(async (context, next) => { await removed(context); await next(); });
    this.onMembersAdded(async (context, next) => {
      if ((context.activity.membersAdded ?? []).some(isBot(context))) await installed(context);
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      if ((context.activity.membersRemoved ?? []).some(isBot(context))) await removed(context);
      await next();
    });
    this.onTeamsTeamDeletedEvent(async (_team, context, next) => { await removed(context); await next(); });
  }

  private turnOf(context: TurnContext): BotTurn {
    const tokens = this.signIn ? { userToken: this.signIn.userToken(context), signOut: this.signIn.signOut(context) } : undefined;
    return createBotTurn(context, this.deps.adapter, this.deps.botAppId, tokens);
  }
}
