import type { AccessPolicy } from '../auth/access';
import { createAccessPolicy } from '../auth/create-access-policy';
import { GraphGroupMembershipChecker } from '../auth/group-membership';
import { StorageAuditLog } from '../auth/storage-audit-log';
import type { AppConfig } from '../config/app-config';
import { summarizeConfig } from '../config/config-summary';
import { loadConfig } from '../config/load-config';
import { toAppError } from '../errors/app-error';
import { JsonLogger } from '../logging/json-logger';
import type { Logger } from '../logging/logger';
import { createGraphClient, createPimAlerts } from '../pim/create-pim-alerts';
import { listen, stopServer } from '../server/create-server';
import { openStorage } from '../storage/open-storage';
import { createApp } from './create-app';

/** The composition root: config, logger, Graph, storage, access, server; SIGINT/SIGTERM shut down. */
export async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`Configuration error: ${toAppError(error).message}\n`);
    process.exit(2);
  }
  const logger = new JsonLogger(config.logLevel);
  try {
    await start(config, logger);
  } catch (error) {
    logger.error('start-up failed', { error });
    process.exit(1);
  }
}

async function start(config: AppConfig, logger: Logger): Promise<void> {
  logger.info('starting', summarizeConfig(config));
  const storage = openStorage(config.storage);
  const app = createApp({
    config, logger, pim: createPimAlerts(config.graph, logger), access: accessPolicy(config, logger),
    audit: new StorageAuditLog(storage, { logger }),
    readinessChecks: [{ name: 'storage', check: () => storage.ping() }],
  });
  const port = await listen(app.server, config.server.port, config.server.host);
  if (config.bot.localMode) {
    logger.warn('LOCAL MODE: no MicrosoftAppId, requests are NOT authenticated; listening on loopback only unless HOST says otherwise', { host: config.server.host, port });
  } else {
    logger.info('listening', { host: config.server.host, port });
  }
  const shutdown = async (signal: string): Promise<void> => {
    logger.info('shutting down', { signal });
    await stopServer(app.server);
    await app.background.idle();
    await storage.close();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutdown(signal));
}

function accessPolicy(config: AppConfig, logger: Logger): AccessPolicy {
  const needsGroups = config.access.adminGroupId !== undefined || config.access.readerGroupId !== undefined;
  const graph = needsGroups ? new GraphGroupMembershipChecker(createGraphClient(config.graph, logger)) : undefined;
  return createAccessPolicy({ access: config.access, graph, logger });
}
