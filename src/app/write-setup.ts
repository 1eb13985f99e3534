import { botFrameworkTokens } from '../bot/bot-framework-tokens';
import type { SignInSetup } from '../bot/sign-in';
import { EntraLinks } from '../cards/entra-links';
import type { AppConfig } from '../config/app-config';
import { DelegatedTokenCache } from '../delegation/delegated-token-cache';
import { DelegatedWrites } from '../delegation/delegated-writes';
import { LoopbackTokenService } from '../delegation/loopback-token-service';
import { applicationWrites, type WriteCredentials } from '../delegation/write-credentials';
import type { Logger } from '../logging/logger';
import type { PimAlertsClients } from '../pim/create-pim-alerts';

export interface WriteSetup {
  readonly writes: WriteCredentials;
  readonly signIn?: SignInSetup;
}

/**
 * WRITE_MODE: `application` writes as the app; `delegated` writes with the clicking user's token from
 * the Bot Framework token service (OAUTH_CONNECTION_NAME), or in `npm run dev` from the loopback stand-in.
 */
export function writeSetup(config: AppConfig, clients: PimAlertsClients, logger: Logger, now: () => number = Date.now): WriteSetup {
  const { delegation } = config;
  if (delegation.writeMode === 'application') return { writes: applicationWrites(clients.app) };
  const writes = new DelegatedWrites({
    asUser: (token) => clients.asUser(token), cache: new DelegatedTokenCache(now), myRolesUrl: new EntraLinks(config.triage.entraPortalUrl).myRoles(),
    allowedTenantIds: config.bot.allowedTenantIds, logger: logger.child('delegated-writes'),
  });
  const devUrl = delegation.devTokenServiceUrl;
  const loopback = devUrl === undefined ? undefined : new LoopbackTokenService(devUrl);
  return {
    writes,
    signIn: {
      connectionName: delegation.oauthConnectionName,
      tokens: (context) => loopback ?? botFrameworkTokens(context, delegation.oauthConnectionName),
    },
  };
}
