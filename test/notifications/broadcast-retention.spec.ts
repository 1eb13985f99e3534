import assert from 'node:assert/strict';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { BROADCAST_RETENTION_MS } from '../../src/notifications/broadcaster';
import { alertWith, incident } from './support/alert-fixtures';
import { referenceFor } from './support/conversation-fixtures';
import { FakePimAlerts } from '../support/fakes/fake-pim-alerts';
import { ADMIN_ID, makeNotifications } from './support/notifications-harness';
import { RecordingSender } from './support/recording-sender';
import { VirtualClock } from './support/virtual-clock';

describe('Broadcast retention', () => {
  it('keeps completed broadcasts for the retention period, then prunes them on a poll', async () => {
    const storage = new MemoryStorage();
    const clock = new VirtualClock();
    const sender = new RecordingSender(() => clock.now());
    const pim = new FakePimAlerts();
    const notifications = makeNotifications({ storage, sender, pim, clock });
    await notifications.conversations.save(referenceFor('conv-1'), 'groupChat');
    await notifications.subscriptions.subscribe('conv-1', 'low', { id: ADMIN_ID, name: 'Admin' });
    pim.alerts = [alertWith('StaleSignInAlert', 'high', [incident('a')])];
    await notifications.watcher.pollNow();
    pim.alerts = [alertWith('StaleSignInAlert', 'high', [incident('a'), incident('b')])];
    await notifications.watcher.pollNow();
    assert.equal(sender.delivered.length, 1);
    const stored = async (): Promise<number> => (await storage.list('')).filter((item) => /broadcast/i.test(item.key)).length;
    const afterSend = await stored();
    assert.ok(afterSend > 0, 'the broadcast and its delivery record are stored');

    clock.time += BROADCAST_RETENTION_MS - 60_000;
    await notifications.watcher.pollNow();
    assert.equal(await stored(), afterSend, 'kept within the retention period');

    clock.time += 120_000;
    await notifications.watcher.pollNow();
    assert.equal(await stored(), 0, 'pruned after the retention period');
    assert.equal(sender.delivered.length, 1, 'pruning never re-sends');
  });
});
