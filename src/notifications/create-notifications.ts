import type { AppConfig } from '../config/app-config';
import type { AuditLog } from '../audit/audit-log';
import { createDigest, type Digest } from '../digest/create-digest';
import type { Logger } from '../logging/logger';
import type { PimAlerts } from '../pim/pim-alerts';
import type { Storage } from '../storage/storage';
import type { TriageServices } from '../triage/triage-services';
import { BroadcastStore } from './broadcast-store';
import { Broadcaster } from './broadcaster';
import { systemClock, type Clock } from '../time/clock';
import { ConversationRegistry } from './conversation-registry';
import type { CycleTask } from './cycle-hooks';
import { ConversationStore, type ConversationRecord } from './conversation-store';
import { DeliveryQueue } from './delivery-queue';
import { IncidentWatcher } from './incident-watcher';
import type { MessageSender } from './message-sender';
import { SubscriptionStore } from './subscription-store';
import { WatcherSnapshotStore } from './watcher-snapshot';
import { renderWelcomeCard } from './welcome-card';
import { secretExpiryTask } from './secret-expiry-notice';

export interface NotificationDeps {
  readonly config: Pick<AppConfig, 'notifications'> & Partial<Pick<AppConfig, 'secrets'>> & { readonly graph: Pick<AppConfig['graph'], 'refreshTimeoutMs'> };
  readonly storage: Storage;
  /** Where the poller's snapshot, outbox, incident history and quiet-hours holds are written: the leader's fenced storage; default `storage`. */
  readonly leaderStorage?: Storage;
  /** TeamsSender in the app; a fake in tests. */
  readonly sender: MessageSender;
  readonly pim: PimAlerts;
  /** Removals on uninstall are audited here. */
  readonly audit: AuditLog;
  readonly logger: Logger;
  readonly clock?: Clock;
  /** Known administrators (MRIs, e.g. KnownAdmins) for the user-specific view of notification cards. */
  readonly refreshUserIds?: () => readonly string[];
  /** The operations conversation chosen with `watch here`, if any: operator messages (secret expiry) go there alone. */
  readonly opsConversation?: () => Promise<string | undefined>;
  /** Snoozes and exclusions filter rises; Entra links go on the cards. */
  readonly triage?: TriageServices;
  /** Told after each failed poll (watch health records why). */
  readonly onPollFailed?: (error: unknown) => Promise<void>;
}

/** Everything the notifications side gives the app, wired: plug `registry` into the activity handler. */
export interface Notifications {
  readonly registry: ConversationRegistry;
  readonly watcher: IncidentWatcher;
  readonly queue: DeliveryQueue;
  readonly broadcaster: Broadcaster;
  readonly conversations: ConversationStore;
  readonly subscriptions: SubscriptionStore;
  /** Digests, incident history and quiet hours (riding on the watcher's cycle). */
  readonly digest: Digest;
}

export function createNotifications(deps: NotificationDeps): Notifications {
  const clock = deps.clock ?? systemClock;
  const now = (): number => clock.now();
  const logger = deps.logger.child('notifications');
  const conversations = new ConversationStore(deps.storage, now);
  const subscriptions = new SubscriptionStore(deps.storage, now);
  const queue = new DeliveryQueue(deps.sender, deps.config.notifications, logger.child('delivery'), clock);
  const welcome = async (record: ConversationRecord): Promise<void> => {
    const outcome = await queue.send(record, renderWelcomeCard());
    if (!outcome.delivered) throw new Error(`welcome card failed with ${outcome.status} ${outcome.code ?? ''}`.trim());
  };
  const registry = new ConversationRegistry(conversations, subscriptions, logger.child('conversations'), deps.audit, welcome);
  const leaderStorage = deps.leaderStorage ?? deps.storage;
  const broadcaster = new Broadcaster(new BroadcastStore(leaderStorage), conversations, queue, registry, logger.child('broadcast'), now);
  const digest = createDigest({
    storage: deps.storage, leaderStorage, broadcaster, conversations, subscriptions, now, logger: logger.child('digest'),
    historyRetentionDays: deps.config.notifications.historyRetentionDays,
  });
  const watcher = new IncidentWatcher(
    {
      pim: deps.pim, snapshots: new WatcherSnapshotStore(leaderStorage), subscriptions, broadcaster, logger: logger.child('watcher'), now,
      refreshUserIds: deps.refreshUserIds, hold: digest.hold, cycleTasks: [...digest.cycleTasks, ...opsTasks(deps, broadcaster, subscriptions)],
      filter: deps.triage?.filter, links: deps.triage?.links, onPollFailed: deps.onPollFailed,
    },
    {
      pollIntervalSeconds: deps.config.notifications.pollIntervalSeconds,
      refreshBeforePoll: deps.config.notifications.refreshBeforePoll,
      refreshTimeoutMs: deps.config.graph.refreshTimeoutMs,
    },
  );
  return {
    registry, watcher, queue, broadcaster, conversations, subscriptions,
    digest,
  };
}

/** Operator warnings that ride on the poll: the client secret's expiry when CLIENT_SECRET_EXPIRES_ON is set. */
function opsTasks(deps: NotificationDeps, broadcaster: Broadcaster, subscriptions: SubscriptionStore): CycleTask[] {
  const expiresAt = deps.config.secrets?.clientSecretExpiresAt;
  return expiresAt === undefined ? [] : [secretExpiryTask({ expiresAt, broadcaster, subscriptions, opsConversation: deps.opsConversation, logger: deps.logger.child('secret-expiry') })];
}
