import assert from 'node:assert/strict';
import { allAlerts } from '../../support/fakes/alert-fixtures';
import { DEV, makeAzureAlert, PROD } from '../../support/fakes/azure-alert-fixtures';
import { FakePimAlerts } from '../../support/fakes/fake-pim-alerts';
import { ADMIN, RecordingTurn } from '../../support/fakes/recording-turn';
import { makeUseCaseDeps, NOW, type TestUseCaseDeps } from '../../support/fakes/use-case-deps';
import { runCommand } from './run-command';

const PROD_OWNERS = `Subscription_${PROD.subscriptionId}_TooManyOwnersAssignedToResource`;
const DEV_OWNERS = `Subscription_${DEV.subscriptionId}_TooManyOwnersAssignedToResource`;

/** Chat commands naming an alert type that two watched Azure subscriptions raise: the bot asks which, and does nothing meanwhile. */
describe('alert names shared by several Azure subscriptions, through the route table', () => {
  let deps: TestUseCaseDeps;

  beforeEach(() => {
    const alerts = [...allAlerts(), makeAzureAlert('TooManyOwnersAssignedToResource', PROD), makeAzureAlert('TooManyOwnersAssignedToResource', DEV)];
    deps = makeUseCaseDeps({ pim: new FakePimAlerts(alerts) });
  });

  const say = async (text: string): Promise<RecordingTurn> => runCommand(deps, text, new RecordingTurn(ADMIN));

  it('alert <type>: no card, the candidates with their subscription and the command that opens each', async () => {
    const turn = await say('alert TooManyOwnersAssignedToResource');
    assert.deepEqual(turn.cardsJson, []);
    assert.equal(turn.texts[0], [
      '"TooManyOwnersAssignedToResource" is raised in 2 places. Say which one; type:',
      '- `alert tooManyOwners@afa2a084`: Too many owners assigned to a resource, Contoso Production',
      '- `alert tooManyOwners@5c6a1e4b`: Too many owners assigned to a resource, Contoso <b>Dev</b>',
    ].join('\n'));
    assert.deepEqual(deps.pim.firstArgs('getAlert'), [], 'no alert was opened');
    const chosen = await say('alert tooManyOwners@5c6a1e4b');
    assert.equal(chosen.cardsJson.length, 1);
    assert.deepEqual(deps.pim.firstArgs('getAlert'), [DEV_OWNERS]);
  });

  it('dismiss <type>: nothing dismissed until the scope is named; the qualified command dismisses that one', async () => {
    assert.match((await say('dismiss tooManyOwners')).texts[0]!, /- `dismiss tooManyOwners@afa2a084`: .*Contoso Production/);
    assert.equal(deps.pim.count('dismissAlert'), 0);
    await say('dismiss tooManyOwners@Contoso Production');
    assert.deepEqual(deps.pim.firstArgs('dismissAlert'), [PROD_OWNERS]);
  });

  it('config and snooze repeat the rest of the command in each suggestion and change nothing', async () => {
    const config = (await say('config tooManyOwners thresholdNumberOfOwners=5')).texts[0]!;
    assert.ok(config.includes('- `config tooManyOwners@5c6a1e4b thresholdNumberOfOwners=5`'), config);
    assert.equal(deps.pim.count('updateAlertConfiguration'), 0);
    const snooze = (await say('snooze tooManyOwners 4h change `freeze` <at>x</at>')).texts[0]!;
    assert.ok(snooze.includes('- `snooze tooManyOwners@afa2a084 4h change freeze ‹at>x‹/at>`'), snooze);
    assert.deepEqual(await deps.triage.snoozes.listActive(NOW), []);
    await say('snooze tooManyOwners@afa2a084 4h change freeze');
    assert.deepEqual((await deps.triage.snoozes.listActive(NOW)).map((snooze) => snooze.alertId), [PROD_OWNERS]);
  });

  it('answers name the subscription, and the "snooze end" they suggest is the scope-qualified name, which works', async () => {
    const snoozed = (await say('snooze tooManyOwners@5c6a1e4b 4h change freeze')).texts[0]!;
    assert.match(snoozed, /^Too many owners assigned to a resource \(Contoso <b>Dev<\/b>\): Snoozed until/, snoozed);
    assert.match(snoozed, /Type "snooze end tooManyOwners@5c6a1e4b" to end it earlier\./);
    assert.match((await say('snooze list')).texts[0]!, /- Too many owners assigned to a resource \(Contoso .*Dev.*\): Snoozed until/);
    assert.match((await say('snooze end tooManyOwners@5c6a1e4b')).texts[0]!, /\(Contoso .*Dev.*\): snooze ended/);
    assert.deepEqual(await deps.triage.snoozes.listActive(NOW), []);
    const updated = (await say('config tooManyOwners@afa2a084 thresholdNumberOfOwners=5')).texts[0]!;
    assert.match(updated, /^Updated Too many owners assigned to a resource \(Contoso Production\):/);
    assert.match(JSON.stringify((await say('refresh tooManyOwners@afa2a084')).cardsJson), /Scanning Too many owners assigned to a resource \(Contoso Production\)/);
  });
});
