import type { AppConfig } from './app-config';

/** What start-up logs about the configuration: no secrets, only whether they are set. */
export function summarizeConfig(config: AppConfig): Record<string, unknown> {
  return {
    port: config.server.port,
    host: config.server.host,
    localMode: config.bot.localMode,
    appIdSet: config.bot.appId !== '',
    appType: config.bot.localMode ? 'none (local mode)' : config.bot.appType,
    servedTenants: config.bot.localMode ? 'any (local mode)' : config.bot.allowedTenantIds.join(','),
    botChannelService: config.bot.cloud?.channelService ?? 'public',
    graphBaseUrl: config.graph.baseUrl,
    graphAuthMethod: config.graph.credential,
    // Not named after the secret: the log redactor hides fields whose names say secret or credential.
    keyExpiresAt: config.secrets.clientSecretExpiresAt ?? 'not set',
    admins: config.access.adminIds.length,
    adminGroup: config.access.adminGroupId !== undefined,
    readerRestricted: config.access.readerIds.length > 0 || config.access.readerGroupId !== undefined,
    storageBackend: config.storage.backend,
    ...(config.storage.azure ? azureStorageSummary(config.storage.azure) : { dataDir: config.storage.dataDir }),
    instanceId: config.storage.instanceId,
    pollIntervalSeconds: config.notifications.pollIntervalSeconds,
    refreshBeforePoll: config.notifications.refreshBeforePoll,
    azureAlertScopes: config.azureResources ? (config.azureResources.discover ? 'discover' : config.azureResources.subscriptionIds.length) : 0,
    telemetry: config.telemetry.connectionString ? 'applicationInsights' : config.telemetry.console ? 'console' : 'off',
    watchHealthAlertSeconds: config.watchHealth.alertAfterSeconds,
    logLevel: config.logLevel,
  };
}

/** Where the Azure storage is, never the connection string (it holds the account key). */
function azureStorageSummary(azure: NonNullable<AppConfig['storage']['azure']>): Record<string, unknown> {
  return {
    storageAuth: azure.connectionString ? 'connectionString' : 'managedIdentity',
    storageTableUrl: azure.tableUrl,
    storageTable: azure.tableName,
    storageLeaseContainer: azure.leaseContainer,
  };
}
