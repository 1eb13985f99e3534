import assert from 'node:assert/strict';
import sinon from 'sinon';
import type { Notifications } from '../../src/notifications/create-notifications';
import { alertWith, incident } from './support/alert-fixtures';
import { referenceFor } from './support/conversation-fixtures';
import { FakePimAlerts } from '../support/fakes/fake-pim-alerts';
import { ADMIN_ID, makeNotifications } from './support/notifications-harness';
import { RecordingSender } from './support/recording-sender';
import { VirtualClock } from './support/virtual-clock';

const by = { id: ADMIN_ID, name: 'Admin' };

describe('IncidentWatcher', () => {
  let pim: FakePimAlerts;
  let sender: RecordingSender;
  let notifications: Notifications;

  beforeEach(async () => {
    const clock = new VirtualClock();
    pim = new FakePimAlerts();
    sender = new RecordingSender(() => clock.now());
    notifications = makeNotifications({ sender, pim, clock });
    for (const [id, floor] of [['all', 'informational'], ['low', 'low'], ['high', 'high']] as const) {
      await notifications.conversations.save(referenceFor(id), 'personal');
      await notifications.subscriptions.subscribe(id, floor, by);
    }
    pim.alerts = [
      alertWith('StaleSignInAlert', 'medium', [incident('a'), incident('b')]),
      alertWith('TooManyGlobalAdminsAssignedToTenantAlert', 'high', []),
      alertWith('InvalidLicenseAlert', 'informational', [incident('x')]),
    ];
  });

  const poll = (): ReturnType<Notifications['watcher']['pollNow']> => notifications.watcher.pollNow();
  const cardText = (index: number): string => JSON.stringify(sender.delivered[index]?.message);

  it('records a baseline on the first poll without notifying', async () => {
    const summary = await poll();
    assert.equal(summary.baseline, true);
    assert.equal(sender.attempts.length, 0);
    assert.deepEqual(pim.firstArgs('getAlert').sort(), [pim.alerts[2]!.id, pim.alerts[0]!.id].sort(), 'baseline reads incidents of alerts that have some');
  });

  it('makes exactly one list request and nothing else when nothing changed', async () => {
    await poll();
    pim.resetCalls();
    for (let cycle = 0; cycle < 3; cycle += 1) await poll();
    assert.equal(pim.count('listAlerts'), 3);
    assert.deepEqual(pim.firstArgs('getAlert'), []);
    assert.equal(sender.attempts.length, 0);
  });

  it('notifies subscribers whose floor the alert meets when incidents rise, naming the new ones', async () => {
    await poll();
    pim.resetCalls();
    pim.alerts[0] = alertWith('StaleSignInAlert', 'medium', [incident('a'), incident('b'), incident('c', 'Carol Rise')]);
    const summary = await poll();
    assert.deepEqual(pim.firstArgs('getAlert'), [pim.alerts[0].id], 'only the changed alert is read');
    assert.deepEqual(summary, { baseline: false, alertsSeen: 3, rises: 1, delivered: 2 });
    assert.deepEqual(sender.delivered.map((sent) => sent.conversationId).sort(), ['all', 'low']);
    const text = cardText(0);
    assert.match(text, /2 → 3 incidents/);
    assert.match(text, /Carol Rise/);
    assert.doesNotMatch(text, /User a/);
    for (const verb of ['alert.dismiss', 'alert.refresh', 'incident.remediate']) assert.ok(!text.includes(verb), `no write button ${verb} on a shared card`);
    assert.ok(text.includes('alert.open'));
    assert.ok(!text.includes('${'), 'no unbound template expressions');
  });

  it('notices a same-count swap (one incident gone, one new) by lastModifiedDateTime and diffs by id', async () => {
    const at = (time: string, incidents: ReturnType<typeof incident>[]) => ({ ...alertWith('StaleSignInAlert', 'medium', incidents), lastModifiedDateTime: time });
    pim.alerts[0] = at('2026-11-23T10:00:00Z', [incident('a'), incident('b')]);
    await poll();
    pim.resetCalls();
    await poll();
    assert.deepEqual(pim.firstArgs('getAlert'), [], 'an idle poll (same lastModifiedDateTime) reads no incidents');
    pim.alerts[0] = at('2026-11-23T11:00:00Z', [incident('a'), incident('c', 'Carol Swap')]);
    const summary = await poll();
    assert.deepEqual(pim.firstArgs('getAlert'), [pim.alerts[0].id]);
    assert.equal(summary.rises, 1);
    const text = cardText(0);
    assert.match(text, /1 new incident \(2 → 2 incidents; 1 no longer listed\)/);
    assert.match(text, /Carol Swap/);
    assert.doesNotMatch(text, /User a/);
    pim.alerts[0] = at('2026-11-23T12:00:00Z', [incident('c', 'Carol Swap')]);
    await poll();
    assert.equal(sender.delivered.length, 2, 'a fall with nothing new is not notified');
  });

  it('sends one activity per notification: the card, with the headline as summary and no text post', async () => {
    await poll();
    pim.alerts[0] = alertWith('StaleSignInAlert', 'medium', [incident('a'), incident('b'), incident('c')]);
    await poll();
    const message = sender.delivered[0]!.message as { card?: unknown; text?: string; summary?: string };
    assert.ok(message.card);
    assert.equal(message.text, undefined);
    assert.match(message.summary ?? '', /StaleSignInAlert alert: Incidents rose: 2 → 3 incidents/);
  });

  it('Open alert carries the version it announced (count and lastModifiedDateTime)', async () => {
    pim.alerts[0] = { ...pim.alerts[0]!, lastModifiedDateTime: '2026-11-23T10:00:00Z' };
    await poll();
    pim.alerts[0] = { ...alertWith('StaleSignInAlert', 'medium', [incident('a'), incident('b'), incident('c')]), lastModifiedDateTime: '2026-11-23T11:00:00Z' };
    await poll();
    assert.match(cardText(0), /"verb":"alert.open","data":\{"alertId":"[^"]+","version":"3@2026-11-23T11:00:00Z"\}/);
  });

  it('gives the known administrators a user-specific view of the notification (refresh.userIds)', async () => {
    const clock = new VirtualClock();
    const watched = makeNotifications({ sender, pim, clock, refreshUserIds: () => ['29:admin-1', '29:admin-2'] });
    await watched.conversations.save(referenceFor('team-chat'), 'groupChat');
    await watched.subscriptions.subscribe('team-chat', 'informational', by);
    await watched.watcher.pollNow();
    pim.alerts[0] = alertWith('StaleSignInAlert', 'medium', [incident('a'), incident('b'), incident('c')]);
    await watched.watcher.pollNow();
    const message = sender.delivered.at(-1)?.message as { card: { refresh?: { userIds: string[] } } };
    assert.deepEqual(message.card.refresh?.userIds, ['29:admin-1', '29:admin-2']);
  });

  it('notifies when an alert becomes active, high-floor subscribers included for a high alert', async () => {
    await poll();
    pim.alerts[1] = alertWith('TooManyGlobalAdminsAssignedToTenantAlert', 'high', [incident('g1'), incident('g2')]);
    await poll();
    assert.deepEqual(sender.delivered.map((sent) => sent.conversationId).sort(), ['all', 'high', 'low']);
    assert.match(cardText(0), /became active/);
  });

  it('records falls silently, then notifies a later rise from the lower count', async () => {
    await poll();
    pim.alerts[0] = alertWith('StaleSignInAlert', 'medium', [incident('a')]);
    await poll();
    assert.equal(sender.attempts.length, 0);
    pim.alerts[0] = alertWith('StaleSignInAlert', 'medium', [incident('a'), incident('d')]);
    await poll();
    assert.match(cardText(0), /1 → 2 incidents/);
  });

  it('filters by severity floor: an informational alert reaches only "informational" subscribers', async () => {
    await poll();
    pim.alerts[2] = alertWith('InvalidLicenseAlert', 'informational', [incident('x'), incident('y')]);
    await poll();
    assert.deepEqual(sender.delivered.map((sent) => sent.conversationId), ['all']);
  });

  it('keeps running through Graph failures with backoff and reports health', async () => {
    const timers = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    pim.graphDown = true;
    notifications.watcher.start();
    await timers.tickAsync(1);
    assert.equal(notifications.watcher.health().lastResult, 'failed');
    assert.equal(notifications.watcher.health().consecutiveFailures, 1);
    await timers.tickAsync(5000);
    assert.equal(pim.count('listAlerts'), 1, 'backoff: no retry after one interval');
    await timers.tickAsync(5000);
    assert.equal(pim.count('listAlerts'), 2);
    pim.graphDown = false;
    await timers.tickAsync(20000);
    const health = notifications.watcher.health();
    assert.equal(health.lastResult, 'baseline');
    assert.equal(health.consecutiveFailures, 0);
    assert.equal(health.alertsSeen, 3);
    await notifications.watcher.stop();
  });
});
