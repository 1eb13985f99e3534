import assert from 'node:assert/strict';
import { parseQuietHours } from '../../src/digest/digest-input';
import { alertWith, incident } from '../notifications/support/alert-fixtures';
import { referenceFor } from '../notifications/support/conversation-fixtures';
import { BY_ADMIN, digestWorld, staleAlert as stale, type DigestWorld } from './support/digest-world';

const MINUTE = 60_000;
const admins = (count: number) => alertWith('TooManyGlobalAdminsAssignedToTenantAlert', 'high', Array.from({ length: count }, (_, i) => incident(`g${i}`)));

describe('quiet hours: hold and release', () => {
  let world: DigestWorld;
  const texts = (conversationId: string): string[] => world.sentTo(conversationId);

  beforeEach(async () => {
    world = digestWorld('2026-12-01T20:30:00Z'); // 21:30 in Berlin
    for (const id of ['night', 'day']) {
      await world.notifications.conversations.save(referenceFor(id), 'personal');
      await world.notifications.subscriptions.subscribe(id, 'low', BY_ADMIN);
    }
    await world.notifications.digest.settings.setQuiet('night', parseQuietHours(['22:00-07:00', 'Europe/Berlin']), BY_ADMIN);
    world.pim.alerts = [stale(1), admins(0)];
    await world.notifications.watcher.pollNow();
  });

  const pollAt = async (iso: string): Promise<void> => {
    world.clock.time = Date.parse(iso);
    await world.notifications.watcher.pollNow();
  };

  it('holds rises during the hours (even across repeated polls) and sends exactly one summary when they end', async () => {
    await pollAt('2026-12-01T21:30:00Z');
    world.pim.alerts = [stale(2), admins(0)];
    await pollAt('2026-12-01T22:00:00Z');
    await pollAt('2026-12-01T22:05:00Z');
    world.pim.alerts = [stale(2), admins(1)];
    await pollAt('2026-12-02T03:00:00Z');
    assert.equal(texts('night').length, 0, 'nothing during quiet hours');
    assert.equal(texts('day').length, 2, 'the other conversation is notified as usual');
    assert.equal((await world.storage.list('quiet-held/')).length, 2, 'two rises held');

    await pollAt('2026-12-02T06:00:00Z'); // 07:00 Berlin
    const night = texts('night');
    assert.equal(night.length, 1, 'one summary');
    assert.match(night[0]!, /2 notifications were held during quiet hours/);
    assert.match(night[0]!, /Incidents rose: 1 → 2 incidents/);
    assert.match(night[0]!, /The alert became active: 0 → 1 incident/);
    assert.equal((await world.storage.list('quiet-held/')).length, 0);
    await pollAt('2026-12-02T06:00:00Z');
    await pollAt('2026-12-02T06:10:00Z');
    assert.equal(texts('night').length, 1, 'never twice');
  });

  it('the summary says how to ask for the state: "alerts" in a personal chat, "@PIM Alerts alerts" in a channel (the bot hears only mentions there)', async () => {
    world.pim.alerts = [stale(2), admins(0)];
    await pollAt('2026-12-01T23:00:00Z');
    await pollAt('2026-12-02T06:30:00Z');
    assert.match(texts('night')[0]!, /Type \\"alerts\\" for the current state/);

    await world.notifications.conversations.save(referenceFor('night', 'channel'), 'channel');
    world.pim.alerts = [stale(3), admins(0)];
    await pollAt('2026-12-02T23:00:00Z');
    await pollAt('2026-12-03T06:30:00Z');
    const channel = texts('night')[1]!;
    assert.match(channel, /Type \\"@PIM Alerts alerts\\" \(mention me\) for the current state/);
    assert.doesNotMatch(channel, /Type \\"alerts\\"/);
  });

  it('a crash after the summary went out but before the held records were dropped does not send it again', async () => {
    world.pim.alerts = [stale(3), admins(0)];
    await pollAt('2026-12-01T23:00:00Z');
    const held = await world.storage.list('quiet-held/');
    assert.equal(held.length, 1);
    await pollAt('2026-12-02T06:30:00Z');
    assert.equal(texts('night').length, 1);
    for (const item of held) await world.storage.write(item.key, item.value); // as if the deletes never happened
    await pollAt('2026-12-02T06:35:00Z');
    assert.equal(texts('night').length, 1, 'the outbox already has that summary');
    assert.equal((await world.storage.list('quiet-held/')).length, 0);
  });

  it('turning quiet hours off releases what was held with the next poll', async () => {
    world.pim.alerts = [stale(2), admins(0)];
    await pollAt('2026-12-01T23:00:00Z');
    await world.notifications.digest.settings.setQuiet('night', undefined, BY_ADMIN);
    world.clock.time += MINUTE;
    await world.notifications.watcher.pollNow();
    assert.equal(texts('night').length, 1);
    assert.match(texts('night')[0]!, /1 notification was held/);
  });
});
