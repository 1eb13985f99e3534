import assert from 'node:assert/strict';
import { CARD_TYPE, MESSAGE_TYPE } from '../../../src/bot/invoke-response';
import { VERBS } from '../../../src/cards/verbs';
import { AppError } from '../../../src/errors/app-error';
import { alertIdOf, makeAlert } from '../../support/fakes/alert-fixtures';
import { RecordingTurn } from '../../support/fakes/recording-turn';
import { makeUseCaseDeps } from '../../support/fakes/use-case-deps';
import { cardJson, runAction } from './run-action';

const STALE = alertIdOf('StaleSignInAlert');

function staleDeps(count = 4) {
  const deps = makeUseCaseDeps();
  deps.pim.alerts = deps.pim.alerts.map((alert) => (alert.id === STALE ? makeAlert('StaleSignInAlert', { incidents: count }) : alert));
  const ids = deps.pim.alerts.find((alert) => alert.id === STALE)!.incidents.map((incident) => incident.id);
  return { deps, ids };
}

type CardNode = { type?: string; title?: string; id?: string; value?: string; valueOn?: string; valueOff?: string; data?: Record<string, unknown> };

/** Every object of a card, depth first. */
function nodesOf(card: unknown): CardNode[] {
  if (Array.isArray(card)) return card.flatMap(nodesOf);
  if (card === null || typeof card !== 'object') return [];
  return [card, ...Object.values(card).flatMap(nodesOf)];
}

/** The Select toggles as drawn: toggle id → the incident id when ticked, '' when not. */
function toggles(card: unknown): Record<string, string> {
  return Object.fromEntries(nodesOf(card).filter((node) => node.type === 'Input.Toggle').map((node) => [node.id!, node.value ?? '']));
}

/**
 * Clicks the Action.Execute titled `title` as Teams does: its data plus every input of the card (no
 * `associatedInputs: none`), after ticking (true) or unticking (false) the toggles named in `change`.
 */
function click(card: unknown, title: string, change: Record<string, boolean> = {}): Record<string, unknown> {
  const action = nodesOf(card).find((node) => node.type === 'Action.Execute' && node.title === title);
  assert.ok(action?.data, `no ${title} button`);
  const inputs = Object.fromEntries(nodesOf(card).filter((node) => node.type === 'Input.Toggle').map((node) => {
    const ticked = change[node.id!] ?? (node.value !== undefined && node.value === node.valueOn);
    return [node.id!, ticked ? node.valueOn : node.valueOff];
  }));
  return { ...action.data, ...inputs };
}

