import assert from 'node:assert/strict';
import { VERBS } from '../../../src/cards/verbs';
import { alertIdOf, allAlerts } from '../../support/fakes/alert-fixtures';
import { makeAzureAlert, PROD } from '../../support/fakes/azure-alert-fixtures';
import { FakePimAlerts } from '../../support/fakes/fake-pim-alerts';
import { READER, RecordingTurn } from '../../support/fakes/recording-turn';
import { makeUseCaseDeps } from '../../support/fakes/use-case-deps';
import { cardJson, runAction } from './run-action';

const STALE = alertIdOf('StaleSignInAlert');
const RENEWALS = alertIdOf('SequentialActivationRenewalsAlert');

describe('settings form', () => {
  it('Settings on the alert card opens the form; the alert card carries the button', async () => {
    const deps = makeUseCaseDeps();
    assert.match(cardJson(await runAction(deps, VERBS.openAlert, { alertId: STALE })), /"title":"Settings","verb":"alert.settings"/);
    assert.match(cardJson(await runAction(deps, VERBS.settings, { alertId: STALE })), /"id":"s_duration"/);
  });

  it('Save writes only what changed (as Graph takes it), audits it, and shows old → new', async () => {
    const deps = makeUseCaseDeps();
    const json = cardJson(await runAction(deps, VERBS.saveSettings, { alertId: STALE, isEnabled: 'true', s_duration: '45' }));
    assert.deepEqual(deps.pim.calls.filter((call) => call.method === 'updateAlertConfiguration').map((call) => call.args), [[STALE, { duration: 'P45D' }]]);
    assert.match(json, /Saved by Ada Admin: Days without sign-in: 30 days → 45 days\./);
    assert.match(json, /"id":"s_duration"[^}]*"value":45/, 'the form shows the saved value');
    assert.deepEqual(deps.audit.entries.map((entry) => [entry.action, entry.result]), [['config', 'attempted'], ['config', 'succeeded']]);
    const again = cardJson(await runAction(deps, VERBS.saveSettings, { alertId: STALE, isEnabled: 'true', s_duration: '45' }));
    assert.match(again, /Nothing changed\./);
    assert.equal(deps.pim.count('updateAlertConfiguration'), 1);
  });

  it('the audit entry of an Azure alert\'s Save names its subscription (the same alert is raised in several)', async () => {
    const azure = makeAzureAlert('TooManyOwnersAssignedToResource', PROD);
    const deps = makeUseCaseDeps({ pim: new FakePimAlerts([...allAlerts(), azure]) });
    await runAction(deps, VERBS.saveSettings, { alertId: azure.id, isEnabled: 'true', s_thresholdNumberOfOwners: '9', s_thresholdPercentageOfOwnersOutOfAllRoleMembers: String(azure.configuration?.settings.thresholdPercentageOfOwnersOutOfAllRoleMembers ?? 40) });
    const saved = deps.audit.entries.find((entry) => entry.result === 'succeeded');
    assert.match(saved?.summary ?? '', /^Changed 'Too many owners assigned to a resource \(Contoso Production\)' thresholdNumberOfOwners: \d+ → 9/);
  });

  it('a duration in a chosen unit: 2 hours is PT2H; Enabled off is isEnabled false', async () => {
    const deps = makeUseCaseDeps();
    const json = cardJson(await runAction(deps, VERBS.saveSettings, {
      alertId: RENEWALS, isEnabled: 'false', s_sequentialActivationCounterThreshold: '3', s_timeIntervalBetweenActivations: '2', u_timeIntervalBetweenActivations: 'hours',
    }));
    assert.deepEqual(deps.pim.calls.find((call) => call.method === 'updateAlertConfiguration')?.args[1], { isEnabled: false, timeIntervalBetweenActivations: 'PT2H' });
    assert.match(json, /Enabled: true → false; Activation renewal timeframe: 1 hour → 2 hours\./);
  });

  it('invalid values are shown on the form, next to the field, as typed; nothing is written', async () => {
    const deps = makeUseCaseDeps();
    const json = cardJson(await runAction(deps, VERBS.saveSettings, { alertId: STALE, isEnabled: 'true', s_duration: '999' }));
    assert.match(json, /Nothing was saved: correct the values marked below\./);
    assert.match(json, /"id":"s_duration"[^}]*"value":999/);
    assert.match(json, /"style":"warning","spacing":"Small","items":\[\{"type":"TextBlock","text":"duration \(Days without sign-in\) must be from 1 to 365 days\."/);
    const words = cardJson(await runAction(deps, VERBS.saveSettings, { alertId: STALE, isEnabled: 'true', s_duration: 'soon' }));
    assert.match(words, /duration must be a duration/);
    const fraction = cardJson(await runAction(deps, VERBS.saveSettings, { alertId: STALE, isEnabled: 'true', s_duration: '2.5' }));
    assert.match(fraction, /duration \(Days without sign-in\) must be a whole number: 1–365 days\./);
    assert.match(fraction, /"id":"s_duration"[^}]*"value":2\.5/, 'as typed');
    assert.equal(deps.pim.count('updateAlertConfiguration'), 0);
    assert.equal(deps.audit.entries.length, 0);
  });

  it('Save is a write: a reader is refused; fields the form does not have are rejected', async () => {
    const deps = makeUseCaseDeps();
    const refused = await runAction(deps, VERBS.saveSettings, { alertId: STALE, isEnabled: 'false' }, new RecordingTurn(READER, 'card-msg-1'));
    assert.match(String(refused.value), /Only PIM alert administrators/);
    const odd = await runAction(deps, VERBS.saveSettings, { alertId: STALE, '@odata.type': '#x' });
    assert.equal(odd.statusCode, 400);
    const unknown = cardJson(await runAction(deps, VERBS.saveSettings, { alertId: STALE, s_colour: '3' }));
    assert.match(unknown, /Nothing changed/, 'a setting the type does not have is never sent');
    assert.equal(deps.pim.count('updateAlertConfiguration'), 0);
  });
});
