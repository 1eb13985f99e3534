import assert from 'node:assert/strict';
import { CARD_TYPE } from '../../../src/bot/invoke-response';
import { VERBS } from '../../../src/cards/verbs';
import { alertIdOf, makeIncident } from '../../support/fakes/alert-fixtures';
import { makeUseCaseDeps } from '../../support/fakes/use-case-deps';
import { RecordingTurn } from '../../support/fakes/recording-turn';
import { cardJson, runAction } from './run-action';

const STALE = alertIdOf('StaleSignInAlert');

describe('refresh card action', () => {
  it('answers "Scanning…" before the scan finishes, then updates the same message in place', async () => {
    const deps = makeUseCaseDeps();
    let finish!: () => void;
    deps.pim.operationGate = new Promise((resolve) => { finish = resolve; });
    const turn = new RecordingTurn(undefined, 'card-msg-7');
    const result = await runAction(deps, VERBS.refresh, { alertId: STALE, page: 0 }, turn);
    assert.equal(result.type, CARD_TYPE);
    assert.match(cardJson(result), /Scanning staleSignIn…/);
    assert.equal(turn.laterUpdates.length, 0);
    deps.pim.alerts = deps.pim.alerts.map((alert) => (alert.id === STALE ? { ...alert, incidents: Array.from({ length: 12 }, (_, i) => makeIncident('StaleSignInAlert', i + 1)), incidentCount: 12 } : alert));
    finish();
    await deps.background.idle();
    assert.equal(turn.laterUpdates.length, 1);
    assert.equal(turn.laterUpdates[0]?.activityId, 'card-msg-7');
    assert.match(JSON.stringify(turn.laterUpdates[0]?.message), /Incidents 1–10 of 12/);
    assert.deepEqual(deps.audit.entries.map((entry) => [entry.action, entry.result]), [['refresh', 'attempted'], ['refresh', 'succeeded']]);
  });

  it('names the alert while scanning once its card was read (the name comes from the cache, never a new Graph read)', async () => {
    const deps = makeUseCaseDeps();
    await runAction(deps, VERBS.openAlert, { alertId: STALE });
    const reads = deps.pim.calls.length;
    const result = await runAction(deps, VERBS.refresh, { alertId: STALE, page: 0 }, new RecordingTurn(undefined, 'card-msg-9'));
    assert.match(cardJson(result), /Scanning Potential stale accounts in a privileged role…/);
    assert.doesNotMatch(cardJson(result), /staleSignIn/);
    assert.equal(deps.pim.calls.slice(reads).filter((call) => call.method === 'getAlert').length, 0, 'no read for the name');
    await deps.background.idle();
    assert.match(deps.audit.entries.at(-1)?.summary ?? '', /Scanned Potential stale accounts/);
  });

  it('shows the failure in place, with Try again, when the scan fails', async () => {
    const deps = makeUseCaseDeps();
    deps.pim.operationStatus = 'failed';
    const turn = new RecordingTurn(undefined, 'card-msg-8');
    await runAction(deps, VERBS.refresh, { alertId: STALE }, turn);
    await deps.background.idle();
    const json = JSON.stringify(turn.laterUpdates[0]?.message);
    assert.match(json, /Scanning staleSignIn failed/);
    assert.match(json, /scan failed upstream/);
    assert.match(json, /Try again/);
    assert.deepEqual(deps.audit.entries.map((entry) => entry.result), ['attempted', 'failed']);
  });

  it('refresh all updates the message with the alert list', async () => {
    const deps = makeUseCaseDeps();
    const turn = new RecordingTurn(undefined, 'list-msg');
    await runAction(deps, VERBS.refresh, { scope: 'all' }, turn);
    await deps.background.idle();
    assert.equal(deps.pim.count('refreshAllAlerts'), 1);
    assert.match(JSON.stringify(turn.laterUpdates[0]?.message), /PIM security alerts/);
  });

  it('a second click while scanning starts no second scan', async () => {
    const deps = makeUseCaseDeps();
    let finish!: () => void;
    deps.pim.operationGate = new Promise((resolve) => { finish = resolve; });
    await runAction(deps, VERBS.refresh, { alertId: STALE });
    const second = await runAction(deps, VERBS.refresh, { alertId: STALE });
    assert.match(cardJson(second), /Scanning/);
    finish();
    await deps.background.idle();
    assert.equal(deps.pim.count('refreshAlert'), 1);
  });

  it('refuses data naming both one alert and all alerts', async () => {
    const result = await runAction(makeUseCaseDeps(), VERBS.refresh, { alertId: STALE, scope: 'all' });
    assert.equal(result.statusCode, 400);
  });
});
