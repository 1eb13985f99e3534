import assert from 'node:assert/strict';
import { VERBS } from '../../../src/cards/verbs';
import type { IncidentRise } from '../../../src/notifications/incident-rise';
import { cardText, findAction } from '../../support/e2e/card-query';
import { makeAlert } from '../../support/fakes/alert-fixtures';
import { ADMIN, READER, RecordingTurn } from '../../support/fakes/recording-turn';
import { makeUseCaseDeps, type TestUseCaseDeps } from '../../support/fakes/use-case-deps';
import { runAction } from './run-action';
import { ChannelTurn, userSpecificDeps } from './user-specific-views';

const alert = makeAlert('StaleSignInAlert', { incidents: 3 });
const rise: IncidentRise = { alert, fromCount: 1, toCount: 3, becameActive: false, newIncidents: alert.incidents.slice(1) };
const names = rise.newIncidents.map((incident) => incident.assigneeDisplayName!);

function cardOf(message: unknown): Record<string, unknown> {
  assert.ok(message !== null && typeof message === 'object' && 'card' in message);
  return message.card as Record<string, unknown>;
}

/** "I'm on it" on a notification card: the owner is shown to the whole conversation, audited. */
describe("notification card: I'm on it", () => {
  let deps: TestUseCaseDeps;
  let button: unknown;

  beforeEach(async () => {
    deps = makeUseCaseDeps();
    deps.pim.alerts = [alert];
    button = findAction(cardOf(await deps.posted.post(rise, 'conv-1', 'posted-1')), VERBS.acknowledge).data;
  });

  it('the button carries only the alert id: counts and names are never click data', () => {
    assert.deepEqual(button, { alertId: alert.id });
  });

  it('a reader clicks it: the shared message is updated in place with the owner and time, the clicker gets the same card, audited', async () => {
    const turn = new RecordingTurn(READER, 'posted-1');
    const result = await runAction(deps, VERBS.acknowledge, button, turn);
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
    await runAction(deps, VERBS.acknowledge, button, new RecordingTurn(READER, 'posted-1'));
    const result = await runAction(deps, VERBS.acknowledge, button, new RecordingTurn(ADMIN, 'posted-1'));
    assert.match(JSON.stringify(result.value), /Owner: Ada Admin is on it/);
    assert.equal(deps.audit.entries[1]?.detail, 'took over from Rita Reader');
  });

  it('forged counts in the click (as old buttons sent them) are ignored: the redraw states what the broadcast stored', async () => {
    const forged = { alertId: alert.id, fromCount: 0, toCount: 1_000_000, becameActive: true, newCount: 1_000_000, incidentIds: [] };
    const result = await runAction(deps, VERBS.acknowledge, forged, new RecordingTurn(READER, 'posted-1'));
    const text = cardText(result.value);
    assert.match(text, /Incidents rose: 1 → 3 incidents/);
    assert.doesNotMatch(text, /1000000/);
    for (const name of names) assert.ok(text.includes(name), `${name} in ${text}`);
  });

  it("the replyToId of a message that is not the bot's notification for that alert: refused, nothing redrawn, nobody recorded", async () => {
    await deps.posted.sent.record('conv-1', ['admin-reply']);
    const other = makeAlert('TooManyGlobalAdminsAssignedToTenantAlert', { incidents: 1 });
    deps.pim.alerts = [alert, other];
    await deps.posted.post({ alert: other, fromCount: 0, toCount: 1, becameActive: true, newIncidents: other.incidents }, 'conv-1', 'other-alert');
    await deps.posted.post(rise, 'conv-elsewhere', 'posted-elsewhere');
    for (const messageId of ['admin-reply', 'someone-elses-post', 'other-alert', 'posted-elsewhere', undefined]) {
      const turn = new RecordingTurn(READER, messageId);
      const result = await runAction(deps, VERBS.acknowledge, button, turn);
      assert.equal(result.statusCode, 400, String(messageId));
      assert.deepEqual(turn.updates, [], String(messageId));
    }
    assert.equal(await deps.triage.owners.get('conv-1', alert.id), undefined);
  });

  it('malformed data (extra keys, bad ids) is refused with a readable 400 and records nobody', async () => {
    for (const data of [{ alertId: alert.id, extra: 1 }, { alertId: '../x' }, {}, [], null]) {
      const result = await runAction(deps, VERBS.acknowledge, data, new RecordingTurn(READER, 'posted-1'));
      assert.equal(result.statusCode, 400, JSON.stringify(data));
    }
    assert.equal(await deps.triage.owners.get('conv-1', alert.id), undefined);
  });

  it('never lists fewer names than announced: incidents resolved since stay on the redrawn card', async () => {
    deps.pim.alerts = [{ ...alert, incidentCount: 1, incidents: alert.incidents.slice(0, 1), lastModifiedDateTime: '2026-11-23T11:00:00Z' }];
    const text = cardText((await runAction(deps, VERBS.acknowledge, button, new RecordingTurn(READER, 'posted-1'))).value);
    for (const name of names) assert.ok(text.includes(name), `${name} in ${text}`);
    assert.match(text, /New incidents \(2\)/);
  });
});

/** The redraw reads the alert as Open alert does: never older than the version the notification announced. */
describe("notification redraw: the alert at the announced version", () => {
  it('a cached older state (inactive) is not used: the administrator\'s own view of an alert that became active has Dismiss', async () => {
    const deps = userSpecificDeps();
    const before = makeAlert('StaleSignInAlert', { incidents: 0, isActive: false, overrides: { lastModifiedDateTime: '2026-11-23T08:00:00Z' } });
    deps.pim.alerts = [before];
    await deps.alertCache.get(deps.pim, before.id);
    const now = makeAlert('StaleSignInAlert', { incidents: 2 });
    deps.pim.alerts = [now];
    const posted = cardOf(await deps.posted.post({ alert: now, fromCount: 0, toCount: 2, becameActive: true, newIncidents: now.incidents }, 'conv-channel', 'note-1', [ADMIN.id]));
    const refresh = (posted.refresh as { action: { data: unknown } }).action.data;
    const own = await runAction(deps, VERBS.refreshView, refresh, new ChannelTurn(ADMIN, 'note-1'));
    assert.ok(findAction(own.value, VERBS.dismiss), cardText(own.value));
  });
});
