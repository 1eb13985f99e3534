import assert from 'node:assert/strict';
import { VERBS } from '../../../src/cards/verbs';
import { alertIdOf, makeAlert } from '../../support/fakes/alert-fixtures';
import { ADMIN, RecordingTurn } from '../../support/fakes/recording-turn';
import { makeUseCaseDeps, type TestUseCaseDeps } from '../../support/fakes/use-case-deps';
import { cardJson, runAction } from '../card-actions/run-action';
import { runCommand } from './run-command';

const STALE = alertIdOf('StaleSignInAlert');

function staleDeps(count: number): TestUseCaseDeps {
  const deps = makeUseCaseDeps();
  deps.pim.alerts = deps.pim.alerts.map((alert) => (alert.id === STALE ? makeAlert('StaleSignInAlert', { incidents: count }) : alert));
  return deps;
}

/** Bulk remediation beyond one card page (issue 21, item 3 gap): the chat command and the card's note. */
describe('remediate <alert> <name>, <name>, …: several incidents from any page', () => {
  const say = async (deps: TestUseCaseDeps, text: string): Promise<string> => {
    const turn = await runCommand(deps, text, new RecordingTurn(ADMIN));
    return [...turn.texts, ...turn.cardsJson].join('\n');
  };

  it('one confirmation listing each person and role, with incidents of pages 1 and 2; nothing written', async () => {
    const deps = staleDeps(14);
    const answer = await say(deps, 'remediate staleSignIn User 2, user13@contoso.com, 0000c-user-12');
    assert.match(answer, /Remediate these 3 incidents\?/);
    for (const who of ['User 2 \\(user2@contoso.com\\)', 'User 13 \\(user13@contoso.com\\)', 'User 12 \\(user12@contoso.com\\)']) {
      assert.match(answer, new RegExp(`Remove ${who} from Global Administrator\\?`));
    }
    assert.match(answer, /"incidentIds":\["00002-user-2","0000c-user-12","0000d-user-13"\]/, 'in the order of the alert');
    assert.equal(deps.pim.count('remediateIncident'), 0);
    const picked = ['00002-user-2', '0000c-user-12', '0000d-user-13'];
    const confirm = await runAction(deps, VERBS.confirmRemediateSelected, { alertId: STALE, page: 0, incidentIds: picked, acknowledged: false });
    assert.match(cardJson(confirm), /Remediating 0 of 3/);
    await deps.background.idle();
    assert.deepEqual(deps.pim.calls.filter((call) => call.method === 'remediateIncident').map((call) => call.args[1]), picked);
  });

  it('asks nothing unless every name matches exactly one incident, and says which do not', async () => {
    const deps = staleDeps(14);
    deps.pim.alerts = deps.pim.alerts.map((alert) => (alert.id === STALE
      ? { ...alert, incidents: alert.incidents.map((item, index) => (index === 3 ? { ...item, assigneeDisplayName: 'User 2' } : item)) } : alert));
    const answer = await say(deps, 'remediate staleSignIn User 2, nobody@contoso.com, User 5');
    assert.match(answer, /Nothing to confirm: \\"User 2\\" matches 2 incidents \(id 00002-user-2, id 00004-user-4\): use the incident id; \\"nobody@contoso.com\\" matches no incident/);
    assert.doesNotMatch(answer, /Remediate these/);
    assert.match(await say(deps, `remediate staleSignIn ${Array.from({ length: 11 }, (_, i) => `User ${i + 1}`).join(', ')}`), /at most 10 incidents at once \(you named 11\)/);
  });

  it('one name keeps the single confirmation; with more pages the alert card says paging keeps the selection and names the command', async () => {
    const deps = staleDeps(14);
    assert.match(await say(deps, 'remediate staleSignIn user13@contoso.com'), /Remove User 13 \(user13@contoso.com\) from Global Administrator\?/);
    const paged = JSON.stringify((await runAction(deps, VERBS.openAlert, { alertId: STALE })).value);
    assert.match(paged, /\*\*0 selected\*\*\. Previous and Next keep what you select; Remediate selected acts on every page's selection \(at most 10\), as does typing \*\*remediate staleSignIn\*\* followed by names or UPNs, separated by commas\./);
    assert.doesNotMatch(paged, /this page only/);
    const single = staleDeps(3);
    assert.doesNotMatch(JSON.stringify((await runAction(single, VERBS.openAlert, { alertId: STALE })).value), /selected\*\*/);
  });
});
