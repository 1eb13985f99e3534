import type { TurnContext } from './teams-activity';
import type { Logger } from '../logging/logger';
import type { RouteResult } from '../routes/route-result';
import type { UserTokenRequest, UserTokenService } from '../delegation/user-token-service';
import { signInResourceOf, type TokenResource } from '../delegation/token-resource';
import { errorInvoke, type InvokeResult } from './invoke-response';
import { loginRequestInvoke, signInCardActivity } from './sign-in-answer';

/**
 * WRITE_MODE=delegated: the OAuth connection of each API (Graph: OAUTH_CONNECTION_NAME; Resource Manager:
 * ARM_OAUTH_CONNECTION_NAME) and the token service of a turn for one of them (Bot Framework, or the dev stand-in).
 */
export interface SignInSetup {
  readonly connections: Readonly<Record<TokenResource, string>>;
  readonly tokens: (context: TurnContext, resource: TokenResource) => UserTokenService;
}

const UNAVAILABLE = 'I could not start the sign-in (token service unavailable). Try again in a minute.';

/**
 * Teams SSO at the edge: the user token of a turn (exchanging the SSO token an invoke carries), and the
 * sign-in answers when a write found none: 401 loginRequest to a card click, an OAuth card to a command.
 */
export class SignIn {
  constructor(private readonly setup: SignInSetup, private readonly logger: Logger) {}

  /**
   * What `Turn.userToken` calls: never throws (a failing token service means: sign in). The SSO token an invoke carries
   * is for the bot's own app id URI, so each connection (Graph, Resource Manager) exchanges the same one.
   */
  userToken(context: TurnContext): (resource: TokenResource) => Promise<string | undefined> {
    return async (resource) => {
      try {
        return await this.setup.tokens(context, resource).token(requestOf(context));
      } catch (error) {
        this.logger.warn('token service failed', { correlationId: context.activity.id, resource, error });
        return undefined;
      }
    };
  }

  /** What `Turn.signOut` calls: drops the token service's token of that API for this user; never throws (logged). */
  signOut(context: TurnContext): (resource: TokenResource) => Promise<void> {
    return async (resource) => {
      try {
        await this.setup.tokens(context, resource).signOut(requestOf(context));
      } catch (error) {
        this.logger.warn('token service sign-out failed', { correlationId: context.activity.id, resource, error });
      }
    };
  }

  /** A card action that needs a sign-in gets the loginRequest of that API's connection; every other result is answered as it is. */
  async invokeAnswer(context: TurnContext, result: RouteResult, answer: () => Promise<InvokeResult>): Promise<InvokeResult> {
    const resource = signInNeeded(result);
    if (resource === undefined) return answer();
    try {
      return loginRequestInvoke(this.setup.connections[resource], resource, await this.setup.tokens(context, resource).signInResource(requestOf(context)));
    } catch (error) {
      this.logger.warn('sign-in resource failed', { correlationId: context.activity.id, error });
      return errorInvoke('graphUnavailable', UNAVAILABLE);
    }
  }

  /** A chat command that needs a sign-in gets an OAuth card; returns false for any other result. */
  async commandAnswered(context: TurnContext, result: RouteResult): Promise<boolean> {
    const resource = signInNeeded(result);
    if (resource === undefined) return false;
    try {
      const signIn = await this.setup.tokens(context, resource).signInResource(requestOf(context));
      await context.sendActivity(signInCardActivity(this.setup.connections[resource], resource, signIn));
    } catch (error) {
      this.logger.warn('sign-in card failed', { correlationId: context.activity.id, error });
      await context.sendActivity(UNAVAILABLE);
    }
    return true;
  }

  /**
   * `signin/tokenExchange` (an OAuth card's SSO) and `signin/verifyState`: 200 when the service of the card's connection
   * (`value.connectionName`; Graph when absent) now holds a token, else 412 (Teams then shows the sign-in button).
   */
  async signInInvoke(context: TurnContext): Promise<InvokeResult> {
    const value = (context.activity.value ?? {}) as { token?: unknown; id?: unknown; connectionName?: unknown };
    const resource = value.connectionName === this.setup.connections.arm ? 'arm' : 'graph';
    const token = typeof value.token === 'string' ? await this.userToken(context)(resource) : undefined;
    if (token !== undefined) return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Signed in. Send the command again.' };
    return { statusCode: 412, type: 'application/vnd.microsoft.error', value: { code: 'signInRequired', message: 'The token could not be exchanged; sign in with the button.' } };
  }
}

/** The API whose sign-in a failed write asks for (`signInRequired`: Graph, `azureSignInRequired`: Resource Manager). */
function signInNeeded(result: RouteResult): TokenResource | undefined {
  return result.kind === 'failed' ? signInResourceOf(result.code) : undefined;
}

/** The sign-in request of a turn: the SSO token from `value.authentication.token` (Action.Execute) or `value.token` (signin/tokenExchange). */
function requestOf(context: TurnContext): UserTokenRequest {
  const { activity } = context;
  const value = (activity.value ?? {}) as { authentication?: { token?: unknown }; token?: unknown };
  const sso = typeof value.authentication?.token === 'string' ? value.authentication.token
    : activity.name === 'signin/tokenExchange' && typeof value.token === 'string' ? value.token : undefined;
  return {
    userId: activity.from?.id ?? '', channelId: activity.channelId ?? 'msteams',
    ...(activity.from?.aadObjectId ? { aadObjectId: activity.from.aadObjectId } : {}),
    ...(sso !== undefined && sso !== '' ? { ssoToken: sso } : {}),
  };
}
