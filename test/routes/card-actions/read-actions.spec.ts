import assert from 'node:assert/strict';
import { CARD_TYPE } from '../../../src/bot/invoke-response';
import { VERBS } from '../../../src/cards/verbs';
import { AppError } from '../../../src/errors/app-error';
import { alertIdOf, makeAlert } from '../../support/fakes/alert-fixtures';
import { makeUseCaseDeps } from '../../support/fakes/use-case-deps';
import { cardJson, runAction } from './run-action';

const STALE = alertIdOf('StaleSignInAlert');

describe('read card actions', () => {
  it('open: the alert card replaces the list', async () => {
    const result = await runAction(makeUseCaseDeps(), VERBS.openAlert, { alertId: STALE });
    assert.equal(result.statusCode, 200);
    assert.equal(result.type, CARD_TYPE);
    assert.match(cardJson(result), /Potential stale accounts/);
  });

  it('page: Next and Previous show other incident pages', async () => {
    const deps = makeUseCaseDeps();
    deps.pim.alerts = [makeAlert('StaleSignInAlert', { incidents: 25 })];
    const second = cardJson(await runAction(deps, VERBS.page, { alertId: STALE, page: 1 }));
    assert.match(second, /Incidents 11–20 of 25/);
    assert.match(second, /User 11\b/);
    assert.ok(!second.includes('"User 1"'));
  });

  it('an alert that no longer exists gets a readable 404', async () => {
    const deps = makeUseCaseDeps();
    deps.pim.failNext('getAlert', new AppError('notFound'));
    const result = await runAction(deps, VERBS.openAlert, { alertId: STALE });
    assert.equal(result.statusCode, 404);
    assert.match((result.value as { message: string }).message, /no longer exists/);
  });
});
