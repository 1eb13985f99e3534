import assert from 'node:assert/strict';
import { CARD_TYPE, MESSAGE_TYPE } from '../../../src/bot/invoke-response';
import { VERBS } from '../../../src/cards/verbs';
import { alertIdOf } from '../../support/fakes/alert-fixtures';
import { makeUseCaseDeps } from '../../support/fakes/use-case-deps';
import { cardJson, runAction } from './run-action';

const STALE = alertIdOf('StaleSignInAlert');

describe('dismiss card action', () => {
  it('dismisses and replaces the card: who and when, no Dismiss button', async () => {
    const deps = makeUseCaseDeps();
    const result = await runAction(deps, VERBS.dismiss, { alertId: STALE });
    assert.equal(result.type, CARD_TYPE);
    const json = cardJson(result);
    assert.match(json, /Dismissed by Ada Admin on 2026-11-23 12:00 UTC/);
    assert.ok(!json.includes(VERBS.dismiss));
    assert.equal(deps.pim.count('dismissAlert'), 1);
    assert.deepEqual(deps.audit.entries.map((entry) => [entry.action, entry.target, entry.result, entry.correlationId]), [['dismiss', STALE, 'attempted', 'activity-1'], ['dismiss', STALE, 'succeeded', 'activity-1']]);
  });

  it('a stale card (already dismissed) gets the current state, without dismissing again', async () => {
    const deps = makeUseCaseDeps();
    await runAction(deps, VERBS.dismiss, { alertId: STALE });
    const again = await runAction(deps, VERBS.dismiss, { alertId: STALE });
    assert.equal(again.type, CARD_TYPE);
    assert.match(cardJson(again), /already dismissed/);
    assert.equal(deps.pim.count('dismissAlert'), 1);
  });

  it('a double click dismisses once', async () => {
    const deps = makeUseCaseDeps();
    const [first, second] = await Promise.all([
      runAction(deps, VERBS.dismiss, { alertId: STALE }),
      runAction(deps, VERBS.dismiss, { alertId: STALE }),
    ]);
    assert.equal(deps.pim.count('dismissAlert'), 1);
    assert.deepEqual([first.type, second.type].sort(), [CARD_TYPE, MESSAGE_TYPE].sort());
  });

  it('a Graph failure is audited as failed and shown readably', async () => {
    const deps = makeUseCaseDeps();
    const { AppError } = await import('../../../src/errors/app-error');
    deps.pim.failNext('dismissAlert', new AppError('graphBusy'));
    const result = await runAction(deps, VERBS.dismiss, { alertId: STALE });
    assert.equal(result.statusCode, 503);
    assert.match((result.value as { message: string }).message, /busy/);
    assert.deepEqual(deps.audit.entries.map((entry) => [entry.result, entry.detail]), [['attempted', undefined], ['failed', 'graphBusy']]);
  });
});
