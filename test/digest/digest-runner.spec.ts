import assert from 'node:assert/strict';
import { parseSchedule } from '../../src/digest/digest-input';
import { referenceFor } from '../notifications/support/conversation-fixtures';
import { BY_ADMIN, digestWorld, staleAlert as stale, type DigestWorld } from './support/digest-world';

const HOUR = 3_600_000;

describe('digest runner (on the watcher cycle)', () => {
  let world: DigestWorld;
  const digests = (): string[] => world.sentTo('team');

  beforeEach(async () => {
    world = digestWorld('2026-12-01T06:30:00Z');
    await world.notifications.conversations.save(referenceFor('team'), 'channel');
    await world.notifications.digest.settings.setDigest('team', parseSchedule(['daily', '08:00', 'Europe/Berlin']), BY_ADMIN);
    world.pim.alerts = [stale(1)];
  });

  /** One poll per hour from now until `iso`, the stale alert gaining `perHour` incidents each hour. */
  const pollHourly = async (iso: string, perHour = 0): Promise<void> => {
    while (world.clock.time <= Date.parse(iso)) {
      await world.notifications.watcher.pollNow();
      world.pim.alerts = [stale(world.pim.alerts[0]!.incidentCount + perHour)];
      world.clock.time += HOUR;
    }
  };

  it('sends one digest at 08:00 Berlin with the day\'s chart and counts, then schedules the next day', async () => {
    await pollHourly('2026-12-01T07:30:00Z');
    assert.equal(digests().length, 1, 'the first run: 08:00 local is 07:00 UTC');
    assert.match(digests()[0]!, /History starts/, 'says its history is short');
    assert.match(digests()[0]!, /No chart yet: it needs history from two points in time, and appears in digests by \w{3} 2026-12-0\d \d\d:00 \(Europe\/Berlin\)/);
    await pollHourly('2026-12-02T06:30:00Z', 1);
    assert.equal(digests().length, 1, 'nothing until the next 08:00');
    await pollHourly('2026-12-02T07:30:00Z');
    const sent = digests();
    assert.equal(sent.length, 2);
    assert.match(sent[1]!, /Daily PIM alerts digest/);
    assert.match(sent[1]!, /"type":"Chart.Line"/);
    assert.match(sent[1]!, /"legend":"StaleSignInAlert alert","values":\[\{"x":"08","y":1\},\{"x":"11","y":3\}[^\]]*\{"x":"now","y":24\}\]/, 'three-hour points in Berlin time, from the period start');
    assert.match(sent[1]!, /1 → 24/, 'period start vs now');
    assert.match(sent[1]!, /\+23/, 'new incidents in the period');
    assert.match(sent[1]!, /Next digest: Thu 2026-12-03 08:00 \(Europe\/Berlin\)/);
    assert.equal((await world.notifications.digest.settings.get('team'))?.digest?.nextRunAt, '2026-12-03T07:00:00.000Z');
    await pollHourly('2026-12-02T10:30:00Z');
    assert.equal(digests().length, 2, 'once per run');
  });

  it('a crash after sending but before the next run was stored: the next cycle does not send it again', async () => {
    const before = await world.storage.read('digest-settings/team');
    await pollHourly('2026-12-01T07:30:00Z');
    assert.equal(digests().length, 1);
    await world.storage.write('digest-settings/team', before!.value); // the advance never happened
    await pollHourly('2026-12-01T08:30:00Z');
    assert.equal(digests().length, 1, 'the outbox already has this run');
    assert.equal((await world.notifications.digest.settings.get('team'))?.digest?.nextRunAt, '2026-12-02T07:00:00.000Z');
  });

  it('a run missed while the bot was down is sent once, late, and says so', async () => {
    world.clock.time = Date.parse('2026-12-04T12:00:00Z');
    await world.notifications.watcher.pollNow();
    await world.notifications.watcher.pollNow();
    assert.equal(digests().length, 1);
    assert.match(digests()[0]!, /was due Tue 2026-12-01 08:00 \(Europe\/Berlin\); the bot was not running then/);
  });

  it('a conversation the bot left loses its digest instead of failing every cycle', async () => {
    await world.notifications.registry.forget('team', 'uninstalled');
    await pollHourly('2026-12-01T07:30:00Z');
    assert.equal(world.sender.attempts.length, 0);
    assert.equal(await world.notifications.digest.settings.get('team'), undefined);
  });
});
