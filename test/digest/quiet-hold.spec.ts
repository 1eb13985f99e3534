import assert from 'node:assert/strict';
import type { Notifications } from '../../src/notifications/create-notifications';
import { parseQuietHours } from '../../src/digest/digest-input';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { alertWith, incident } from '../notifications/support/alert-fixtures';
import { referenceFor } from '../notifications/support/conversation-fixtures';
import { FakePimAlerts } from '../notifications/support/fake-pim-alerts';
import { ADMIN_ID, makeNotifications } from '../notifications/support/notifications-harness';
import { RecordingSender } from '../notifications/support/recording-sender';
import { VirtualClock } from '../notifications/support/virtual-clock';

const by = { id: ADMIN_ID, name: 'Admin' };
const MINUTE = 60_000;
const stale = (count: number) => alertWith('StaleSignInAlert', 'medium', Array.from({ length: count }, (_, i) => incident(`u${i}`)));
const admins = (count: number) => alertWith('TooManyGlobalAdminsAssignedToTenantAlert', 'high', Array.from({ length: count }, (_, i) => incident(`g${i}`)));

describe('quiet hours: hold and release', () => {
  let clock: VirtualClock;
  let pim: FakePimAlerts;
  let sender: RecordingSender;
  let storage: MemoryStorage;
  let notifications: Notifications;
  const texts = (conversationId: string): string[] =>
    sender.delivered.filter((sent) => sent.conversationId === conversationId).map((sent) => JSON.stringify(sent.message));

  beforeEach(async () => {
    clock = new VirtualClock(Date.parse('2026-12-01T20:30:00Z')); // 21:30 in Berlin
    pim = new FakePimAlerts();
    sender = new RecordingSender(() => clock.now());
    storage = new MemoryStorage();
    notifications = makeNotifications(storage, sender, pim.asPort(), clock);
    for (const id of ['night', 'day']) {
      await notifications.conversations.save(referenceFor(id), 'personal');
      await notifications.subscriptions.subscribe(id, 'low', by);
    }
    await notifications.digest.settings.setQuiet('night', parseQuietHours(['22:00-07:00', 'Europe/Berlin']), by);
    pim.alerts = [stale(1), admins(0)];
    await notifications.watcher.pollNow();
  });

  const pollAt = async (iso: string): Promise<void> => {
    clock.time = Date.parse(iso);
    await notifications.watcher.pollNow();
  };

  it('holds rises during the hours (even across repeated polls) and sends exactly one summary when they end', async () => {
    await pollAt('2026-12-01T21:30:00Z');
    pim.alerts = [stale(2), admins(0)];
    await pollAt('2026-12-01T22:00:00Z');
    await pollAt('2026-12-01T22:05:00Z');
    pim.alerts = [stale(2), admins(1)];
    await pollAt('2026-12-02T03:00:00Z');
    assert.equal(texts('night').length, 0, 'nothing during quiet hours');
    assert.equal(texts('day').length, 2, 'the other conversation is notified as usual');
    assert.equal((await storage.list('quiet-held/')).length, 2, 'two rises held');

    await pollAt('2026-12-02T06:00:00Z'); // 07:00 Berlin
    const night = texts('night');
    assert.equal(night.length, 1, 'one summary');
    assert.match(night[0]!, /2 notifications were held during quiet hours/);
    assert.match(night[0]!, /Incidents rose: 1 → 2 incidents/);
    assert.match(night[0]!, /The alert became active: 0 → 1 incident/);
    assert.equal((await storage.list('quiet-held/')).length, 0);
    await pollAt('2026-12-02T06:00:00Z');
    await pollAt('2026-12-02T06:10:00Z');
    assert.equal(texts('night').length, 1, 'never twice');
  });

  it('a crash after the summary went out but before the held records were dropped does not send it again', async () => {
    pim.alerts = [stale(3), admins(0)];
    await pollAt('2026-12-01T23:00:00Z');
    const held = await storage.list('quiet-held/');
    assert.equal(held.length, 1);
    await pollAt('2026-12-02T06:30:00Z');
    assert.equal(texts('night').length, 1);
    for (const item of held) await storage.write(item.key, item.value); // as if the deletes never happened
    await pollAt('2026-12-02T06:35:00Z');
    assert.equal(texts('night').length, 1, 'the outbox already has that summary');
    assert.equal((await storage.list('quiet-held/')).length, 0);
  });

  it('turning quiet hours off releases what was held with the next poll', async () => {
    pim.alerts = [stale(2), admins(0)];
    await pollAt('2026-12-01T23:00:00Z');
    await notifications.digest.settings.setQuiet('night', undefined, by);
    clock.time += MINUTE;
    await notifications.watcher.pollNow();
    assert.equal(texts('night').length, 1);
    assert.match(texts('night')[0]!, /1 notification was held/);
  });
});
