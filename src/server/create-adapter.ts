import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type ActivityHandler,
  type ConfigurationBotFrameworkAuthenticationOptions, type TurnContext,
} from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import type { AppConfig } from '../config/app-config';
import type { Logger } from '../logging/logger';

/** The Bot Framework adapter, activity handler and turn as the server and the app know them (botbuilder stays in this file and src/bot/). */
export type BotAdapter = CloudAdapter;
export type BotHandler = Pick<ActivityHandler, 'run'>;
export type { TurnContext };

export const TURN_ERROR_TEXT = 'Sorry, something went wrong on my side. Try again; if it keeps happening, tell your administrator.';

/**
 * The Bot Framework adapter. With an app id, every request's token is validated by botbuilder; with
 * none (local mode: Agents Playground), authentication is off and the server binds to loopback.
 */
export function createCloudAdapter(bot: AppConfig['bot'], logger: Logger): CloudAdapter {
  return cloudAdapterWith(botAuthConfiguration(bot), logger);
}

/** The adapter over given authentication settings (tests point the signing keys at a loopback fake). */
export function cloudAdapterWith(options: ConfigurationBotFrameworkAuthenticationOptions, logger: Logger): CloudAdapter {
  const adapter = new CloudAdapter(new TokenRefusingAuthentication(options));
  adapter.onTurnError = (context, error) => reportTurnError(context, error, logger);
  return adapter;
}

/** What botbuilder's ConfigurationBotFrameworkAuthentication reads: credentials and, for national clouds, endpoints. */
export function botAuthConfiguration(bot: AppConfig['bot']): ConfigurationBotFrameworkAuthenticationOptions {
  const cloud = bot.cloud ?? {};
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.appPassword,
    // Local mode has no identity: botbuilder refuses SingleTenant without an app id.
    MicrosoftAppType: bot.localMode ? undefined : bot.appType,
    MicrosoftAppTenantId: bot.localMode ? undefined : bot.appTenantId,
    ChannelService: cloud.channelService,
    OAuthUrl: cloud.oAuthUrl,
    ToChannelFromBotLoginUrl: cloud.toChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: cloud.toChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: cloud.toBotFromChannelTokenIssuer,
    ToBotFromChannelOpenIdMetadataUrl: cloud.toBotFromChannelOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: cloud.toBotFromEmulatorOpenIdMetadataUrl,
    CallerId: cloud.callerId,
    ValidateAuthority: cloud.validateAuthority,
  };
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

/** Logs a failed turn with its activity id and tells the user something readable. */
export async function reportTurnError(context: TurnContext, error: unknown, logger: Logger): Promise<void> {
  const correlationId = context.activity.id ?? 'none';
  logger.error('turn failed', { correlationId, activityType: context.activity.type, error });
  if (context.activity.type !== 'message') return;
  try {
    await context.sendActivity(`${TURN_ERROR_TEXT} (reference: ${correlationId})`);
  } catch (sendError) {
    logger.warn('could not tell the user about a failed turn', { correlationId, error: sendError });
  }
}

/** What `jsonwebtoken` throws for a token it refuses (bad signature, wrong audience or issuer, not yet valid, expired). */
const TOKEN_REFUSALS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * botbuilder's authentication, except that a token refused by `jsonwebtoken` is an `AuthenticationError`.
 * botframework-connector rethrows that library's errors as they are when a published key id is signed
 * with another key, and `CloudAdapter.process` answers 500 to anything that is not an
 * `AuthenticationError`: a forged token then looked like an outage (503 here) instead of a 401.
 * Failures that are not about the token (the signing keys unreachable) still pass through unchanged.
 */
export class TokenRefusingAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof Error && TOKEN_REFUSALS.has(error.name)) {
        throw new AuthenticationError(`token refused: ${error.message}`, 401);
      }
      throw error;
    }
  }
}
