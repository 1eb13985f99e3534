import type { OutgoingMessage } from '../cards/outgoing-message';
import type { AppConfig } from '../config/app-config';
import type { DeliveryOutcome, DeliveryTarget } from '../notifications/delivery-queue';
import type { Logger } from '../logging/logger';
import type { Notifications } from '../notifications/create-notifications';
import { WatcherSnapshotStore } from '../notifications/watcher-snapshot';
import type { Storage } from '../storage/storage';
import { HealthAnnouncer } from './health-announcer';
import { HealthTargets } from './health-targets';
import { OpsConversationStore } from './ops-conversation-store';
import { OutageStore } from './outage-store';
import { PollFaultStore } from './poll-fault-store';
import { risesSince } from './rises-since';
import { StorageOutageWatch } from './storage-outage-watch';
import { StoredOutageWatch } from './stored-outage-watch';
import { ScopeOutageWatch, type ScopeReads } from './scope-outage-watch';
import { UnreadScopesStore } from './unread-scopes-store';
import { WatchHealthMonitor } from './watch-health-monitor';

export interface WatchHealthDeps {
  readonly config: Pick<AppConfig, 'watchHealth'> & {
    readonly graph: Pick<AppConfig['graph'], 'authorityHost' | 'tenantId' | 'clientId' | 'backgroundRetryBudgetMs'>;
    readonly notifications: Pick<AppConfig['notifications'], 'pollIntervalSeconds'>;
  };
  /** The plain (unfenced) storage: every instance reads and compare-and-swaps here. */
  readonly storage: Storage;
  readonly notifications: Pick<Notifications, 'queue' | 'subscriptions' | 'conversations'>;
  readonly leading: () => boolean;
  readonly logger: Logger;
  readonly now: () => number;
  /** The Azure subscriptions this instance's reads could not read (AZURE_ALERT_SCOPES): carded by the leader. */
  readonly scopeReads?: ScopeReads;
  /** The leader's fenced storage: where it publishes its unread subscriptions for the other instances. */
  readonly leaderStorage?: Storage;
}

/** Watch health on this instance: the monitor (start it on every instance) and the operations-conversation store. */
export interface WatchHealth {
  readonly monitor: WatchHealthMonitor;
  readonly ops: OpsConversationStore;
}

export function createWatchHealth(deps: WatchHealthDeps): WatchHealth {
  const { config, storage, now } = deps;
  const logger = deps.logger.child('watch-health');
  const ops = new OpsConversationStore(storage);
  const outages = new OutageStore(storage);
  const faults = new PollFaultStore(storage);
  const targets = new HealthTargets(ops, deps.notifications.subscriptions, deps.notifications.conversations);
  const send = (target: DeliveryTarget, message: OutgoingMessage): Promise<DeliveryOutcome> => deps.notifications.queue.send(target, message);
  const announcer = new HealthAnnouncer(targets, outages, send, logger, now);
  const advice = { authorityHost: config.graph.authorityHost, tenantId: config.graph.tenantId, clientId: config.graph.clientId, runbookUrl: config.watchHealth.runbookUrl };
  const alertAfterMs = config.watchHealth.alertAfterSeconds * 1000;
  warnIfPollsLookLikeOutages(config.watchHealth.alertAfterSeconds, config.notifications.pollIntervalSeconds, logger);
  const checkMs = config.watchHealth.checkSeconds * 1000;
  // A failed poll is retried after at most max(interval, 15 min) of backoff plus its retry budget: older means nobody polls.
  const faultFreshMs = Math.max(config.notifications.pollIntervalSeconds * 1000, 15 * 60_000) + config.graph.backgroundRetryBudgetMs + 2 * checkMs;
  const stored = new StoredOutageWatch({ outages, faults, announcer, risesSince: (since) => risesSince(storage, since), advice, now, alertAfterMs, faultFreshMs });
  const storageOutage = new StorageOutageWatch({ announcer, advice, alertAfterMs, graceMs: 2 * checkMs });
  const snapshots = new WatcherSnapshotStore(storage);
  const lastPoll = async (): Promise<number | undefined> => {
    const snapshot = await snapshots.load();
    return snapshot ? Date.parse(snapshot.snapshot.takenAt) : undefined;
  };
  const reads = deps.scopeReads;
  const published = deps.leaderStorage && new UnreadScopesStore(deps.leaderStorage);
  const scopes = reads && new ScopeOutageWatch({
    storage, reads, announcerFor: (scopeOutages) => new HealthAnnouncer(targets, scopeOutages, send, logger, now), now, alertAfterMs, ...(published ? { published } : {}),
  });
  const unreadScopes = reads && new UnreadScopesStore(storage);
  const monitor = new WatchHealthMonitor({
    storage, lastPoll, stored, storageOutage, faults, ops, targets, leading: deps.leading, logger, now, checkMs, ...(scopes ? { scopes } : {}), ...(unreadScopes ? { unreadScopes } : {}),
  });
  return { monitor, ops };
}

/**
 * A successful poll is due every poll interval; with an alert time that is not longer than two of them, an ordinary
 * quiet gap (one slow or retried poll) is told to every channel as an outage. Start-up still goes on: the operator may
 * mean it (a bench that never polls), but the log says so.
 */
function warnIfPollsLookLikeOutages(alertAfterSeconds: number, pollIntervalSeconds: number, logger: Logger): void {
  if (alertAfterSeconds > 2 * pollIntervalSeconds) return;
  logger.warn('watch health alert time is not longer than two poll intervals: ordinary gaps between polls will be told as outages (raise WATCH_HEALTH_ALERT_MINUTES or lower POLL_INTERVAL_SECONDS)', {
    alertAfterSeconds,
    pollIntervalSeconds,
  });
}
