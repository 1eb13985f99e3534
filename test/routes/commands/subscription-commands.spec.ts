import assert from 'node:assert/strict';
import { VERBS } from '../../../src/cards/verbs';
import { isAppError } from '../../../src/errors/app-error';
import { parseSubscribeData } from '../../../src/routes/card-actions/subscribe-action';
import { subscriptionCommands } from '../../../src/routes/commands/subscription-commands';
import { accessLevelOf } from '../../../src/routes/route';
import { REFUSAL } from '../../support/fakes/fixed-access-policy';
import { ADMIN, READER, RecordingTurn } from '../../support/fakes/recording-turn';
import { makeUseCaseDeps, type TestUseCaseDeps } from '../../support/fakes/use-case-deps';
import { runAction } from '../card-actions/run-action';
import { runCommand } from './run-command';

const CHANNEL_THREAD = '19:chan@thread.tacv2;messageid=5';
const turnIn = (conversationId: string, user = ADMIN): RecordingTurn =>
  new RecordingTurn({ ...user, name: 'Ada <at>Admin</at>' }, undefined, { id: conversationId, type: 'channel' });

describe('subscription commands', () => {
  let deps: TestUseCaseDeps;
  beforeEach(() => {
    deps = makeUseCaseDeps();
  });
  const run = async (text: string, turn = turnIn(CHANNEL_THREAD)): Promise<string[]> => (await runCommand(deps, text, turn)).texts;

  it('declares write access for subscribe/unsubscribe and read for subscriptions (write for `subscriptions all`)', () => {
    const levels = subscriptionCommands.map((command) => [command.name, accessLevelOf(command.access, { text: '', words: [] })]);
    assert.deepEqual(levels, [['subscribe', 'write'], ['unsubscribe', 'write'], ['subscriptions', 'read']]);
    assert.equal(accessLevelOf(subscriptionCommands[2]!.access, { text: 'all', words: ['all'] }), 'write');
  });

  it('subscribes the channel (not the thread) with the default floor, or the one given', async () => {
    await run('subscribe');
    assert.equal((await deps.subscriptions.get('19:chan@thread.tacv2'))?.minimumSeverity, 'low');
    const replies = await run('subscribe HIGH');
    assert.equal((await deps.subscriptions.get('19:chan@thread.tacv2'))?.minimumSeverity, 'high');
    assert.match(replies[0]!, /severity high and above/);
  });

  it('subscribe type <alertType ...> limits the channel to those types, keeps the floor, and "all" lifts it', async () => {
    await run('subscribe medium');
    const replies = await run('subscribe type staleSignIn TooManyGlobalAdminsAssignedToTenantAlert staleSignIn');
    const stored = await deps.subscriptions.get('19:chan@thread.tacv2');
    assert.deepEqual(stored?.alertTypes, ['StaleSignInAlert', 'TooManyGlobalAdminsAssignedToTenantAlert']);
    assert.equal(stored?.minimumSeverity, 'medium');
    assert.match(replies[0]!, /Only these alert types: staleSignIn, tooManyGlobalAdmins\./);
    assert.match((await run('subscriptions'))[0]!, /Only these alert types: staleSignIn, tooManyGlobalAdmins/);
    await run('subscribe type all');
    assert.equal((await deps.subscriptions.get('19:chan@thread.tacv2'))?.alertTypes, undefined);
  });

  it('subscribe scope <directory|subscription ...> limits the channel to those scopes, keeps floor and types, and "all" lifts it', async () => {
    const sub = 'afa2a084-766f-4003-8ae1-c4aeb893a99f';
    await run('subscribe high');
    await run('subscribe type tooManyOwners');
    const replies = await run(`subscribe scope directory /subscriptions/${sub.toUpperCase()} ${sub}`);
    const stored = await deps.subscriptions.get('19:chan@thread.tacv2');
    assert.deepEqual(stored?.scopes, ['directory', `/subscriptions/${sub}`]);
    assert.deepEqual([stored?.minimumSeverity, stored?.alertTypes], ['high', ['TooManyOwnersAssignedToResource']]);
    assert.match(replies[0]!, new RegExp(`Only these scopes: directory, /subscriptions/${sub}\\.`));
    assert.match((await run('subscribe scope /providers/Microsoft.Management/managementGroups/x'))[0]!, /is not a scope/);
    await run('subscribe scope all');
    assert.equal((await deps.subscriptions.get('19:chan@thread.tacv2'))?.scopes, undefined);
  });

  it('audits subscribe type like every subscription change (attempted, then succeeded, with the types)', async () => {
    await run('subscribe type staleSignIn');
    await run('subscribe type all');
    assert.deepEqual(deps.audit.entries.map((entry) => [entry.action, entry.result]), [
      ['subscribe', 'attempted'], ['subscribe', 'succeeded'], ['subscribe', 'attempted'], ['subscribe', 'succeeded'],
    ]);
    assert.equal(deps.audit.entries[1]!.summary, 'Limited this channel conversation to alert types: StaleSignInAlert');
    assert.equal(deps.audit.entries[3]!.summary, 'Limited this channel conversation to alert types: all');
  });

  it('subscribe type refuses unknown types (naming the known ones) and changes nothing', async () => {
    assert.match((await run('subscribe type nosuch'))[0]!, /"nosuch" is not an alert type.*staleSignIn/);
    assert.equal(await deps.subscriptions.get('19:chan@thread.tacv2'), undefined);
  });

  it('audits subscribe and unsubscribe: attempted, then succeeded, with who, where and a readable line', async () => {
    await run('subscribe high');
    await run('unsubscribe');
    assert.deepEqual(deps.audit.entries.map((entry) => [entry.action, entry.result, entry.target]), [
      ['subscribe', 'attempted', CHANNEL_THREAD], ['subscribe', 'succeeded', CHANNEL_THREAD],
      ['unsubscribe', 'attempted', CHANNEL_THREAD], ['unsubscribe', 'succeeded', CHANNEL_THREAD],
    ]);
    assert.equal(deps.audit.entries[1]!.summary, 'Subscribed this channel conversation (minimum severity high)');
    assert.equal(deps.audit.entries[1]!.actor.id, ADMIN.id);
  });

  it('audits the Subscribe button like the command', async () => {
    const result = await runAction(deps, VERBS.subscribe, { minimumSeverity: 'medium' }, turnIn(CHANNEL_THREAD));
    assert.equal(result.statusCode, 200);
    assert.deepEqual(deps.audit.entries.map((entry) => [entry.action, entry.result]), [['subscribe', 'attempted'], ['subscribe', 'succeeded']]);
    assert.match(deps.audit.entries[1]!.summary ?? '', /minimum severity medium, button/);
  });

  it('answers bad severities with the usage', async () => {
    assert.match((await run('subscribe urgent'))[0]!, /informational, low, medium, high/);
    assert.match((await run('subscribe low extra'))[0]!, /Usage: subscribe \[severity\]/);
    assert.equal(await deps.subscriptions.get('19:chan@thread.tacv2'), undefined);
  });

  it('unsubscribes and says when there was nothing to remove', async () => {
    await run('subscribe medium');
    assert.match((await run('unsubscribe'))[0]!, /Unsubscribed/);
    assert.match((await run('unsubscribe'))[0]!, /was not subscribed/);
  });

  it('shows this conversation\'s subscription, escaping names; "all" only for writers (a refusal is audited)', async () => {
    assert.match((await run('subscriptions'))[0]!, /not subscribed/);
    await run('subscribe informational');
    const shown = (await run('subscriptions'))[0]!;
    assert.match(shown, /any severity \(set by Ada /);
    assert.doesNotMatch(shown, /<at>/i, 'mention tags from names are neutralised');
    assert.match((await run('subscriptions all'))[0]!, /1 subscribed conversation/);
    assert.deepEqual(await run('subscriptions all', turnIn('x', READER)), [REFUSAL]);
    assert.deepEqual(deps.audit.entries.filter((entry) => entry.action === 'subscriptions').map((entry) => entry.result), ['refused']);
  });

  it('reads the Subscribe button data strictly', () => {
    assert.deepEqual(parseSubscribeData({ minimumSeverity: 'low' }), { minimumSeverity: 'low' });
    for (const bad of [null, [], {}, { minimumSeverity: 'urgent' }, { minimumSeverity: 'low', extra: 1 }, { minimumSeverity: 3 }]) {
      assert.throws(() => parseSubscribeData(bad), (error: unknown) => isAppError(error) && error.code === 'invalidInput');
    }
  });
});
