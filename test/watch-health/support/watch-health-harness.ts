import { silentLogger } from '../../../src/logging/json-logger';
import type { Logger } from '../../../src/logging/logger';
import type { Notifications } from '../../../src/notifications/create-notifications';
import type { Storage } from '../../../src/storage/storage';
import { createWatchHealth, type WatchHealth } from '../../../src/watch-health/create-watch-health';
import { pollFaultRecorder } from '../../../src/watch-health/poll-fault-recorder';
import { PollFaultStore } from '../../../src/watch-health/poll-fault-store';
import type { ScopeReads } from '../../../src/watch-health/scope-outage-watch';
import { makeNotifications } from '../../notifications/support/notifications-harness';
import type { RecordingSender } from '../../notifications/support/recording-sender';
import { VirtualClock } from '../../notifications/support/virtual-clock';
import type { FakePimAlerts } from '../../support/fakes/fake-pim-alerts';
import { referenceFor } from '../../notifications/support/conversation-fixtures';

export const TENANT_ID = '0b6a5d2f-3c1e-4a8b-9f7d-2e4c6a8b0d1f';
export const CLIENT_ID = '5e7c9a1b-2d4f-4e6a-8c0b-1a3c5e7f9b2d';

/** Time as sinon's fake Date tells it, so the watcher's and the monitor's timers and clocks agree. */
export class DateClock extends VirtualClock {
  override now(): number {
    return Date.now();
  }
}

export interface Instance {
  readonly notifications: Notifications;
  readonly watchHealth: WatchHealth;
  leading: boolean;
}

/** One bot instance as main() wires it (poller with its failure hook, watch health monitor), polling every 5 s. */
export interface InstanceOptions {
  readonly leading?: boolean;
  readonly runbookUrl?: string;
  readonly logger?: Logger;
  /** The configured alert time (default 15 min) and poll interval (default 5 s, as the harness polls). */
  readonly alertAfterSeconds?: number;
  readonly pollIntervalSeconds?: number;
  /** The Azure subscriptions the instance's reads could not read (AZURE_ALERT_SCOPES). */
  readonly scopeReads?: ScopeReads;
}

export function makeInstance(storage: Storage, pim: FakePimAlerts, sender: RecordingSender, options: InstanceOptions = {}): Instance {
  const clock = new DateClock();
  const onPollFailed = pollFaultRecorder(new PollFaultStore(storage), () => clock.now(), silentLogger);
  const notifications = makeNotifications({ sender, pim, clock, storage, onPollFailed });
  const instance: Instance = { notifications, leading: options.leading ?? true, watchHealth: undefined as unknown as WatchHealth };
  const watchHealth = createWatchHealth({
    config: {
      watchHealth: { alertAfterSeconds: options.alertAfterSeconds ?? 15 * 60, checkSeconds: 60, ...(options.runbookUrl ? { runbookUrl: options.runbookUrl } : {}) },
      graph: { authorityHost: 'https://login.microsoftonline.com', tenantId: TENANT_ID, clientId: CLIENT_ID, backgroundRetryBudgetMs: 120_000 },
      notifications: { pollIntervalSeconds: options.pollIntervalSeconds ?? 5 },
    },
    storage, notifications, leading: () => instance.leading, logger: options.logger ?? silentLogger, now: () => clock.now(),
    ...(options.scopeReads ? { scopeReads: options.scopeReads, leaderStorage: storage } : {}),
  });
  return Object.assign(instance, { watchHealth });
}

/** The text of every card a conversation got, in order. */
export function cardsTo(sender: RecordingSender, conversationId: string): string[] {
  return sender.delivered.filter((sent) => sent.conversationId === conversationId).map((sent) => JSON.stringify(sent.message));
}

/** Saves a channel reference and an informational subscription for each id (what the cards are sent to). */
export async function subscribeChannels(instance: Instance, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    await instance.notifications.conversations.save(referenceFor(id, 'channel'), 'channel');
    await instance.notifications.subscriptions.subscribe(id, 'informational', { id: 'admin', name: 'Admin' });
  }
}

/** Stops each instance's monitor and watcher (the tests' afterEach). */
export async function stopInstances(instances: readonly Instance[]): Promise<void> {
  for (const instance of instances) {
    await instance.watchHealth.monitor.stop();
    await instance.notifications.watcher.stop();
  }
}
