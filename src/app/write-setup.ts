import { botFrameworkTokens } from '../bot/bot-framework-tokens';
import type { SignInSetup } from '../bot/sign-in';
import { AzurePortalLinks } from '../cards/azure-portal-links';
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
 * WRITE_MODE: `application` writes as the app; `delegated` writes with the clicking user's token from the Bot Framework
 * token service: OAUTH_CONNECTION_NAME for Graph (Entra alerts), ARM_OAUTH_CONNECTION_NAME for Resource Manager (Azure
 * resource alerts); in `npm run dev` from the loopback stand-in.
 */
export function writeSetup(config: AppConfig, clients: PimAlertsClients, logger: Logger, now: () => number = Date.now): WriteSetup {
  const { delegation } = config;
  if (delegation.writeMode === 'application') return { writes: applicationWrites(clients.app) };
  const writes = new DelegatedWrites({
    asUser: (tokens) => clients.asUser(tokens), cache: new DelegatedTokenCache(now), myRolesUrl: new EntraLinks(config.triage.entraPortalUrl).myRoles(),
    myAzureRolesUrl: new AzurePortalLinks(config.triage.azurePortalUrl).myRoles(),
    azureScopes: config.azureResources !== undefined, allowedTenantIds: config.bot.allowedTenantIds, logger: logger.child('delegated-writes'),
  });
  const connections = { graph: delegation.oauthConnectionName, arm: delegation.armOauthConnectionName };
  const devUrl = delegation.devTokenServiceUrl;
  const loopback = devUrl === undefined ? undefined : { graph: new LoopbackTokenService(devUrl, connections.graph), arm: new LoopbackTokenService(devUrl, connections.arm) };
  return {
    writes,
    signIn: { connections, tokens: (context, resource) => loopback?.[resource] ?? botFrameworkTokens(context, connections[resource]) },
  };
}
