import type { AddressInfo } from 'node:net';
import type { CloudAdapter } from 'botbuilder';
import { createAccessPolicy } from '../../../src/auth/create-access-policy';
import { GraphGroupMembershipChecker } from '../../../src/auth/group-membership';
import { KnownAdmins } from '../../../src/auth/known-admins';
import type { SentMessageStore } from '../../../src/bot/sent-message-store';
import { StorageAuditLog } from '../../../src/audit/storage-audit-log';
import { createApp, type App } from '../../../src/app/create-app';
import type { AppConfig } from '../../../src/config/app-config';
import { summarizeConfig } from '../../../src/config/config-summary';
import { loadConfig } from '../../../src/config/load-config';
import { JsonLogger } from '../../../src/logging/json-logger';
import type { Logger } from '../../../src/logging/logger';
import { makeAppStores, type AppStores } from '../../support/fakes/app-stores';
import { GraphUserDirectory } from '../../../src/directory/graph-user-directory';
import { createGraphClient, createPimAlerts } from '../../../src/pim/create-pim-alerts';
import { cloudAdapterWith } from '../../../src/server/create-adapter';
import { listen, stopServer } from '../../../src/server/create-server';
import { startSimulator, type RunningSimulator } from '../../../src/tools/simulator/start-simulator';
import { MemoryStorage } from '../../../src/storage/memory-storage';
import { BotClient } from './bot-client';
import { SkippingClock } from '../../support/fakes/skipping-clock';
import { LoopbackConnector } from '../../support/loopback-connector';
import { SimulatorControl } from './simulator-control';

export const ADMIN_ID = '11111111-1111-4111-8111-111111111111';
export const GROUP_ADMIN_ID = '22222222-2222-4222-8222-222222222222';
export const READER_ID = '44444444-4444-4444-8444-444444444444';
export const ADMIN_GROUP_ID = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';

export const ADMIN = { id: '29:admin-user', name: 'Ada Admin', aadObjectId: ADMIN_ID };
export const GROUP_ADMIN = { id: '29:group-admin', name: 'Gus Groupadmin', aadObjectId: GROUP_ADMIN_ID };
export const READER = { id: '29:reader-user', name: 'Rita Reader', aadObjectId: READER_ID };
export const ANONYMOUS = { id: '29:anonymous', name: 'Anonymous' };

/** The whole bot (real server, routers, PimAlerts over the real Graph client) against the simulator. */
export interface SecurityApp {
  readonly app: App;
  readonly config: AppConfig;
  readonly botUrl: string;
  readonly address: AddressInfo;
  readonly client: BotClient;
  readonly connector: LoopbackConnector;
  readonly simulator: RunningSimulator;
  readonly control: SimulatorControl;
  readonly storage: MemoryStorage;
  readonly audit: StorageAuditLog;
  /** Every log line the app wrote (JSON). */
  readonly logs: string[];
  readonly logger: Logger;
  close(): Promise<void>;
}

export interface SecurityAppOptions {
  /** Extra environment (e.g. no admins, a client secret). Graph base URL is always the simulator. */
  readonly env?: Readonly<Record<string, string>>;
  /** Simulator's refresh duration; short by default. */
  readonly operationDurationMs?: number;
  /** Bot Framework OpenID metadata URL (a loopback fake) for token validation offline. */
  readonly openIdMetadataUrl?: string;
  /** Ids of the messages the bot sent (a store on shared storage survives a restarted app). */
  readonly sentMessages?: SentMessageStore;
}

/** The production adapter, except that signing keys come from `metadataUrl` (a loopback fake). */
export function adapterWithKeysFrom(bot: AppConfig['bot'], metadataUrl: string, logger: Logger, issuer?: string): CloudAdapter {
  return cloudAdapterWith({
    MicrosoftAppId: bot.appId, MicrosoftAppPassword: bot.appPassword, MicrosoftAppType: bot.appType,
    MicrosoftAppTenantId: bot.appTenantId,
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl, ToBotFromEmulatorOpenIdMetadataUrl: metadataUrl,
    // With an endpoint overridden botbuilder takes every value as given: only with the issuer does a genuine token validate.
    ...(issuer ? { ToBotFromChannelTokenIssuer: issuer } : {}),
  }, logger);
}

export async function startSecurityApp(options: SecurityAppOptions = {}): Promise<SecurityApp> {
  const simulator = await startSimulator({ port: 0, operationDurationMs: options.operationDurationMs ?? 30 });
  const connector = await new LoopbackConnector().start();
  const control = new SimulatorControl(simulator.url);
  await control.setGroupMembers(ADMIN_GROUP_ID, [GROUP_ADMIN_ID]);
  const env = {
    PORT: '0', GRAPH_BASE_URL: simulator.url, GRAPH_RETRY_BUDGET_SECONDS: '0', GRAPH_TIMEOUT_SECONDS: '10', REFRESH_TIMEOUT_SECONDS: '10',
    PIM_ADMIN_IDS: ADMIN_ID, PIM_ADMIN_GROUP_ID: ADMIN_GROUP_ID, LOG_LEVEL: 'debug', ...options.env,
  };
  const config = loadConfig(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  const logs: string[] = [];
  const logger = new JsonLogger('debug', (line) => logs.push(line));
  logger.info('starting', summarizeConfig(config));
  const storage = new MemoryStorage();
  const audit = new StorageAuditLog(storage, { logger });
  const needsGroups = config.access.adminGroupId !== undefined || config.access.readerGroupId !== undefined;
  const graph = needsGroups ? new GraphGroupMembershipChecker(createGraphClient(config.graph, logger)) : undefined;
  const access = createAccessPolicy({ access: config.access, graph, logger });
  // Exclusions resolve users through the real Graph client in the simulator's directory (GET /v1.0/users/{id | upn}).
  const seeded = makeAppStores(storage);
  const stores: AppStores = { ...seeded, triage: { ...seeded.triage, users: new GraphUserDirectory(createGraphClient(config.graph, logger)) } };
  const app = createApp({
    config, logger, access, audit,
    adapter: options.openIdMetadataUrl ? adapterWithKeysFrom(config.bot, options.openIdMetadataUrl, logger) : undefined,
    pim: createPimAlerts(config.graph, logger, { retry: { clock: new SkippingClock() }, poll: { initialDelayMs: 10, maxDelayMs: 50 } }),
    knownAdmins: new KnownAdmins(), ...stores, sentMessages: options.sentMessages,
  });
  const port = await listen(app.server, 0, config.server.host);
  const address = app.server.server.address() as AddressInfo;
  const botUrl = `http://127.0.0.1:${port}`;
  return {
    app, config, botUrl, address, connector, simulator, control, storage, audit, logs, logger,
    client: new BotClient(botUrl, connector),
    close: async () => {
      await app.background.idle();
      await stopServer(app.server, 2000);
      await connector.close();
      await simulator.close();
    },
  };
}
