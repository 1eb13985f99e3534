import assert from 'node:assert/strict';
import type { BotTurn, OutgoingMessage } from '../../src/bot/bot-turn';
import type { Command } from '../../src/commands/command';
import { isAppError } from '../../src/errors/app-error';
import { ActionRouter } from '../../src/actions/action-router';
import { VERBS } from '../../src/cards/verbs';
import { parseSubscribeData, subscribeAction } from '../../src/notifications/subscribe-action';
import { FixedAccessPolicy } from '../support/fakes/fixed-access-policy';
import { makeUseCaseDeps } from '../support/fakes/use-case-deps';
import { subscriptionCommands } from '../../src/notifications/subscription-commands';
import { SubscriptionStore } from '../../src/notifications/subscription-store';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { silentLogger } from '../../src/logging/json-logger';
import { MemoryAuditLog } from '../support/fakes/memory-audit-log';
import { ADMIN_ID, testAccess } from './support/notifications-harness';

function turnIn(conversationId: string, userId = ADMIN_ID): BotTurn & { readonly replies: string[] } {
  const replies: string[] = [];
  const reply = (message: OutgoingMessage): Promise<string> => {
    replies.push('text' in message && message.text ? message.text : JSON.stringify(message));
    return Promise.resolve('id');
  };
  return {
    replies, user: { id: userId, name: 'Ada <at>Admin</at>' }, conversation: { id: conversationId, type: 'channel' }, correlationId: 'c',
    reply, update: () => Promise.resolve(), later: () => ({ send: reply, update: () => Promise.resolve() }),
  };
}

describe('subscription commands', () => {
  let store: SubscriptionStore;
  let commands: Map<string, Command>;
  let audit: MemoryAuditLog;
  beforeEach(() => {
    store = new SubscriptionStore(new MemoryStorage());
    audit = new MemoryAuditLog();
    commands = new Map(subscriptionCommands({ subscriptions: store, access: testAccess, audit, logger: silentLogger }).map((command) => [command.name, command]));
  });
  const run = async (name: string, text: string, turn = turnIn('19:chan@thread.tacv2;messageid=5')): Promise<string[]> => {
    await commands.get(name)!.handle(turn, { text, words: text.split(/\s+/).filter(Boolean) });
    return turn.replies;
  };

  it('declares write access for subscribe/unsubscribe and read for subscriptions', () => {
    assert.deepEqual([...commands.values()].map((command) => [command.name, command.access]), [['subscribe', 'write'], ['unsubscribe', 'write'], ['subscriptions', 'read']]);
  });

  it('subscribe type <alertType ...> limits the channel to those types, keeps the floor, and "all" lifts it', async () => {
    await run('subscribe', 'medium');
    const replies = await run('subscribe', 'type staleSignIn TooManyGlobalAdminsAssignedToTenantAlert staleSignIn');
    const stored = await store.get('19:chan@thread.tacv2');
    assert.deepEqual(stored?.alertTypes, ['StaleSignInAlert', 'TooManyGlobalAdminsAssignedToTenantAlert']);
    assert.equal(stored?.minimumSeverity, 'medium');
    assert.match(replies[0]!, /Only these alert types: staleSignIn, tooManyGlobalAdmins\./);
    assert.match((await run('subscriptions', ''))[0]!, /Only these alert types: staleSignIn, tooManyGlobalAdmins/);
    await run('subscribe', 'type all');
    assert.equal((await store.get('19:chan@thread.tacv2'))?.alertTypes, undefined);
  });

  it('subscribe type refuses unknown types (naming the known ones) and changes nothing', async () => {
    await assert.rejects(run('subscribe', 'type nosuch'), (error: unknown) => isAppError(error) && /"nosuch" is not an alert type.*staleSignIn/.test(error.message));
    assert.equal(await store.get('19:chan@thread.tacv2'), undefined);
  });

  it('subscribes the channel (not the thread) with the default floor, or the one given', async () => {
    await run('subscribe', '');
    assert.equal((await store.get('19:chan@thread.tacv2'))?.minimumSeverity, 'low');
    const replies = await run('subscribe', 'HIGH');
    assert.equal((await store.get('19:chan@thread.tacv2'))?.minimumSeverity, 'high');
    assert.match(replies[0]!, /severity high and above/);
  });

  it('audits subscribe and unsubscribe: attempted, then succeeded, with who, where and a readable line', async () => {
    await run('subscribe', 'high');
    await run('unsubscribe', '');
    assert.deepEqual(audit.entries.map((entry) => [entry.action, entry.result, entry.target]), [
      ['subscribe', 'attempted', '19:chan@thread.tacv2;messageid=5'], ['subscribe', 'succeeded', '19:chan@thread.tacv2;messageid=5'],
      ['unsubscribe', 'attempted', '19:chan@thread.tacv2;messageid=5'], ['unsubscribe', 'succeeded', '19:chan@thread.tacv2;messageid=5'],
    ]);
    assert.equal(audit.entries[1]!.summary, 'Subscribed this channel conversation (minimum severity high)');
    assert.equal(audit.entries[1]!.actor.id, ADMIN_ID);
  });

  it('audits the Subscribe button like the command', async () => {
    const deps = makeUseCaseDeps({ access: new FixedAccessPolicy([ADMIN_ID]) });
    const action = new ActionRouter([subscribeAction(store)], deps);
    const result = await action.handle(turnIn('19:chan@thread.tacv2;messageid=5'), VERBS.subscribe, { minimumSeverity: 'medium' });
    assert.equal(result.statusCode, 200);
    assert.deepEqual(deps.audit.entries.map((entry) => [entry.action, entry.result]), [['subscribe', 'attempted'], ['subscribe', 'succeeded']]);
    assert.match(deps.audit.entries[1]!.summary ?? '', /minimum severity medium, button/);
  });

  it('answers bad severities with the usage', async () => {
    await assert.rejects(run('subscribe', 'urgent'), (error: unknown) => isAppError(error) && /informational, low, medium, high/.test(error.message));
    await assert.rejects(run('subscribe', 'low extra'), (error: unknown) => isAppError(error) && error.code === 'invalidInput');
  });

  it('unsubscribes and says when there was nothing to remove', async () => {
    await run('subscribe', 'medium');
    assert.match((await run('unsubscribe', ''))[0]!, /Unsubscribed/);
    assert.match((await run('unsubscribe', ''))[0]!, /was not subscribed/);
  });

  it('shows this conversation\'s subscription, escaping names; "all" only for writers', async () => {
    assert.match((await run('subscriptions', ''))[0]!, /not subscribed/);
    await run('subscribe', 'informational');
    const shown = (await run('subscriptions', ''))[0]!;
    assert.match(shown, /any severity \(set by Ada /);
    assert.doesNotMatch(shown, /<at>/i, 'mention tags from names are neutralised');
    assert.match((await run('subscriptions', 'all'))[0]!, /1 subscribed conversation/);
    await assert.rejects(run('subscriptions', 'all', turnIn('x', 'reader')), (error: unknown) => isAppError(error) && error.code === 'userNotAllowed');
  });

  it('reads the Subscribe button data strictly', () => {
    assert.deepEqual(parseSubscribeData({ minimumSeverity: 'low' }), { minimumSeverity: 'low' });
    for (const bad of [null, [], {}, { minimumSeverity: 'urgent' }, { minimumSeverity: 'low', extra: 1 }, { minimumSeverity: 3 }]) {
      assert.throws(() => parseSubscribeData(bad), (error: unknown) => isAppError(error) && error.code === 'invalidInput');
    }
  });
});
