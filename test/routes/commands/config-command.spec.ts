import assert from 'node:assert/strict';
import { makeUseCaseDeps } from '../../support/fakes/use-case-deps';
import { alertIdOf } from '../../support/fakes/alert-fixtures';
import { READER, RecordingTurn } from '../../support/fakes/recording-turn';
import { runCommand } from './run-command';

describe('config command', () => {
  it('shows the settings with labels, ranges and readable values', async () => {
    const turn = await runCommand(makeUseCaseDeps(), 'config staleSignIn');
    assert.match(turn.texts[0]!, /isEnabled \(Enabled\) = true/);
    assert.match(turn.texts[0]!, /duration \(Days without sign-in, 1–365 days\) = 30 days/);
  });

  it('shows percentages with %, durations in words, also in the reply to a change', async () => {
    const shown = await runCommand(makeUseCaseDeps(), 'config tooManyGlobalAdmins');
    assert.match(shown.texts[0]!, /percentageOfGlobalAdminsOutOfRolesThreshold \(Percentage of Global Administrators, 0–100%\) = 1%/);
    const renewals = await runCommand(makeUseCaseDeps(), 'config sequentialActivationRenewals');
    assert.match(renewals.texts[0]!, /Activation renewal timeframe, 1 second–30 days\) = 1 hour/);
    const changed = await runCommand(makeUseCaseDeps(), 'config staleSignIn duration=45');
    assert.match(changed.texts[0]!, /- duration = 45 days/);
  });

  it('changes settings (write access), parsed by the settings module, and audits', async () => {
    const deps = makeUseCaseDeps();
    const turn = await runCommand(deps, 'config staleSignIn duration=45 isEnabled=off');
    const call = deps.pim.calls.find((item) => item.method === 'updateAlertConfiguration');
    assert.deepEqual(call?.args, [alertIdOf('StaleSignInAlert'), { duration: 'P45D', isEnabled: false }]);
    assert.match(turn.texts[0]!, /Updated/);
    assert.deepEqual(deps.audit.entries.map((entry) => [entry.action, entry.result]), [['config', 'attempted'], ['config', 'succeeded']]);
    assert.match(deps.audit.entries[1]?.summary ?? '', /^Changed '.+' duration: 30 days → 45 days, isEnabled: true → false$/);
  });

  it('rejects a value out of range or an unknown setting with the reason, sending nothing', async () => {
    const deps = makeUseCaseDeps();
    const range = await runCommand(deps, 'config staleSignIn duration=999');
    const unknown = await runCommand(deps, 'config staleSignIn colour=blue');
    const shape = await runCommand(deps, 'config staleSignIn duration');
    assert.equal(deps.pim.count('updateAlertConfiguration'), 0);
    assert.match(range.texts[0]!, /365/);
    assert.match(unknown.texts[0]!, /not a setting/);
    assert.match(shape.texts[0]!, /name=value/);
  });

  it('refuses a change by a reader and audits the refusal', async () => {
    const deps = makeUseCaseDeps();
    const turn = await runCommand(deps, 'config staleSignIn duration=45', new RecordingTurn(READER));
    assert.equal(deps.pim.count('updateAlertConfiguration'), 0);
    assert.match(turn.texts[0]!, /Only PIM alert administrators/);
    assert.equal(deps.audit.entries[0]?.result, 'refused');
  });
});
