import assert from 'node:assert/strict';
import { VERBS } from '../../../src/cards/verbs';
import { acknowledgeData } from '../../../src/notifications/acknowledge-data';
import { renderNotificationCard } from '../../../src/notifications/render-notification-card';
import { makeAlert } from '../../support/fakes/alert-fixtures';
import { ADMIN, READER, RecordingTurn } from '../../support/fakes/recording-turn';
import { makeUseCaseDeps, type TestUseCaseDeps } from '../../support/fakes/use-case-deps';
import { runAction } from './run-action';

const alert = makeAlert('StaleSignInAlert', { incidents: 3 });
const rise = { alert, fromCount: 1, toCount: 3, becameActive: false, newIncidents: alert.incidents.slice(1) };

/** "I'm on it" on a notification card: the owner is shown to the whole conversation, audited. */
describe("notification card: I'm on it", () => {
  let deps: TestUseCaseDeps;

  beforeEach(() => {
    deps = makeUseCaseDeps();
    deps.pim.alerts = [alert];
  });

  const button = (): unknown => {
    const card = JSON.stringify(renderNotificationCard(rise));
    const action = (JSON.parse(card) as { actions: { verb?: string; data: unknown }[] }).actions.find((item) => item.verb === VERBS.acknowledge);
    assert.ok(action, card);
    return action.data;
  };

  it('the notification card carries the button with what it showed', () => {
    assert.deepEqual(button(), acknowledgeData(rise));
  });

  it('a reader clicks it: the shared message is updated in place with the owner and time, the clicker gets the same card, audited', async () => {
    const turn = new RecordingTurn(READER, 'posted-1');
    const result = await runAction(deps, VERBS.acknowledge, button(), turn);
    assert.equal(result.type, 'application/vnd.microsoft.card.adaptive');
    const shown = JSON.stringify(result.value);
    assert.match(shown, /Owner: Rita Reader is on it \(since 2026-11-23 12:00 UTC\)/);
    assert.match(shown, /Incidents rose: 1 → 3 incidents/);
    assert.match(shown, /New incidents \(2\)/);
    assert.deepEqual(turn.updates.map((update) => update.activityId), ['posted-1']);
    assert.equal(JSON.stringify((turn.updates[0]!.message as { card: unknown }).card), shown);
    assert.equal((await deps.triage.owners.get('conv-1', alert.id))?.by.name, 'Rita Reader');
    assert.deepEqual(deps.audit.entries.map((entry) => [entry.action, entry.target, entry.result]), [['acknowledge', alert.id, 'succeeded']]);
  });

  it('someone else taking over is shown and audited with the previous owner', async () => {
    await runAction(deps, VERBS.acknowledge, button(), new RecordingTurn(READER, 'posted-1'));
    const result = await runAction(deps, VERBS.acknowledge, button(), new RecordingTurn(ADMIN, 'posted-1'));
    assert.match(JSON.stringify(result.value), /Owner: Ada Admin is on it/);
    assert.equal(deps.audit.entries[1]?.detail, 'took over from Rita Reader');
  });

  it('forged data (extra keys, bad ids, huge counts) is refused with a readable 400 and records nobody', async () => {
    for (const data of [{ ...acknowledgeData(rise), extra: 1 }, { ...acknowledgeData(rise), alertId: '../x' },
      { ...acknowledgeData(rise), incidentIds: ['a/b'] }, { ...acknowledgeData(rise), toCount: 1e12 }, null]) {
      const result = await runAction(deps, VERBS.acknowledge, data, new RecordingTurn(READER, 'posted-1'));
      assert.equal(result.statusCode, 400, JSON.stringify(data));
    }
    assert.equal(await deps.triage.owners.get('conv-1', alert.id), undefined);
  });
});
