import type { Logger } from '../logging/logger';
import type { Broadcaster } from '../notifications/broadcaster';
import type { ConversationStore } from '../notifications/conversation-store';
import type { CycleTask } from '../notifications/cycle-hooks';
import type { SubscriptionStore } from '../notifications/subscription-store';
import type { Storage } from '../storage/storage';
import { DigestRunner } from './digest-runner';
import { DigestSettingsStore } from './digest-settings-store';
import { IncidentHistory } from './incident-history';
import { QuietHold } from './quiet-hold';

export interface DigestDeps {
  /** Settings (written by commands on any instance). */
  readonly storage: Storage;
  /** History points and quiet-hours holds, written only by the poller: the leader's fenced storage. */
  readonly leaderStorage: Storage;
  readonly broadcaster: Broadcaster;
  readonly conversations: ConversationStore;
  readonly subscriptions: SubscriptionStore;
  readonly historyRetentionDays: number;
  readonly logger: Logger;
  readonly now: () => number;
}

/** The digest side, wired: the watcher gets `hold` and `cycleTasks`; the commands get `settings` and `history`. */
export interface Digest {
  readonly settings: DigestSettingsStore;
  readonly history: IncidentHistory;
  readonly hold: QuietHold;
  /** In order: record this poll's counts, release quiet hours that ended, send due digests. */
  readonly cycleTasks: readonly CycleTask[];
}

export function createDigest(deps: DigestDeps): Digest {
  const settings = new DigestSettingsStore(deps.storage, deps.now);
  const history = new IncidentHistory(deps.leaderStorage, deps.historyRetentionDays, deps.logger.child('history'));
  const hold = new QuietHold(deps.leaderStorage, settings, deps.broadcaster, deps.logger.child('quiet'), deps.conversations);
  const runner = new DigestRunner({ ...deps, settings, history, logger: deps.logger.child('digest') });
  const recordHistory: CycleTask = { name: 'incident history', run: (alerts, now) => history.record(alerts, now) };
  return {
    settings, history, hold,
    cycleTasks: [recordHistory, hold, runner],
  };
}
