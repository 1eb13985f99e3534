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
    admins: config.access.adminIds.length,
    adminGroup: config.access.adminGroupId !== undefined,
    readerRestricted: config.access.readerIds.length > 0 || config.access.readerGroupId !== undefined,
    dataDir: config.storage.dataDir,
    pollIntervalSeconds: config.notifications.pollIntervalSeconds,
    refreshBeforePoll: config.notifications.refreshBeforePoll,
    logLevel: config.logLevel,
  };
}
