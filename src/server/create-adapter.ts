import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { AppConfig } from '../config/app-config';
import type { Logger } from '../logging/logger';

export const TURN_ERROR_TEXT = 'Sorry, something went wrong on my side. Try again; if it keeps happening, tell your administrator.';

/**
 * The Bot Framework adapter. With an app id, every request's token is validated by botbuilder; with
 * none (local mode: Agents Playground), authentication is off and the server binds to loopback.
 */
export function createCloudAdapter(bot: AppConfig['bot'], logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.appPassword,
    MicrosoftAppType: bot.appType,
    MicrosoftAppTenantId: bot.appTenantId,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = (context, error) => reportTurnError(context, error, logger);
  return adapter;
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
