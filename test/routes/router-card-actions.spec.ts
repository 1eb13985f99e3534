import assert from 'node:assert/strict';
import { ERROR_TYPE, MESSAGE_TYPE, invokeBody } from '../../src/bot/invoke-response';
import { VERBS } from '../../src/cards/verbs';
import { cardRoute } from '../../src/routes/route';
import { ROUTES } from '../../src/routes/route-table';
import { Router } from '../../src/routes/router';
import { alertIdOf } from '../support/fakes/alert-fixtures';
import { makeUseCaseDeps } from '../support/fakes/use-case-deps';
import { READER, RecordingTurn } from '../support/fakes/recording-turn';
import { runAction } from './card-actions/run-action';

const STALE = alertIdOf('StaleSignInAlert');

describe('Router: card actions', () => {
  it('rejects two actions with the same verb', () => {
    const openAlert = ROUTES.find((route) => route.kind === 'card' && route.verb === VERBS.openAlert)!;
    assert.throws(() => new Router([...ROUTES, openAlert], makeUseCaseDeps()), /Two card actions handle "alert\.open"/);
  });

  it('answers an unknown or missing verb with 400 application/vnd.microsoft.error', async () => {
    for (const verb of ['nope', undefined, 42, '__proto__', 'constructor']) {
      const result = await runAction(makeUseCaseDeps(), verb, {});
      assert.equal(result.statusCode, 400);
      assert.equal(result.type, ERROR_TYPE);
      assert.equal((result.value as { code: string }).code, 'unknownVerb');
    }
  });

  it('checks access before reading the data: a refused write is audited and reaches nothing', async () => {
    const deps = makeUseCaseDeps();
    const result = await runAction(deps, VERBS.dismiss, { alertId: STALE }, new RecordingTurn(READER, 'm'));
    assert.equal(result.type, MESSAGE_TYPE);
    assert.match(String(result.value), /Only PIM alert administrators/);
    assert.equal(deps.pim.calls.length, 0);
    assert.deepEqual(deps.audit.entries.map((entry) => [entry.action, entry.target, entry.result]), [[VERBS.dismiss, STALE, 'refused']]);
  });

  it('rejects forged and malformed data with 400 and a readable message', async () => {
    const forged: unknown[] = [
      null, 'text', [STALE], {}, { alertId: 42 }, { alertId: '../../users' }, { alertId: `${STALE}/../x` },
      { alertId: STALE, extra: 1 }, JSON.parse(`{"alertId":"${STALE}","__proto__":{"x":1}}`),
      { alertId: STALE, constructor: 'x' }, { alertId: STALE, page: -1 }, { alertId: STALE, page: 1.5 },
      { alertId: STALE, page: '2' }, { alertId: STALE, padding: 'x'.repeat(10_000) },
    ];
    for (const data of forged) {
      const deps = makeUseCaseDeps();
      const result = await runAction(deps, VERBS.page, data);
      assert.equal(result.statusCode, 400, JSON.stringify(data)?.slice(0, 80));
      assert.equal((result.value as { code: string }).code, 'invalidInput');
      assert.ok((result.value as { message: string }).message.length > 10);
      assert.equal(deps.pim.calls.length, 0);
    }
  });

  it('validates incident ids the same way', async () => {
    const result = await runAction(makeUseCaseDeps(), VERBS.remediate, { alertId: STALE, incidentId: 'a/b', page: 0 });
    assert.equal(result.statusCode, 400);
  });

  it('turns a failing handler into a readable error response, logged with the correlation id', async () => {
    const errors: unknown[] = [];
    const logger = { ...makeUseCaseDeps().logger, error: (_message: string, fields?: unknown) => errors.push(fields) };
    const boom = cardRoute({ verb: VERBS.openAlert, access: 'read', parse: () => ({}), handle: () => Promise.reject(new Error('internal detail')) });
    const router = new Router([boom], makeUseCaseDeps({ logger }));
    const result = invokeBody(await router.cardAction(new RecordingTurn(), VERBS.openAlert, {}));
    assert.equal(result.statusCode, 500);
    assert.ok(!JSON.stringify(result.value).includes('internal detail'));
    assert.match((result.value as { message: string }).message, /went wrong/);
    assert.equal((errors[0] as { correlationId: string }).correlationId, 'activity-1');
  });
});
