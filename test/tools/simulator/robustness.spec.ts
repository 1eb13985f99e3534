/* eslint-disable @typescript-eslint/no-unsafe-member-access --
   Response bodies are untyped JSON here; each one has already been validated against the OpenAPI by SimClient. */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { ROLE_ALERTS, SimClient, alertId } from './support/sim-client';

const STALE = alertId('StaleSignInAlert');

/** A raw request (fetch refuses some of these), answering status and parsed body. */
function raw(url: string, method: string, path: string, body?: string): Promise<{ status: number; body: string; requestId: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: target.hostname, port: target.port, method, path }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), requestId: String(res.headers['request-id']) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('simulator: errors and robustness', () => {
  let sim: SimClient;
  before(async () => { sim = await SimClient.start(); });
  after(() => sim.close());

  it('answers unknown paths with a 404 Graph error and wrong methods with 405', async () => {
    const missing = await sim.get(`${ROLE_ALERTS}/nothingHere`);
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'itemNotFound');
    assert.equal((await sim.get('/v1.0/identityGovernance/roleManagementAlerts/alerts')).status, 404);
    const wrong = await sim.call('DELETE', `${ROLE_ALERTS}/alerts/${STALE}`);
    assert.equal(wrong.status, 405);
    assert.match(wrong.headers.get('allow') ?? '', /GET/);
  });

  it('echoes client-request-id in the header and the error body', async () => {
    const reply = await sim.call('GET', `${ROLE_ALERTS}/alerts`, undefined, { 'client-request-id': 'my-correlation' });
    assert.equal(reply.headers.get('client-request-id'), 'my-correlation');
    assert.equal(reply.body.error.innerError['client-request-id'], 'my-correlation');
    assert.match(reply.body.error.innerError.date as string, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('answers malformed JSON with 400 and huge bodies with 413', async () => {
    const malformed = await sim.call('PATCH', `${ROLE_ALERTS}/alerts/${STALE}`, '{"isActive": fal');
    assert.equal(malformed.status, 400);
    const huge = await sim.call('PATCH', `${ROLE_ALERTS}/alerts/${STALE}`, `{"x":"${'a'.repeat(2 * 1024 * 1024)}"}`);
    assert.equal(huge.status, 413);
  });

  it('survives garbage paths and bodies and keeps serving', async () => {
    const paths = ['/%E0%A4%A', '/beta/%', `${ROLE_ALERTS}/alerts/%00/alertIncidents/..%2F..`, '//', '/_simulator/alerts/%ZZ/incidents',
      `${ROLE_ALERTS}/alerts?$filter=${encodeURIComponent("scopeId eq '/' and")}`, `${ROLE_ALERTS}/operations/${'x'.repeat(5000)}`];
    for (const path of paths) {
      const reply = await raw(sim.url, 'GET', path);
      assert.ok(reply.status >= 400 && reply.status < 500, `${path} → ${reply.status}`);
      assert.equal(JSON.parse(reply.body).error.innerError['request-id'], reply.requestId);
    }
    for (const body of ['null', '[]', '"x"', '{"__proto__": {"isActive": false}}', '\u0000\u0001', '{"scopeId": {"$gt": 1}}']) {
      for (const path of [`${ROLE_ALERTS}/alerts/refresh`, '/_simulator/faults', `/_simulator/alerts/${STALE}/incidents`]) {
        const reply = await raw(sim.url, 'POST', path, body);
        assert.ok(reply.status === 400 || reply.status === 201, `${path} ${body} → ${reply.status}`);
      }
    }
    assert.equal((await sim.get(`${ROLE_ALERTS}/alerts/${STALE}`)).status, 200);
  });
});
