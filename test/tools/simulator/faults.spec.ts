/* eslint-disable @typescript-eslint/no-unsafe-member-access --
   Response bodies are untyped JSON here; each one has already been validated against the OpenAPI by SimClient. */
import assert from 'node:assert/strict';
import { ROLE_ALERTS, SCOPE, SimClient } from './support/sim-client';

const LIST = `${ROLE_ALERTS}/alerts?${SCOPE}`;

describe('simulator: injected faults', () => {
  let sim: SimClient;
  beforeEach(async () => { sim = await SimClient.start(); });
  afterEach(() => sim.close());

  it('throttles matching requests with 429 + Retry-After, count times, then answers normally', async () => {
    const armed = await sim.call('POST', '/_simulator/faults', { match: { method: 'get', path: '/alerts' }, count: 2, kind: 'throttle', retryAfterSeconds: 7 });
    assert.equal(armed.status, 201);
    assert.equal((await sim.call('POST', `${ROLE_ALERTS}/alerts/refresh`, { scopeId: '/', scopeType: 'DirectoryRole' })).status, 202);
    for (let i = 0; i < 2; i += 1) {
      const reply = await sim.get(LIST);
      assert.equal(reply.status, 429);
      assert.equal(reply.headers.get('retry-after'), '7');
      assert.equal(reply.body.error.code, 'activityLimitReached');
    }
    assert.equal((await sim.get(LIST)).status, 200);
  });

  it('injects 503, arbitrary statuses and slow answers; DELETE clears faults', async () => {
    await sim.call('POST', '/_simulator/faults', { kind: 'unavailable' });
    assert.equal((await sim.get(LIST)).status, 503);
    await sim.call('POST', '/_simulator/faults', { kind: 'status', status: 403 });
    const forbidden = await sim.get(LIST);
    assert.equal(forbidden.status, 403);
    assert.equal(forbidden.body.error.code, 'accessDenied');
    await sim.call('POST', '/_simulator/faults', { kind: 'slow', delayMs: 150 });
    const started = Date.now();
    assert.equal((await sim.get(LIST)).status, 200);
    assert.ok(Date.now() - started >= 140);
    await sim.call('POST', '/_simulator/faults', { kind: 'unavailable', count: 5 });
    assert.equal((await sim.get('/_simulator/faults')).body.value.length, 1);
    assert.equal((await sim.call('DELETE', '/_simulator/faults')).status, 204);
    assert.equal((await sim.get(LIST)).status, 200);
  });

  it('rejects malformed fault definitions with 400', async () => {
    for (const body of [{}, { kind: 'explode' }, { kind: 'status' }, { kind: 'throttle', count: 0 }, { kind: 'slow', match: { verb: 'GET' } }]) {
      assert.equal((await sim.call('POST', '/_simulator/faults', body)).status, 400, JSON.stringify(body));
    }
  });
});
