import assert from 'node:assert/strict';
import { VERBS } from '../../../src/cards/verbs';
import { alertIdOf } from '../../support/fakes/alert-fixtures';
import { ADMIN, READER, RecordingTurn } from '../../support/fakes/recording-turn';
import { runAction } from '../card-actions/run-action';
import { buttonVerbs, ChannelTurn, userSpecificDeps, WRITE_VERBS } from '../card-actions/user-specific-views';
import { runCommand } from './run-command';

type Refresh = { action: { verb: string; data: unknown }; userIds: string[] };
const cardOf = (message: unknown): Record<string, unknown> => (message as { card: Record<string, unknown> }).card;
const writeVerbs = (card: unknown): string[] => buttonVerbs(card).filter((verb) => WRITE_VERBS.includes(verb));
const STALE = alertIdOf('StaleSignInAlert');

describe('cards posted into group chats and channels (user-specific views)', () => {
  it('an admin\'s alerts/alert/incidents in a channel: no write buttons for everyone, a refresh for the known admins', async () => {
    const admins = ['29:admin', '29:other-admin'];
    for (const text of ['alerts', 'alert staleSignIn', 'incidents staleSignIn']) {
      const turn = await runCommand(userSpecificDeps(admins), text, new ChannelTurn(ADMIN));
      const card = cardOf(turn.replies[0]);
      assert.deepEqual(writeVerbs(card), [], text);
      const refresh = card.refresh as Refresh;
      assert.equal(refresh.action.verb, VERBS.refreshView, text);
      assert.deepEqual(refresh.userIds, admins, text);
    }
  });

  it('in a personal chat the card is the user\'s own view, without a refresh block', async () => {
    const admin = await runCommand(userSpecificDeps(), 'alert staleSignIn', new RecordingTurn(ADMIN));
    assert.ok(writeVerbs(cardOf(admin.replies[0])).length > 0);
    assert.equal(cardOf(admin.replies[0]).refresh, undefined);
    const reader = await runCommand(userSpecificDeps(), 'alert staleSignIn', new RecordingTurn(READER));
    assert.deepEqual(writeVerbs(cardOf(reader.replies[0])), []);
  });

  it('a refresh in a channel leaves a read-only card with a refresh; a failed one no Try again', async () => {
    const deps = userSpecificDeps();
    const turn = new ChannelTurn(ADMIN, 'card-5');
    await runAction(deps, VERBS.refresh, { alertId: STALE, page: 0 }, turn);
    await deps.background.idle();
    const updated = cardOf(turn.laterUpdates[0]?.message);
    assert.deepEqual(writeVerbs(updated), []);
    assert.deepEqual((updated.refresh as Refresh).userIds, ['29:admin']);
    deps.pim.failNext('refreshAlert', new Error('scan broke'));
    const failing = new ChannelTurn(ADMIN, 'card-6');
    await runAction(deps, VERBS.refresh, { alertId: STALE, page: 0 }, failing);
    await deps.background.idle();
    const failed = cardOf(failing.laterUpdates[0]?.message);
    assert.match(JSON.stringify(failed), /failed/);
    assert.deepEqual(writeVerbs(failed), []);
    assert.deepEqual((failed.refresh as Refresh).action.data, { alertId: STALE, page: 0 });
  });

  it('remediate in a channel: the confirmation says who asked; a non-admin clicking its Confirm is refused', async () => {
    const deps = userSpecificDeps();
    const asked = await runCommand(deps, 'remediate staleSignIn "User 2"', new ChannelTurn(ADMIN));
    const card = cardOf(asked.replies[0]);
    assert.match(JSON.stringify(card), /Requested by Ada Admin/);
    const confirm = JSON.stringify(card).match(/"verb":"incident\.remediate\.confirm","data":(\{[^}]*\})/);
    assert.ok(confirm?.[1], 'a Confirm button');
    const data: unknown = JSON.parse(confirm[1]);
    const refused = await runAction(deps, VERBS.confirmRemediation, data, new ChannelTurn(READER, 'confirm-1'));
    assert.match(JSON.stringify(refused.value), /Only PIM alert administrators/);
    assert.equal(deps.pim.count('remediateIncident'), 0, 'nothing reached Graph');
    await runAction(deps, VERBS.confirmRemediation, data, new ChannelTurn(ADMIN, 'confirm-1'));
    assert.equal(deps.pim.count('remediateIncident'), 1, 'the administrator may confirm');
  });

  it('an admin\'s card action answer (only the clicker sees it) keeps the admin\'s buttons', async () => {
    const result = await runAction(userSpecificDeps(), VERBS.openAlert, { alertId: STALE }, new ChannelTurn(ADMIN, 'card-1'));
    assert.ok(writeVerbs(result.value).length > 0);
  });
});
