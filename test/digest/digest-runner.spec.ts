import assert from 'node:assert/strict';
import type { Notifications } from '../../src/notifications/create-notifications';
import { parseSchedule } from '../../src/digest/digest-input';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { alertWith, incident } from '../notifications/support/alert-fixtures';
import { referenceFor } from '../notifications/support/conversation-fixtures';
import { FakePimAlerts } from '../notifications/support/fake-pim-alerts';
import { ADMIN_ID, makeNotifications } from '../notifications/support/notifications-harness';
import { RecordingSender } from '../notifications/support/recording-sender';
import { VirtualClock } from '../notifications/support/virtual-clock';

const by = { id: ADMIN_ID, name: 'Admin' };
const HOUR = 3_600_000;
const stale = (count: number) => alertWith('StaleSignInAlert', 'medium', Array.from({ length: count }, (_, i) => incident(`u${i}`)));

describe('digest runner (on the watcher cycle)', () => {
  let clock: VirtualClock;
  let pim: FakePimAlerts;
  let sender: RecordingSender;
  let storage: MemoryStorage;
  let notifications: Notifications;
  const digests = (): string[] => sender.delivered.filter((sent) => sent.conversationId === 'team').map((sent) => JSON.stringify(sent.message));

  beforeEach(async () => {
    clock = new VirtualClock(Date.parse('2026-12-01T06:30:00Z'));
    pim = new FakePimAlerts();
    sender = new RecordingSender(() => clock.now());
    storage = new MemoryStorage();
    notifications = makeNotifications(storage, sender, pim.asPort(), clock);
    await notifications.conversations.save(referenceFor('team'), 'channel');
    await notifications.digest.settings.setDigest('team', parseSchedule(['daily', '08:00', 'Europe/Berlin']), by);
    pim.alerts = [stale(1)];
  });

  /** One poll per hour from now until `iso`, the stale alert gaining `perHour` incidents each hour. */
  const pollHourly = async (iso: string, perHour = 0): Promise<void> => {
    while (clock.time <= Date.parse(iso)) {
      await notifications.watcher.pollNow();
      pim.alerts = [stale(pim.alerts[0]!.incidentCount + perHour)];
      clock.time += HOUR;
    }
  };

  it('sends one digest at 08:00 Berlin with the day\'s chart and counts, then schedules the next day', async () => {
    await pollHourly('2026-12-01T07:30:00Z');
    assert.equal(digests().length, 1, 'the first run: 08:00 local is 07:00 UTC');
    assert.match(digests()[0]!, /History starts/, 'says its history is short');
    await pollHourly('2026-12-02T06:30:00Z', 1);
    assert.equal(digests().length, 1, 'nothing until the next 08:00');
    await pollHourly('2026-12-02T07:30:00Z');
    const sent = digests();
    assert.equal(sent.length, 2);
    assert.match(sent[1]!, /Daily PIM alerts digest/);
    assert.match(sent[1]!, /"type":"Chart.Line"/);
    assert.match(sent[1]!, /"legend":"StaleSignInAlert alert","values":\[\{"x":"08:00","y":1\}/, 'hourly points in Berlin time');
    assert.match(sent[1]!, /1 → 24/, 'period start vs now');
    assert.match(sent[1]!, /\+23/, 'new incidents in the period');
    assert.match(sent[1]!, /Next digest: Thu 2026-12-03 08:00 \(Europe\/Berlin\)/);
    assert.equal((await notifications.digest.settings.get('team'))?.digest?.nextRunAt, '2026-12-03T07:00:00.000Z');
    await pollHourly('2026-12-02T10:30:00Z');
    assert.equal(digests().length, 2, 'once per run');
  });

  it('a crash after sending but before the next run was stored: the next cycle does not send it again', async () => {
    const before = await storage.read('digest-settings/team');
    await pollHourly('2026-12-01T07:30:00Z');
    assert.equal(digests().length, 1);
    await storage.write('digest-settings/team', before!.value); // the advance never happened
    await pollHourly('2026-12-01T08:30:00Z');
    assert.equal(digests().length, 1, 'the outbox already has this run');
    assert.equal((await notifications.digest.settings.get('team'))?.digest?.nextRunAt, '2026-12-02T07:00:00.000Z');
  });

  it('a run missed while the bot was down is sent once, late, and says so', async () => {
    clock.time = Date.parse('2026-12-04T12:00:00Z');
    await notifications.watcher.pollNow();
    await notifications.watcher.pollNow();
    assert.equal(digests().length, 1);
    assert.match(digests()[0]!, /was due Tue 2026-12-01 08:00 \(Europe\/Berlin\); the bot was not running then/);
  });

  it('a conversation the bot left loses its digest instead of failing every cycle', async () => {
    await notifications.registry.forget('team', 'uninstalled');
    await pollHourly('2026-12-01T07:30:00Z');
    assert.equal(sender.attempts.length, 0);
    assert.equal(await notifications.digest.settings.get('team'), undefined);
  });
});
