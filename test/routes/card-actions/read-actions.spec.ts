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

  it('page: the long texts only on the first page; an incidents-only card stays incidents-only through Next and Previous', async () => {
    const deps = makeUseCaseDeps();
    deps.pim.alerts = [makeAlert('StaleSignInAlert', { incidents: 25 })];
    const full = cardJson(await runAction(deps, VERBS.page, { alertId: STALE, page: 0 }));
    assert.match(full, /"text":"Description"/);
    assert.match(full, /"page":1,"compact":false/, 'Next of the full card');
    assert.doesNotMatch(cardJson(await runAction(deps, VERBS.page, { alertId: STALE, page: 1 })), /"text":"Description"|"text":"Configuration"/);
    const compact = cardJson(await runAction(deps, VERBS.page, { alertId: STALE, page: 0, compact: true }));
    assert.doesNotMatch(compact, /"text":"Description"/);
    assert.match(compact, /"verb":"alert.page","data":\{"alertId":"[^"]+","page":1,"compact":true,"picked":\[\]\}/, 'Next keeps the incidents-only view');
    const second = cardJson(await runAction(deps, VERBS.page, { alertId: STALE, page: 1, compact: true }));
    assert.match(second, /"page":0,"compact":true/, 'so does Previous');
    const invalid = await runAction(deps, VERBS.page, { alertId: STALE, page: 1, compact: 'yes' });
    assert.equal(invalid.statusCode, 400);
  });

  it('an alert that no longer exists gets a readable 404', async () => {
    const deps = makeUseCaseDeps();
    deps.pim.failNext('getAlert', new AppError('notFound'));
    const result = await runAction(deps, VERBS.openAlert, { alertId: STALE });
    assert.equal(result.statusCode, 404);
    assert.match((result.value as { message: string }).message, /no longer exists/);
  });
});
