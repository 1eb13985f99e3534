import type { AccessPolicy } from '../auth/access';
import { createAccessPolicy } from '../auth/create-access-policy';
import { CachedMembershipChecker } from '../auth/cached-membership';
import { GraphGroupMembershipChecker } from '../auth/group-membership';
import { GraphUserDirectory } from '../directory/graph-user-directory';
import { AdminRosterStore } from '../auth/admin-roster-store';
import { KnownAdmins } from '../auth/known-admins';
import { auditRetentionTask } from '../audit/audit-retention-task';
import { Housekeeping } from '../audit/housekeeping';
import { RefusalAggregatingAuditLog } from '../audit/refusal-aggregating-audit-log';
import { StorageAuditLog } from '../audit/storage-audit-log';
import type { AppConfig } from '../config/app-config';
import { SentMessageStore } from '../bot/sent-message-store';
import { summarizeConfig } from '../config/config-summary';
import { loadConfig } from '../config/load-config';
import { isAppError, toAppError } from '../errors/app-error';
import { createLeadership } from '../leadership/create-leadership';
import { LeaderStorage } from '../leadership/leader-storage';
import { leaderOnly } from '../leadership/leader-only';
import { isLeading, type Leadership } from '../leadership/leadership';
import { JsonLogger } from '../logging/json-logger';
import { logProcessWarnings } from '../logging/process-warnings';
import type { Logger } from '../logging/logger';
import type { Storage } from '../storage/storage';
import { BroadcastStore } from '../notifications/broadcast-store';
import { createNotifications, type Notifications } from '../notifications/create-notifications';
import { secretExpiryStage, secretExpiryText } from '../notifications/secret-expiry-notice';
import { TeamsSender } from '../bot/teams-sender';
import { createAlertSource, createAlertSourceClients, watcherPacing } from '../pim/create-alert-source';
import { ScopeReadFailures } from '../pim/sources/scope-read-failures';
import { withUnreadScopes } from '../watch-health/unread-scopes-store';
import { createGraphClient } from '../pim/create-pim-alerts';
import { writeSetup } from './write-setup';
import { createCloudAdapter } from '../server/create-adapter';
import { stopServer } from '../server/create-server';
import { listenOrExplain } from '../server/listen-or-explain';
import { openStorage } from '../storage/open-storage';
import { createTriage, type TriageServices } from '../triage/triage-services';
import { createWatchHealth, type WatchHealth } from '../watch-health/create-watch-health';
import { OpsConversationStore } from '../watch-health/ops-conversation-store';
import { pollFaultRecorder } from '../watch-health/poll-fault-recorder';
import { PollFaultStore } from '../watch-health/poll-fault-store';
import { startTelemetry } from '../telemetry/start-telemetry';
import { METRICS, telemetry } from '../telemetry/telemetry';
import { recordingAdmins } from './admin-recording-access';
import { createApp } from './create-app';

/** The composition root: config, logger, Graph, storage, access, notifications, server; SIGINT/SIGTERM shut down. */
export async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    exitWithConfigurationError(error);
  }
  const logger = new JsonLogger(config.logLevel);
  logProcessWarnings(logger.child('process'));
  const stopTelemetry = startTelemetry(config.telemetry, logger);
  try {
    await start(config, logger, stopTelemetry);
  } catch (error) {
    if (isAppError(error) && error.code === 'configuration') exitWithConfigurationError(error);
    logger.error('start-up failed', { error });
    process.exit(1);
  }
}

/** Every configuration problem on its own `Configuration error: …` line on stderr, then exit code 2. */
function exitWithConfigurationError(error: unknown): never {
  const lines = toAppError(error).message.split('\n').map((problem) => `Configuration error: ${problem}\n`);
  process.stderr.write(lines.join(''));
  process.exit(2);
}

