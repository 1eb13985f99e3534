import assert from 'node:assert/strict';
import { makeUseCaseDeps } from '../../support/fakes/use-case-deps';
import { alertIdOf } from '../../support/fakes/alert-fixtures';
import { READER, RecordingTurn } from '../../support/fakes/recording-turn';
import { runCommand } from './run-command';

const STALE = alertIdOf('StaleSignInAlert');

describe('write commands', () => {
  it('dismiss <alert>: dismisses, replies with the dismissed card and audits', async () => {
    const deps = makeUseCaseDeps();
    const turn = await runCommand(deps, 'dismiss staleSignIn');
    assert.equal(deps.pim.count('dismissAlert'), 1);
    assert.match(turn.cardsJson[0]!, /Dismissed by Ada Admin on 2026-11-23 12:00 UTC/);
    assert.deepEqual(deps.audit.entries.map((entry) => entry.result), ['attempted', 'succeeded']);
    assert.equal(deps.audit.entries[1]?.target, STALE);
    assert.match(deps.audit.entries[1]?.summary ?? '', /^Dismissed '.+' \(alert id DirectoryRole_/);
  });

  it('dismiss by a reader: refused, nothing reaches Graph', async () => {
    const deps = makeUseCaseDeps();
    const turn = await runCommand(deps, 'dismiss staleSignIn', new RecordingTurn(READER));
    assert.equal(deps.pim.calls.length, 0);
    assert.match(turn.texts[0]!, /Only PIM alert administrators/);
    assert.equal(deps.audit.entries[0]?.result, 'refused');
  });

  it('refresh <alert>: posts Scanning… then updates that message with fresh counts', async () => {
    const deps = makeUseCaseDeps();
    const turn = await runCommand(deps, 'refresh staleSignIn');
    assert.match(turn.cardsJson[0]!, /Scanning Potential stale accounts in a privileged role…/, 'the alert\'s name, not its internal key');
    await deps.background.idle();
    assert.equal(deps.pim.count('refreshAlert'), 1);
    assert.equal(turn.laterUpdates.length, 1);
    assert.equal(turn.laterUpdates[0]?.activityId, 'msg-1');
    assert.match(JSON.stringify(turn.laterUpdates[0]?.message), /Potential stale accounts/);
    assert.equal(deps.audit.entries[0]?.action, 'refresh');
  });

  it('refresh (all): rescans everything and updates with the alert list', async () => {
    const deps = makeUseCaseDeps();
    const turn = await runCommand(deps, 'refresh all');
    await deps.background.idle();
    assert.equal(deps.pim.count('refreshAllAlerts'), 1);
    assert.match(JSON.stringify(turn.laterUpdates[0]?.message), /PIM security alerts/);
  });

  it('refresh while a scan of the same target runs: says so, starts nothing', async () => {
    const deps = makeUseCaseDeps();
    let open!: () => void;
    deps.pim.operationGate = new Promise((resolve) => { open = resolve; });
    await runCommand(deps, 'refresh staleSignIn');
    const second = await runCommand(deps, 'refresh staleSignIn');
    assert.match(second.texts[0]!, /already running/);
    open();
    await deps.background.idle();
    assert.equal(deps.pim.count('refreshAlert'), 1);
  });

  it('remediate <alert> <user>: always a confirmation card, never a direct remediation', async () => {
    const deps = makeUseCaseDeps();
    const byName = await runCommand(deps, 'remediate staleSignIn "User 2"');
    assert.match(byName.cardsJson[0]!, /Remove User 2 \(user2@contoso.com\) from Global Administrator\?/);
    const byUpn = await runCommand(deps, 'remediate staleSignIn USER1@contoso.com');
    assert.match(byUpn.cardsJson[0]!, /Remove User 1/);
    assert.equal(deps.pim.count('remediateIncident'), 0);
  });

  it('remediate <alert> nobody: says nothing matched and lists the choices (the alert card below), never "no longer exists"', async () => {
    const turn = await runCommand(makeUseCaseDeps(), 'remediate staleSignIn nobody');
    assert.match(turn.cardsJson[0]!, /No incident of this alert matches ..nobody..\. Choose one by name, UPN or incident id: User 1 \(user1@contoso.com\); User 2/);
    assert.doesNotMatch(turn.cardsJson[0]!, /no longer exists/);
  });

  it('remediate without an incident shows usage', async () => {
    const turn = await runCommand(makeUseCaseDeps(), 'remediate staleSignIn');
    assert.match(turn.texts[0]!, /^Usage: remediate _alert_ _incident id, user name or UPN_/);
  });
});
