import assert from 'node:assert/strict';
import { makeUseCaseDeps } from '../../support/fakes/use-case-deps';
import { alertIdOf } from '../../support/fakes/alert-fixtures';
import { READER, RecordingTurn } from '../../support/fakes/recording-turn';
import { runCommand } from './run-command';

describe('config command', () => {
  it('opens the settings form: Enabled as a toggle, each setting as a number bounded by its documented range', async () => {
    const turn = await runCommand(makeUseCaseDeps(), 'config staleSignIn');
    const card = turn.cardsJson[0]!;
    assert.match(card, /"type":"Input.Toggle","id":"isEnabled","title":"Enabled[^"]*","value":"true"/);
    assert.match(card, /"type":"Input.Number","id":"s_duration","label":"Days without sign-in \(days\)","min":1,"max":365,"value":30/);
    assert.match(card, /Allowed: 1–365 days/);
    assert.match(card, /"verb":"alert.settings.save"/);
  });

  it('percentages and durations: 0–100% as a number, a duration as a number with a unit (Input.ChoiceSet); readers get no Save', async () => {
    const shown = await runCommand(makeUseCaseDeps(), 'config tooManyGlobalAdmins');
    assert.match(shown.cardsJson[0]!, /"id":"s_percentageOfGlobalAdminsOutOfRolesThreshold","label":"Percentage of Global Administrators","min":0,"max":100,"value":1/);
    const renewals = await runCommand(makeUseCaseDeps(), 'config sequentialActivationRenewals');
    assert.match(renewals.cardsJson[0]!, /"id":"s_timeIntervalBetweenActivations"[^}]*"value":1/);
    assert.match(renewals.cardsJson[0]!, /"type":"Input.ChoiceSet","id":"u_timeIntervalBetweenActivations","label":"Unit","value":"hours"/);
    const deps = makeUseCaseDeps({ viewFor: () => Promise.resolve({ actionsVisible: false }) });
    const reader = await runCommand(deps, 'config staleSignIn', new RecordingTurn(READER));
    assert.doesNotMatch(reader.cardsJson[0]!, /alert.settings.save/);
    assert.match(reader.cardsJson[0]!, /Only PIM administrators can change these settings/);
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
