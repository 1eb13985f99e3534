import { DigestSettingsStore } from '../../../src/digest/digest-settings-store';
import { IncidentHistory } from '../../../src/digest/incident-history';
import { silentLogger } from '../../../src/logging/json-logger';
import { SubscriptionStore } from '../../../src/notifications/subscription-store';
import { MemoryStorage } from '../../../src/storage/memory-storage';
import type { Storage } from '../../../src/storage/storage';
import type { TriageServices } from '../../../src/triage/triage-services';
import type { DigestStores } from '../../../src/use-cases/use-case-deps';
import { OpsConversationStore } from '../../../src/watch-health/ops-conversation-store';
import type { WatchHealthView } from '../../../src/watch-health/watch-health-view';
import { makeTriage } from './triage';

/** The stores the subscription, digest/quiet, snooze/exclude and watch routes use. */
export interface AppStores {
  readonly subscriptions: SubscriptionStore;
  readonly digest: DigestStores;
  readonly triage: TriageServices;
  readonly watchHealth: WatchHealthView;
}

/** Real stores on one in-memory storage (or the given one), on the given clock. */
export function makeAppStores(storage: Storage = new MemoryStorage(), now: () => number = Date.now): AppStores {
  return {
    subscriptions: new SubscriptionStore(storage, now),
    digest: { settings: new DigestSettingsStore(storage, now), history: new IncidentHistory(storage, 35, silentLogger) },
    triage: makeTriage({ storage, now }),
    watchHealth: { status: () => ({ storageReachable: true }), ops: new OpsConversationStore(storage) },
  };
}
