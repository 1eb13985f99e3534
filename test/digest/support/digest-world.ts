import type { Notifications } from '../../../src/notifications/create-notifications';
import { MemoryStorage } from '../../../src/storage/memory-storage';
import { alertWith, incident } from '../../notifications/support/alert-fixtures';
import { ADMIN_ID, makeNotifications } from '../../notifications/support/notifications-harness';
import { RecordingSender } from '../../notifications/support/recording-sender';
import { VirtualClock } from '../../notifications/support/virtual-clock';
import { FakePimAlerts } from '../../support/fakes/fake-pim-alerts';

/** Who sets digests and quiet hours in these tests. */
export const BY_ADMIN = { id: ADMIN_ID, name: 'Admin' };

/** The stale sign-in alert with `count` incidents. */
export const staleAlert = (count: number) => alertWith('StaleSignInAlert', 'medium', Array.from({ length: count }, (_, i) => incident(`u${i}`)));

/** The notifications side (watcher, digests, quiet hours) over fakes, on a virtual clock. */
export interface DigestWorld {
  readonly clock: VirtualClock;
  readonly pim: FakePimAlerts;
  readonly sender: RecordingSender;
  readonly storage: MemoryStorage;
  readonly notifications: Notifications;
  /** Every message delivered to the conversation, as JSON text. */
  sentTo(conversationId: string): string[];
}

export function digestWorld(startIso: string): DigestWorld {
  const clock = new VirtualClock(Date.parse(startIso));
  const pim = new FakePimAlerts();
  const sender = new RecordingSender(() => clock.now());
  const storage = new MemoryStorage();
  const notifications = makeNotifications({ storage, sender, pim, clock });
  const sentTo = (conversationId: string): string[] =>
    sender.delivered.filter((sent) => sent.conversationId === conversationId).map((sent) => JSON.stringify(sent.message));
  return { clock, pim, sender, storage, notifications, sentTo };
}