async function start(config: AppConfig, logger: Logger, stopTelemetry: () => Promise<void>): Promise<void> {
  logger.info('starting', summarizeConfig(config));
  warnIfSecretExpires(config, logger);
  const storage = await openStorage(config.storage);
  const adapter = createCloudAdapter(config.bot, logger.child('adapter'));
  // Entra alerts (Graph), plus the Azure resource alerts of AZURE_ALERT_SCOPES (Resource Manager) behind the same port.
  // The subscriptions neither the chat's nor the watcher's reads could read (alerts note, watch command).
  const readFailures = new ScopeReadFailures();
  const clients = createAlertSourceClients(config, logger, { readFailures });
  const pim = clients.app;
  const policy = accessPolicy(config, logger);
  const knownAdmins = await knownAdministrators(policy, storage, logger);
  const access = recordingAdmins(policy, knownAdmins);
  const refreshUserIds = (): readonly string[] => knownAdmins.userIds();
  const sender = new TeamsSender(adapter, config.bot.appId);
  const trail = new StorageAuditLog(storage, { logger });
  const audit = new RefusalAggregatingAuditLog(trail, storage);
  const triage = triageServices(config, storage, logger);
  const leadership = createLeadership(config.storage, storage, logger);
  // The poller's client: its retries stop as soon as this instance no longer leads (no polls next to a successor).
  // Its Azure scopes are read one request each per poll, staggered over the first half of the interval.
  const backgroundPim = createAlertSource(config, logger, { work: 'background', retry: { stillWanted: () => isLeading(leadership) }, pacing: watcherPacing(config), readFailures });
  const leaderStorage = new LeaderStorage(storage, leadership);
  const onPollFailed = pollFaultRecorder(new PollFaultStore(leaderStorage), Date.now, logger);
  const opsConversation = async (): Promise<string | undefined> => (await new OpsConversationStore(storage).get())?.conversationId;
  const notifications = createNotifications({
    config, storage, leaderStorage, sender, pim: leaderOnly(backgroundPim, leadership), audit, logger, refreshUserIds, triage, onPollFailed, opsConversation,
  });
  // With AZURE_ALERT_SCOPES only: the subscriptions' cards and the leader's published list (no storage traffic without).
  const scopeReads = config.azureResources ? { scopeReads: readFailures } : {};
  const watchHealth = createWatchHealth({ config, storage, notifications, leading: () => isLeading(leadership), logger, now: Date.now, leaderStorage, ...scopeReads });
  const app = createApp({
    ...writeSetup(config, clients, logger),
    config, logger, pim, access, adapter, audit, knownAdmins, triage, sentMessages: new SentMessageStore(storage), broadcasts: new BroadcastStore(storage),
    subscriptions: notifications.subscriptions, digest: notifications.digest,
    conversationEvents: notifications.registry,
    instance: () => ({ id: leadership.instanceId, leader: isLeading(leadership) }),
    readinessChecks: [{ name: 'storage', check: () => storage.ping() }],
    watchHealth: { status: () => withUnreadScopes(watchHealth.monitor.status(), readFailures), ops: watchHealth.ops },
  });
  const housekeeping = new Housekeeping([auditRetentionTask(trail, config.audit.retentionDays), { name: 'refusal summaries', run: () => audit.flush() }], logger.child('housekeeping'));
  const port = await listenOrExplain(app.server, config.server);
  housekeeping.start();
  logListening(config, logger, port);
  await runPollerWhileLeading(leadership, notifications, watchHealth);
  installShutdown(logger, [
    () => watchHealth.monitor.stop(), () => notifications.watcher.stop(), () => leadership.stop(), () => stopServer(app.server), () => app.background.idle(), () => housekeeping.stop(), () => knownAdmins.idle(), () => storage.close(), stopTelemetry,
  ]);
}

/** Within 30 days of CLIENT_SECRET_EXPIRES_ON, every instance says so at start (the leader's poll also posts it). */
function warnIfSecretExpires(config: AppConfig, logger: Logger): void {
  const expiresAt = config.secrets.clientSecretExpiresAt;
  if (expiresAt !== undefined && secretExpiryStage(expiresAt, Date.now()) !== undefined) logger.warn(secretExpiryText(expiresAt, Date.now()), { expiresAt });
}

/**
 * The watcher (Graph polls, broadcasts) runs only on the leader, and stops the moment the lead is lost;
 * the watch health monitor runs on every instance (someone must notice when no one polls).
 */
async function runPollerWhileLeading(leadership: Leadership, notifications: Notifications, watchHealth: WatchHealth): Promise<void> {
  leadership.onChange((leading) => {
    telemetry().count(METRICS.leaderChanges, { leading });
    if (leading) notifications.watcher.start();
    else {
      watchHealth.monitor.leadLost();
      void notifications.watcher.stop();
    }
  });
  watchHealth.monitor.start();
  await leadership.start();
}

function logListening(config: AppConfig, logger: Logger, port: number): void {
  const where = { host: config.server.host, port };
  if (!config.bot.localMode) logger.info('listening', where);
  else logger.warn('LOCAL MODE: no MicrosoftAppId, requests are NOT authenticated (Agents Playground / local use only)', where);
}

/** On SIGINT/SIGTERM: run the steps in order (each awaited; a failing one is logged), then exit. */
function installShutdown(logger: Logger, steps: readonly (() => Promise<void>)[]): void {
  const shutdown = async (signal: string): Promise<void> => {
    logger.info('shutting down', { signal });
    let code = 0;
    for (const step of steps) {
      try {
        await step();
      } catch (error) {
        code = 1;
        logger.error('shutdown step failed', { error });
      }
    }
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutdown(signal));
}

/**
 * Snoozes, exclusions (group members through Graph checkMemberGroups, cached like access checks; users resolved
 * through Graph GET /users/{id | upn}), owners, Entra links.
 */
function triageServices(config: AppConfig, storage: Storage, logger: Logger): TriageServices {
  const client = createGraphClient(config.graph, logger);
  const groups = new CachedMembershipChecker(new GraphGroupMembershipChecker(client), { ttlSeconds: config.access.groupCacheSeconds });
  return createTriage({ storage, groups, users: new GraphUserDirectory(client), entraPortalUrl: config.triage.entraPortalUrl, azurePortalUrl: config.triage.azurePortalUrl, logger, now: Date.now });
}

/** Administrators for the user-specific views of shared cards: stored, and checked against `policy` again. */
async function knownAdministrators(policy: AccessPolicy, storage: Storage, logger: Logger): Promise<KnownAdmins> {
  const known = new KnownAdmins({ store: new AdminRosterStore(storage), policy, logger: logger.child('known-admins') });
  await known.load();
  return known;
}

function accessPolicy(config: AppConfig, logger: Logger): AccessPolicy {
  const needsGroups = config.access.adminGroupId !== undefined || config.access.readerGroupId !== undefined;
  const graph = needsGroups ? new GraphGroupMembershipChecker(createGraphClient(config.graph, logger)) : undefined;
  return createAccessPolicy({ access: config.access, graph, logger, delegated: config.delegation.writeMode === 'delegated' });
}
