import assert from 'node:assert/strict';
import type { Notifications } from '../../src/notifications/create-notifications';
import { MemoryAuditLog } from '../support/fakes/memory-audit-log';
import { alertWith, incident } from './support/alert-fixtures';
import { referenceFor } from './support/conversation-fixtures';
import { FakePimAlerts } from '../support/fakes/fake-pim-alerts';
import { ADMIN_ID, makeNotifications } from './support/notifications-harness';
import { RecordingSender } from './support/recording-sender';
import { VirtualClock } from './support/virtual-clock';
import { SwitchableStorage } from '../watch-health/support/switchable-storage';

describe('ConversationRegistry', () => {
  let sender: RecordingSender;
  let pim: FakePimAlerts;
  let notifications: Notifications;
  let audit: MemoryAuditLog;
  beforeEach(() => {
    const clock = new VirtualClock();
    sender = new RecordingSender(() => clock.now());
    pim = new FakePimAlerts();
    audit = new MemoryAuditLog();
    notifications = makeNotifications({ sender, pim, clock, audit });
  });

  it('captures references on install and on messages, channel threads stored as the channel', async () => {
    await notifications.registry.installed(referenceFor('a:personal'), 'personal');
    await notifications.registry.seen(referenceFor('19:chat@thread.v2', 'groupChat'), 'groupChat');
    await notifications.registry.seen(referenceFor('19:chan@thread.tacv2;messageid=1700', 'channel'), 'channel');
    const ids = (await notifications.conversations.list()).map((record) => record.conversationId).sort();
    assert.deepEqual(ids, ['19:chan@thread.tacv2', '19:chat@thread.v2', 'a:personal']);
    const channel = await notifications.conversations.get('19:chan@thread.tacv2;messageid=99');
    assert.equal(channel?.reference.conversation?.id, '19:chan@thread.tacv2');
  });

  it('welcomes a team once, with a Subscribe button, and not personal chats', async () => {
    await notifications.registry.installed(referenceFor('a:personal'), 'personal');
    await notifications.registry.installed(referenceFor('19:general@thread.tacv2', 'channel'), 'channel');
    await notifications.registry.installed(referenceFor('19:general@thread.tacv2', 'channel'), 'channel');
    assert.equal(sender.delivered.length, 1);
    assert.equal(sender.delivered[0]!.conversationId, '19:general@thread.tacv2');
    assert.match(JSON.stringify(sender.delivered[0]!.message), /notifications\.subscribe/);
  });

  it('survives a failing welcome post', async () => {
    sender.responder = () => ({ ok: false, status: 403, code: 'BotDisabledByAdmin' });
    await notifications.registry.installed(referenceFor('19:team@thread.tacv2', 'channel'), 'channel');
    assert.ok(await notifications.conversations.get('19:team@thread.tacv2'));
  });

  it('forgets the conversation and its subscription on uninstall', async () => {
    await notifications.registry.installed(referenceFor('a:personal'), 'personal');
    await notifications.subscriptions.subscribe('a:personal', 'low', { id: ADMIN_ID, name: 'Admin' });
    await notifications.registry.removed('a:personal');
    assert.equal(await notifications.conversations.get('a:personal'), undefined);
    assert.equal(await notifications.subscriptions.get('a:personal'), undefined);
    assert.deepEqual(audit.entries.map((entry) => [entry.actor.id, entry.action, entry.target, entry.result, entry.summary]), [
      ['bot', 'unsubscribe', 'a:personal', 'succeeded', 'Subscription removed by the bot: uninstalled'],
    ]);
  });

  it('audits nothing when an unsubscribed conversation goes away', async () => {
    await notifications.registry.installed(referenceFor('a:personal'), 'personal');
    await notifications.registry.removed('a:personal');
    assert.deepEqual(audit.entries, []);
  });

  it('purges conversations whose send fails with 403 BotNotInConversationRoster or 404 ConversationNotFound', async () => {
    const failures: Record<string, { status: number; code: string }> = {
      gone403: { status: 403, code: 'BotNotInConversationRoster' },
      gone404: { status: 404, code: 'ConversationNotFound' },
      tooBig: { status: 413, code: 'MessageSizeTooBig' },
    };
    for (const id of ['gone403', 'gone404', 'tooBig', 'fine']) {
      await notifications.registry.seen(referenceFor(id), 'personal');
      await notifications.subscriptions.subscribe(id, 'low', { id: ADMIN_ID, name: 'Admin' });
    }
    sender.responder = (id) => (failures[id] ? { ok: false, ...failures[id] } : { ok: true });
    pim.alerts = [alertWith('StaleSignInAlert', 'medium', [incident('a')])];
    await notifications.watcher.pollNow();
    pim.alerts = [alertWith('StaleSignInAlert', 'medium', [incident('a'), incident('b')])];
    await notifications.watcher.pollNow();
    const remaining = (await notifications.subscriptions.list()).map((subscription) => subscription.conversationId).sort();
    assert.deepEqual(remaining, ['fine', 'tooBig']);
    assert.deepEqual((await notifications.conversations.list()).map((record) => record.conversationId).sort(), ['fine', 'tooBig']);
    assert.equal(sender.attempts.filter((sent) => sent.conversationId === 'tooBig').length, 1, '413 is not retried');
  });

  it('pauses a conversation whose send fails with 403 BotDisabledByAdmin, keeps its subscription, and resumes once someone there talks to the bot', async () => {
    for (const id of ['disabled', 'fine']) {
      await notifications.registry.seen(referenceFor(id), 'personal');
      await notifications.subscriptions.subscribe(id, 'low', { id: ADMIN_ID, name: 'Admin' });
    }
    sender.responder = (id) => (id === 'disabled' ? { ok: false, status: 403, code: 'BotDisabledByAdmin' } : { ok: true });
    pim.alerts = [alertWith('StaleSignInAlert', 'medium', [incident('a')])];
    await notifications.watcher.pollNow();
    pim.alerts = [alertWith('StaleSignInAlert', 'medium', [incident('a'), incident('b')])];
    await notifications.watcher.pollNow();
    assert.equal(sender.attempts.filter((sent) => sent.conversationId === 'disabled').length, 1, '403 is not retried');
    assert.deepEqual((await notifications.subscriptions.list()).map((subscription) => subscription.conversationId).sort(), ['disabled', 'fine'], 'the subscription is kept');
    assert.equal((await notifications.conversations.get('disabled'))?.paused?.reason, 'send failed with 403 BotDisabledByAdmin');
    assert.deepEqual(audit.entries, [], 'nothing was unsubscribed');

    pim.alerts = [alertWith('StaleSignInAlert', 'medium', [incident('a'), incident('b'), incident('c')])];
    await notifications.watcher.pollNow();
    assert.equal(sender.attempts.filter((sent) => sent.conversationId === 'disabled').length, 1, 'nothing is sent while paused');
    assert.equal(sender.delivered.filter((sent) => sent.conversationId === 'fine').length, 2);

    sender.responder = () => ({ ok: true });
    await notifications.registry.seen(referenceFor('disabled'), 'personal');
    assert.equal((await notifications.conversations.get('disabled'))?.paused, undefined, 'a message from there unpauses it');
    pim.alerts = [alertWith('StaleSignInAlert', 'medium', [incident('a'), incident('b'), incident('c'), incident('d')])];
    await notifications.watcher.pollNow();
    assert.equal(sender.delivered.filter((sent) => sent.conversationId === 'disabled').length, 1, 'notifications resume');
  });

  it('a message while storage is unreachable: the reference is not refreshed, and the turn goes on (no throw)', async () => {
    const clock = new VirtualClock();
    const storage = new SwitchableStorage();
    const down = makeNotifications({ sender, pim, clock, audit, storage });
    storage.down = true;
    await down.registry.seen(referenceFor('19:chat@thread.v2', 'groupChat'), 'groupChat');
    storage.down = false;
    assert.deepEqual(await down.conversations.list(), []);
  });
});
