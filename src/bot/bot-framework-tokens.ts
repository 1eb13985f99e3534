import { userTokenClientOf, type TurnContext, type UserTokenClient } from './teams-activity';
import { AppError } from '../errors/app-error';
import type { SignInResource, UserTokenRequest, UserTokenService } from '../delegation/user-token-service';

/**
 * The Bot Framework token service for one turn, through botbuilder's UserTokenClient and the Azure Bot
 * OAuth connection `connectionName` (AAD v2 with a token exchange URL): it exchanges the Teams SSO token
 * for a Graph token on behalf of the user, and holds it between turns.
 */
export function botFrameworkTokens(context: TurnContext, connectionName: string): UserTokenService {
  const client = (): UserTokenClient => {
    const found = userTokenClientOf(context);
    if (!found) throw new AppError('configuration', { userMessage: 'Sign-in is not available: the Bot Framework token service is not configured for this bot.' });
    return found;
  };
  return {
    async token(request: UserTokenRequest): Promise<string | undefined> {
      const response = request.ssoToken === undefined
        ? await client().getUserToken(request.userId, connectionName, request.channelId, '')
        : await exchange(client(), connectionName, request);
      return response?.token || undefined;
    },
    async signInResource(): Promise<SignInResource> {
      const resource = await client().getSignInResource(connectionName, context.activity, '');
      return { signInLink: resource.signInLink ?? '', ...(resource.tokenExchangeResource ? { tokenExchangeResource: resource.tokenExchangeResource } : {}) };
    },
    async signOut(request: UserTokenRequest): Promise<void> {
      await client().signOutUser(request.userId, connectionName, request.channelId);
    },
  };
}

/** An SSO token the service cannot exchange (consent missing, wrong audience) means: sign in (nominal flow). */
async function exchange(client: UserTokenClient, connectionName: string, request: UserTokenRequest): Promise<{ token?: string } | undefined> {
  try {
    return await client.exchangeToken(request.userId, connectionName, request.channelId, { token: request.ssoToken });
  } catch {
    return undefined;
  }
}
