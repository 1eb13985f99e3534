import assert from 'node:assert/strict';
import { CARD_TYPE, MESSAGE_TYPE } from '../../../src/bot/invoke-response';
import { VERBS } from '../../../src/cards/verbs';
import { alertIdOf, makeAlert } from '../../support/fakes/alert-fixtures';
import { makeUseCaseDeps } from '../../support/fakes/use-case-deps';
import { cardJson, runAction } from './run-action';

const STALE = alertIdOf('StaleSignInAlert');

describe('remediation card actions', () => {
  it('Remediate only asks: "Remove <user> from <role>?" with Confirm and Cancel', async () => {
    const deps = makeUseCaseDeps();
    const incidentId = deps.pim.alerts.find((alert) => alert.id === STALE)!.incidents[0]!.id;
    const result = await runAction(deps, VERBS.remediate, { alertId: STALE, incidentId, page: 0 });
    const json = cardJson(result);
    assert.match(json, /Remove User 1 \(user1@contoso.com\) from Global Administrator\?/);
    assert.ok(json.includes(VERBS.confirmRemediation) && json.includes(VERBS.cancelRemediation));
    assert.equal(deps.pim.count('remediateIncident'), 0);
  });

  it('Confirm remediates once, audits, and shows the alert without that incident', async () => {
    const deps = makeUseCaseDeps();
    const incidentId = deps.pim.alerts.find((alert) => alert.id === STALE)!.incidents[0]!.id;
    const result = await runAction(deps, VERBS.confirmRemediation, { alertId: STALE, incidentId, page: 0 });
    assert.equal(result.type, CARD_TYPE);
    const json = cardJson(result);
    assert.match(json, /Remediated by Ada Admin: removed User 1 \(user1@contoso.com\) from Global Administrator\./);
    assert.ok(!json.includes(`"incidentId":"${incidentId}"`));
    assert.deepEqual(deps.pim.calls.filter((call) => call.method === 'remediateIncident').map((call) => call.args), [[STALE, incidentId]]);
    assert.deepEqual(deps.audit.entries.map((entry) => [entry.action, entry.target, entry.result]), [['remediate', `${STALE}/${incidentId}`, 'attempted'], ['remediate', `${STALE}/${incidentId}`, 'succeeded']]);
    assert.equal(deps.audit.entries[1]?.summary, 'Remediated: removed User 1 (user1@contoso.com) from Global Administrator');
  });

  it('a double Confirm remediates once; a stale Confirm (incident gone) shows the current state', async () => {
    const deps = makeUseCaseDeps();
    const incidentId = deps.pim.alerts.find((alert) => alert.id === STALE)!.incidents[0]!.id;
    const data = { alertId: STALE, incidentId, page: 0 };
    const both = await Promise.all([runAction(deps, VERBS.confirmRemediation, data), runAction(deps, VERBS.confirmRemediation, data)]);
    assert.deepEqual(both.map((result) => result.type).sort(), [CARD_TYPE, MESSAGE_TYPE].sort());
    const stale = await runAction(deps, VERBS.confirmRemediation, data);
    assert.equal(stale.type, CARD_TYPE);
    assert.match(cardJson(stale), /That incident no longer exists/);
    assert.equal(deps.pim.count('remediateIncident'), 1);
  });

  it('never remediates a non-remediatable or dismissed alert', async () => {
    const deps = makeUseCaseDeps();
    const sequential = makeAlert('SequentialActivationRenewalsAlert');
    deps.pim.alerts = [sequential, makeAlert('StaleSignInAlert', { isActive: false })];
    const one = await runAction(deps, VERBS.confirmRemediation, { alertId: sequential.id, incidentId: sequential.incidents[0]!.id, page: 0 });
    const two = await runAction(deps, VERBS.confirmRemediation, { alertId: STALE, incidentId: deps.pim.alerts[1]!.incidents[0]!.id, page: 0 });
    assert.match(cardJson(one), /can't be remediated automatically/);
    assert.match(cardJson(two), /dismissed/);
    assert.equal(deps.pim.count('remediateIncident'), 0);
  });

  it('Cancel restores the alert card on the same page', async () => {
    const deps = makeUseCaseDeps();
    deps.pim.alerts = [makeAlert('StaleSignInAlert', { incidents: 15 })];
    const result = await runAction(deps, VERBS.cancelRemediation, { alertId: STALE, page: 1 });
    assert.match(cardJson(result), /Incidents 11–15 of 15/);
    assert.equal(deps.pim.count('remediateIncident'), 0);
  });
});
