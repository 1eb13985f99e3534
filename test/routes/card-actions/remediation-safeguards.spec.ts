import assert from 'node:assert/strict';
import { CARD_TYPE } from '../../../src/bot/invoke-response';
import { VERBS } from '../../../src/cards/verbs';
import { alertIdOf, makeAlert, makeIncident } from '../../support/fakes/alert-fixtures';
import { ADMIN, RecordingTurn } from '../../support/fakes/recording-turn';
import { makeUseCaseDeps } from '../../support/fakes/use-case-deps';
import { cardJson, runAction } from './run-action';

const STALE = alertIdOf('StaleSignInAlert');
const GLOBAL_ADMINS = alertIdOf('TooManyGlobalAdminsAssignedToTenantAlert');
const confirm = (incidentId: string, acknowledged?: true): object => ({ alertId: STALE, incidentId, page: 0, ...(acknowledged ? { acknowledged } : {}) });

/** The stale sign-in alert (Global Administrator incidents) and the global administrators alert listing `admins`. */
function depsWith(staleIncidents: ReturnType<typeof makeIncident>[], admins: ReturnType<typeof makeIncident>[] | 'inactive') {
  const deps = makeUseCaseDeps();
  const stale = { ...makeAlert('StaleSignInAlert'), incidents: staleIncidents, incidentCount: staleIncidents.length };
  const ga = admins === 'inactive'
    ? makeAlert('TooManyGlobalAdminsAssignedToTenantAlert', { incidents: 0, isActive: false })
    : { ...makeAlert('TooManyGlobalAdminsAssignedToTenantAlert'), incidents: admins, incidentCount: admins.length };
  deps.pim.alerts = [stale, ga];
  return deps;
}

const staleUser = (index: number, overrides = {}) => makeIncident('StaleSignInAlert', index, overrides);
const admin = (incident: ReturnType<typeof makeIncident>) => makeIncident('TooManyGlobalAdminsAssignedToTenantAlert', 9, { id: incident.assigneeId!, assigneeId: incident.assigneeId });

describe('remediation safeguards', () => {
  it('remediating oneself: the confirmation warns "This is you", and Confirm asks a second time before anything changes', async () => {
    const me = staleUser(1, { assigneeId: ADMIN.aadObjectId });
    const deps = depsWith([me], [admin(me), makeIncident('TooManyGlobalAdminsAssignedToTenantAlert', 2)]);
    const asked = cardJson(await runAction(deps, VERBS.remediate, { alertId: STALE, incidentId: me.id, page: 0 }));
    assert.match(asked, /This is you \(Ada Admin\): you lose Global Administrator yourself/);
    const first = cardJson(await runAction(deps, VERBS.confirmRemediation, confirm(me.id)));
    assert.match(first, /Confirm again: this needs a second confirmation/);
    assert.match(first, /Yes, remove anyway/);
    assert.equal(deps.pim.count('remediateIncident'), 0);
    const second = cardJson(await runAction(deps, VERBS.confirmRemediation, confirm(me.id, true)));
    assert.match(second, /Remediated by Ada Admin: removed User 1/);
    assert.equal(deps.pim.count('remediateIncident'), 1);
  });

  it('a break-glass (excluded) account needs a second explicit Confirm', async () => {
    const glass = staleUser(1);
    const deps = depsWith([glass], [admin(glass), makeIncident('TooManyGlobalAdminsAssignedToTenantAlert', 2)]);
    await deps.triage.exclusions.add({ kind: 'user', value: 'user1@contoso.com', reason: 'break-glass', by: { id: ADMIN.id, name: ADMIN.name }, at: '2026-11-01T00:00:00Z' });
    const asked = cardJson(await runAction(deps, VERBS.remediate, { alertId: STALE, incidentId: glass.id, page: 0 }));
    assert.match(asked, /is excluded as a break-glass \(emergency access\) account/);
    const first = await runAction(deps, VERBS.confirmRemediation, confirm(glass.id));
    assert.equal(first.type, CARD_TYPE);
    assert.match(cardJson(first), /Yes, remove anyway/);
    assert.equal(deps.pim.count('remediateIncident'), 0);
    await runAction(deps, VERBS.confirmRemediation, confirm(glass.id, true));
    assert.equal(deps.pim.count('remediateIncident'), 1);
  });

  it('removing the last Global Administrator is refused, even with acknowledged, and nothing is written or audited', async () => {
    const last = staleUser(1);
    const deps = depsWith([last], [admin(last)]);
    const asked = cardJson(await runAction(deps, VERBS.remediate, { alertId: STALE, incidentId: last.id, page: 0 }));
    assert.match(asked, /Remediation refused/);
    assert.doesNotMatch(asked, new RegExp(VERBS.confirmRemediation.replace(/\./g, '\\.') + '"'));
    const forced = cardJson(await runAction(deps, VERBS.confirmRemediation, confirm(last.id, true)));
    assert.match(forced, /Refused: removing User 1 \(user1@contoso.com\) would leave no Global Administrator/);
    assert.equal(deps.pim.count('remediateIncident'), 0);
    assert.equal(deps.audit.entries.filter((entry) => entry.action === 'remediate').length, 0);
  });

  it('a Global Administrator goes while nothing counts those left (the alert is not active): a second Confirm', async () => {
    const user = staleUser(1);
    const deps = depsWith([user], 'inactive');
    const first = cardJson(await runAction(deps, VERBS.confirmRemediation, confirm(user.id)));
    assert.match(first, /can't count the Global Administrators that would remain/);
    assert.equal(deps.pim.count('remediateIncident'), 0);
    await runAction(deps, VERBS.confirmRemediation, confirm(user.id, true));
    assert.equal(deps.pim.count('remediateIncident'), 1);
  });

  it('another role, someone else, not excluded: one Confirm does it', async () => {
    const user = staleUser(1, { roleDisplayName: 'Exchange Administrator' });
    const deps = depsWith([user], 'inactive');
    assert.match(cardJson(await runAction(deps, VERBS.confirmRemediation, confirm(user.id))), /removed User 1 \(user1@contoso.com\) from Exchange Administrator/);
    assert.equal(deps.pim.count('remediateIncident'), 1);
    assert.ok(deps.pim.firstArgs('getAlert').every((id) => id !== GLOBAL_ADMINS), 'no Global Administrator count needed');
  });
});

describe('counts after a remediation (issue 21, item 6)', () => {
  it('the alert card opened before Confirm: Incidents, the description\'s count and the list agree afterwards', async () => {
    const deps = makeUseCaseDeps();
    deps.pim.alerts = deps.pim.alerts.map((alert) => (alert.id === STALE
      ? { ...alert, definition: { ...alert.definition!, description: '{0} account(s) in privileged roles' } } : alert));
    const turn = new RecordingTurn(undefined, 'card-msg-1');
    await runAction(deps, VERBS.openAlert, { alertId: STALE }, turn); // caches the alert with 3 incidents
    const incidentId = deps.pim.alerts.find((alert) => alert.id === STALE)!.incidents[0]!.id;
    deps.pim.alerts = deps.pim.alerts.map((alert) => (alert.id === STALE ? { ...alert, incidentCount: 3 } : alert)); // Graph's count lags
    const json = cardJson(await runAction(deps, VERBS.confirmRemediation, { alertId: STALE, incidentId, page: 0 }, turn));
    assert.match(json, /"title":"Incidents","value":"2"/);
    assert.match(json, /2 account\(s\) in privileged roles/);
    assert.match(json, /Incidents 1–2 of 2/);
  });
});