describe('bulk remediation: a selection kept across pages', () => {
  it('pick on page 1, go to page 2 and pick, back and untick: the pages draw the picks ticked, count them, and the confirmation lists them all', async () => {
    const { deps, ids } = staleDeps(25);
    const first = (await runAction(deps, VERBS.openAlert, { alertId: STALE })).value;
    assert.doesNotMatch(JSON.stringify(first), /this page only/);
    const second = (await runAction(deps, VERBS.page, click(first, 'Next', { pick1: true, pick3: true }))).value;
    assert.match(JSON.stringify(second), /Incidents 11–20 of 25/);
    assert.match(JSON.stringify(second), /\*\*2 selected\*\* \(2 on other pages\)/);
    assert.deepEqual(Object.values(toggles(second)).filter(Boolean), [], 'nothing on page 2 is ticked yet');
    const back = (await runAction(deps, VERBS.page, click(second, 'Previous', { pick2: true }))).value;
    assert.deepEqual(Object.values(toggles(back)).filter(Boolean), [ids[1], ids[3]], 'page 1 drawn with its picks ticked');
    assert.match(JSON.stringify(back), /\*\*3 selected\*\* \(1 on other pages\)/);
    const again = (await runAction(deps, VERBS.page, click(back, 'Next', { pick3: false }))).value;
    assert.deepEqual(Object.values(toggles(again)).filter(Boolean), [ids[12]]);
    const confirmation = (await runAction(deps, VERBS.remediateSelected, click(again, 'Remediate selected'))).value;
    const json = JSON.stringify(confirmation);
    assert.match(json, /Remediate these 2 incidents\?/);
    assert.match(json, /Remove User 2 \(user2@contoso.com\) from Global Administrator\?/);
    assert.match(json, /Remove User 13 \(user13@contoso.com\) from Global Administrator\?/);
    assert.doesNotMatch(json, /User 4 \(/, 'unticked on page 1');
    assert.match(json, new RegExp(`"incidentIds":\\["${ids[1]}","${ids[12]}"\\]`));
    const cancelled = (await runAction(deps, VERBS.cancelRemediation, click(confirmation, 'Cancel'))).value;
    assert.deepEqual(Object.values(toggles(cancelled)).filter(Boolean), [ids[12]], 'Cancel: back on page 2, the selection kept');
    assert.match(JSON.stringify(cancelled), /\*\*2 selected\*\* \(1 on other pages\)/);
    assert.equal(deps.pim.count('remediateIncident'), 0);
  });

  it('a forged id carried in the card data is dropped and said, and never reaches Graph', async () => {
    const { deps, ids } = staleDeps(25);
    const forged = '99999-not-an-incident';
    const asked = cardJson(await runAction(deps, VERBS.remediateSelected, { alertId: STALE, page: 1, picked: [forged, ids[0]], pick0: ids[10] }));
    assert.match(asked, /Remediate these 2 incidents\?/);
    assert.match(asked, /1 selected incident is not \(or no longer\) among this alert's incidents and was dropped/);
    assert.doesNotMatch(asked, new RegExp(forged));
    const paged = cardJson(await runAction(deps, VERBS.page, { alertId: STALE, page: 0, picked: [forged, ids[12]] }));
    assert.match(paged, /was dropped from the selection/);
    assert.doesNotMatch(paged, new RegExp(forged), 'not carried on');
    assert.match(cardJson(await runAction(deps, VERBS.cancelRemediation, { alertId: STALE, page: 0, picked: [forged] })), /was dropped from the selection/);
    const onlyForged = cardJson(await runAction(deps, VERBS.remediateSelected, { alertId: STALE, page: 0, picked: [forged] }));
    assert.doesNotMatch(onlyForged, /Confirm/);
    assert.match(onlyForged, /was dropped/);
    const confirm = await runAction(deps, VERBS.confirmRemediateSelected, { alertId: STALE, page: 0, incidentIds: [forged, ids[0]], acknowledged: false });
    assert.equal(confirm.type, CARD_TYPE);
    await deps.background.idle();
    assert.deepEqual(deps.pim.calls.filter((call) => call.method === 'remediateIncident').map((call) => call.args[1]), [ids[0]]);
    for (const picked of [['../x'], [ids[0], ids[0]], Array.from({ length: 21 }, (_, i) => `id-${i}`), ids[0]]) {
      assert.equal((await runAction(deps, VERBS.page, { alertId: STALE, page: 0, picked })).statusCode, 400, JSON.stringify(picked));
    }
  });

  it('more than 10 picked across pages: the card says to untick, Remediate selected asks nothing and keeps the selection', async () => {
    const { deps, ids } = staleDeps(25);
    const picked = ids.slice(0, 11);
    const card = cardJson(await runAction(deps, VERBS.page, { alertId: STALE, page: 1, picked }));
    assert.match(card, /\*\*11 selected\*\* \(10 on other pages\): Remediate selected acts on at most 10 at once; untick 1/);
    const refused = (await runAction(deps, VERBS.remediateSelected, { alertId: STALE, page: 0, picked })).value;
    assert.match(JSON.stringify(refused), /11 incidents are selected; Remediate selected acts on at most 10 at once. Untick 1/);
    assert.doesNotMatch(JSON.stringify(refused), /Confirm/);
    assert.equal(Object.values(toggles(refused)).filter(Boolean).length, 10, 'page 1 still drawn ticked');
    assert.ok(nodesOf(refused).some((node) => node.title === 'Next' && JSON.stringify(node.data?.picked) === JSON.stringify([ids[10]])), 'the 11th is carried');
    const full = (await runAction(deps, VERBS.page, { alertId: STALE, page: 1, picked: ids.slice(0, 20), pick0: ids[20], pick1: ids[21] })).value;
    assert.match(JSON.stringify(full), /At most 20 selections are kept across pages; the last 2 ticked were not kept/);
    assert.match(JSON.stringify(full), /\*\*20 selected\*\*/);
  });
});

describe('bulk remediation: Remediate selected', () => {
  it('the alert card has a Select toggle per incident and Remediate selected; its other buttons send no inputs', async () => {
    const { deps } = staleDeps(3);
    const card = (await runAction(deps, VERBS.openAlert, { alertId: STALE })).value as object;
    const json = JSON.stringify(card);
    assert.equal(json.match(/"type":"Input.Toggle"/g)?.length, 3);
    assert.match(json, /"id":"pick0","title":"Select","valueOn":"00001-user-1","valueOff":""/);
    assert.match(json, /"title":"Remediate selected","verb":"incident.remediate.selected"/);
    const executes = json.match(/"type":"Action.Execute"[^{}]*/g) ?? [];
    assert.ok(executes.length > 3);
    for (const action of executes) assert.ok(action.includes('"associatedInputs":"none"') || /incident.remediate.selected|alert.page/.test(action), action);
  });

  it('asks once, listing each person and the role they lose; nothing is written', async () => {
    const { deps, ids } = staleDeps();
    const result = await runAction(deps, VERBS.remediateSelected, { alertId: STALE, page: 0, pick0: ids[0], pick1: '', pick2: ids[2], pick3: '' });
    const json = cardJson(result);
    assert.match(json, /Remediate these 2 incidents\?/);
    assert.match(json, /Remove User 1 \(user1@contoso.com\) from Global Administrator\?/);
    assert.match(json, /Remove User 3 \(user3@contoso.com\) from Global Administrator\?/);
    assert.doesNotMatch(json, /User 2 \(/);
    assert.match(json, /"incidentIds":\["00001-user-1","00003-user-3"\]/);
    assert.equal(deps.pim.count('remediateIncident'), 0);
    const none = cardJson(await runAction(deps, VERBS.remediateSelected, { alertId: STALE, page: 0, pick0: '' }));
    assert.match(none, /Select one or more incidents/);
  });

  it('Confirm: progress at once, one remediate per incident in the background, each audited, the card updated after each, failures named', async () => {
    const { deps, ids } = staleDeps();
    const turn = new RecordingTurn(undefined, 'card-msg-5');
    const realRemediate = deps.pim.remediateIncident.bind(deps.pim);
    deps.pim.remediateIncident = (alertId, incidentId) => (incidentId === ids[1]
      ? (deps.pim.calls.push({ method: 'remediateIncident', args: [alertId, incidentId] }), Promise.reject(new AppError('graphForbidden')))
      : realRemediate(alertId, incidentId));
    const picked = ids.slice(0, 3);
    const first = await runAction(deps, VERBS.confirmRemediateSelected, { alertId: STALE, page: 0, incidentIds: picked, acknowledged: false }, turn);
    assert.equal(first.type, CARD_TYPE);
    assert.match(cardJson(first), /Remediating 0 of 3/);
    await deps.background.idle();
    assert.deepEqual(deps.pim.calls.filter((call) => call.method === 'remediateIncident').map((call) => call.args[1]), picked);
    const audited = deps.audit.entries.filter((entry) => entry.action === 'remediate' && entry.result !== 'attempted').map((entry) => [entry.target.split('/')[1], entry.result]);
    assert.deepEqual(audited, [[ids[0], 'succeeded'], [ids[1], 'failed'], [ids[2], 'succeeded']]);
    assert.deepEqual(turn.laterUpdates.map((update) => update.activityId), ['card-msg-5', 'card-msg-5', 'card-msg-5']);
    assert.match(JSON.stringify(turn.laterUpdates[0]!.message), /Remediating 1 of 3/);
    const final = JSON.stringify(turn.laterUpdates[2]!.message);
    assert.match(final, /Remediated 2 of 3 by Ada Admin: removed User 1 \(user1@contoso.com\) from Global Administrator; removed User 3/);
    assert.match(final, /Failed: Remove User 2 \(user2@contoso.com\) from Global Administrator: /);
    assert.match(final, /"title":"Incidents","value":"2"/, 'User 2 is still there, the others are gone');
  });

  it('a double click on Confirm remediates each incident once; a stale Confirm names what is gone', async () => {
    const { deps, ids } = staleDeps();
    const data = { alertId: STALE, page: 0, incidentIds: ids.slice(0, 2), acknowledged: false };
    const both = await Promise.all([runAction(deps, VERBS.confirmRemediateSelected, data), runAction(deps, VERBS.confirmRemediateSelected, data)]);
    assert.deepEqual(both.map((result) => result.type).sort(), [CARD_TYPE, MESSAGE_TYPE].sort());
    await deps.background.idle();
    const again = await runAction(deps, VERBS.confirmRemediateSelected, data);
    assert.match(cardJson(again), /no longer exists/);
    await deps.background.idle();
    assert.equal(deps.pim.count('remediateIncident'), 2);
  });

  it('the safeguards cover the whole selection: the last Global Administrators are refused together', async () => {
    const deps = makeUseCaseDeps();
    const admins = deps.pim.alerts.find((alert) => alert.alertKey === 'TooManyGlobalAdminsAssignedToTenantAlert')!;
    const two = makeAlert('TooManyGlobalAdminsAssignedToTenantAlert', { incidents: 2 });
    deps.pim.alerts = deps.pim.alerts.map((alert) => (alert.id === admins.id ? two : alert));
    const data = { alertId: two.id, page: 0, incidentIds: two.incidents.map((incident) => incident.id), acknowledged: true };
    const json = cardJson(await runAction(deps, VERBS.confirmRemediateSelected, data));
    assert.match(json, /Remediation refused/);
    await deps.background.idle();
    assert.equal(deps.pim.count('remediateIncident'), 0);
    await runAction(deps, VERBS.confirmRemediateSelected, { ...data, incidentIds: [two.incidents[0]!.id], acknowledged: false });
    await deps.background.idle();
    assert.equal(deps.pim.count('remediateIncident'), 1, 'one of two may go');
  });

  it('refuses malformed selections: too many, repeated or invalid ids', async () => {
    const { deps, ids } = staleDeps();
    for (const incidentIds of [[], Array.from({ length: 11 }, (_, i) => `id-${i}`), [ids[0], ids[0]], ['../x']]) {
      const result = await runAction(deps, VERBS.confirmRemediateSelected, { alertId: STALE, page: 0, incidentIds, acknowledged: false });
      assert.equal(result.statusCode, 400, JSON.stringify(incidentIds));
    }
    assert.equal((await runAction(deps, VERBS.remediateSelected, { alertId: STALE, page: 0, pick0: '../x' })).statusCode, 400);
  });
});
