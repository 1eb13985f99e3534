import assert from 'node:assert/strict';
import { AppError } from '../../../src/errors/app-error';
import { VERBS } from '../../../src/cards/verbs';
import { makeUseCaseDeps } from '../../support/fakes/use-case-deps';
import { READER } from '../../support/fakes/recording-turn';
import { RecordingTurn } from '../../support/fakes/recording-turn';
import { runCommand } from './run-command';

describe('read commands', () => {
  it('alerts: one card listing every alert, most severe first', async () => {
    const turn = await runCommand(makeUseCaseDeps(), 'alerts');
    assert.equal(turn.cardsJson.length, 1);
    const json = turn.cardsJson[0]!;
    assert.ok(json.indexOf('Roles are being assigned outside') < json.indexOf('Potential stale accounts'));
    assert.ok(json.includes('There are too many global administrators'));
  });

  it('alert <alert>: the detailed card with description, mitigation and incidents', async () => {
    const turn = await runCommand(makeUseCaseDeps(), 'alert staleSignIn');
    const json = turn.cardsJson[0]!;
    for (const text of ['Description of StaleSignInAlert', 'Remove the user from the role', 'Impact text', 'Prevent it', 'User 1', 'Configuration']) {
      assert.ok(json.includes(text), text);
    }
    assert.ok(json.includes(VERBS.remediate));
  });

  it('alert <alert> for a reader: read works', async () => {
    const turn = await runCommand(makeUseCaseDeps(), 'alert staleSignIn', new RecordingTurn(READER));
    assert.equal(turn.cardsJson.length, 1);
  });

  it('alert without a name shows usage; an unknown name gets suggestions', async () => {
    const deps = makeUseCaseDeps();
    assert.deepEqual((await runCommand(deps, 'alert')).texts, ['Usage: alert _alert_']);
    const unknown = await runCommand(deps, 'alert nosuchthing');
    assert.match(unknown.texts[0]!, /can't find an alert called "nosuchthing"/);
    assert.match(unknown.texts[0]!, /- staleSignIn/);
  });

  it('a misspelt alert name gets "did you mean" with the one alert it is a typo of, not the whole list', async () => {
    const turn = await runCommand(makeUseCaseDeps(), 'alert staleSignon');
    assert.deepEqual(turn.texts, ['I can\'t find an alert called "staleSignon". Did you mean staleSignIn (Potential stale accounts in a privileged role)?']);
  });

  it('an unknown alert name is echoed escaped, never as a link or a mention', async () => {
    const unknown = await runCommand(makeUseCaseDeps(), 'alert [phish](https://evil.example) <at>Boss</at>');
    const head = unknown.texts[0]!.split('\n')[0];
    assert.equal(head, 'I can\'t find an alert called "\\[phish\\](https://evil.example) ‹at>Boss‹/at>". Try one of:');
  });

  it('incidents <alert>: incidents without the long texts', async () => {
    const json = (await runCommand(makeUseCaseDeps(), 'incidents staleSignIn')).cardsJson[0]!;
    assert.ok(json.includes('User 3'));
    assert.ok(!json.includes('Description of StaleSignInAlert'));
  });

  it('a Graph failure becomes its readable message', async () => {
    const deps = makeUseCaseDeps();
    deps.pim.failNext('listAlerts', new AppError('graphForbidden'));
    const turn = await runCommand(deps, 'alerts');
    assert.match(turn.texts[0]!, /RoleManagementAlert\.ReadWrite\.Directory/);
  });
});
