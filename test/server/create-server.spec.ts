import assert from 'node:assert/strict';
import { JsonLogger } from '../../src/logging/json-logger';
import { activity, message } from '../support/fakes/activities';
import { startTestApp, type RunningApp } from './test-app';

const post = (url: string, body: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describe('createServer', () => {
  let running: RunningApp | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  it('GET /healthz: only a status, no internals', async () => {
    running = await startTestApp();
    const response = await fetch(`${running.url}/healthz`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok' });
  });

  it('GET /healthz scaled out: the status, this instance and whether it leads, still no watcher internals', async () => {
    let leader = false;
    running = await startTestApp({}, [], { instance: () => ({ id: 'pim-bot-2', leader }) });
    assert.deepEqual(await (await fetch(`${running.url}/healthz`)).json(), { status: 'ok', instance: 'pim-bot-2', leader: false });
    leader = true;
    assert.deepEqual(await (await fetch(`${running.url}/healthz`)).json(), { status: 'ok', instance: 'pim-bot-2', leader: true });
  });

  it('GET /readyz: 200 ready or 503 not ready, only a status (which check failed and why is not told)', async () => {
    running = await startTestApp({}, [{ name: 'storage', check: () => Promise.resolve() }]);
    const ok = await fetch(`${running.url}/readyz`);
    assert.equal(ok.status, 200);
    assert.deepEqual(await ok.json(), { status: 'ready' });
    await running.stop();
    running = await startTestApp({}, [{ name: 'storage', check: () => Promise.reject(new Error('disk gone at /var/secret-path')) }]);
    const bad = await fetch(`${running.url}/readyz`);
    assert.equal(bad.status, 503);
    assert.deepEqual(await bad.json(), { status: 'not ready' });
  });

  it('GET /readyz: a hundred requests at once and a hundred more in a row make no Graph or Resource Manager read, and one storage ping', async () => {
    let pings = 0;
    running = await startTestApp({}, [{ name: 'storage', check: () => { pings += 1; return Promise.resolve(); } }]);
    const url = `${running.url}/readyz`;
    const statuses = await Promise.all(Array.from({ length: 100 }, async () => (await fetch(url)).status));
    for (let request = 0; request < 100; request += 1) statuses.push((await fetch(url)).status);
    assert.deepEqual(new Set(statuses), new Set([200]));
    assert.deepEqual(running.deps.pim.calls, [], 'no call of the alerts port (Graph, or every Azure subscription with AZURE_ALERT_SCOPES)');
    assert.equal(pings, 1, 'concurrent requests share one run, later ones get the cached verdict');
  });

  it('with an app id, a request without a valid token is refused with 401', async () => {
    running = await startTestApp({ MicrosoftAppId: '6a0f4f4c-3a70-4c1a-8a1e-1b2c3d4e5f60', MicrosoftAppPassword: 'not-used', MicrosoftAppTenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' });
    const response = await post(`${running.url}/api/messages`, JSON.stringify(message('alerts')));
    assert.equal(response.status, 401);
    const forged = await post(`${running.url}/api/messages`, JSON.stringify(message('alerts')), { authorization: 'Bearer abc.def.ghi' });
    assert.equal(forged.status, 401);
    assert.equal(running.deps.pim.calls.length, 0);
  });

  it('answers malformed JSON and non-activities with 400, never 500', async () => {
    running = await startTestApp();
    const bodies = ['{not json', '[]', '"text"', '{}', '{"type":"message"}', JSON.stringify(activity({ type: 'message', conversation: 5 as never }))];
    for (const body of bodies) {
      const response = await post(`${running.url}/api/messages`, body);
      assert.equal(response.status, 400, body);
    }
  });

  it('answers an invoke the bot does not handle with a readable 200, not an empty 501', async () => {
    running = await startTestApp();
    for (const name of ['task/fetch', 'composeExtension/query', 'message/submitAction']) {
      const response = await post(`${running.url}/api/messages`, JSON.stringify(activity({ type: 'invoke', name, value: {} })));
      assert.equal(response.status, 200, name);
      assert.match(await response.text(), /does not support that action/, name);
    }
  });

  it('answers an oversized body with 413', async () => {
    running = await startTestApp();
    const response = await post(`${running.url}/api/messages`, JSON.stringify(message('x'.repeat(10_000))));
    assert.equal(response.status, 413);
  });
});

/** The Agents Playground probes `HEAD /api/messages`: a 405, logged at debug without a stack, never as a failure. */
describe('createServer: requests it does not serve', () => {
  it('HEAD /api/messages and an unknown path: 405/404, a debug line without an error or stack', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = new JsonLogger('debug', (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
    const running = await startTestApp({}, [], { logger });
    try {
      assert.equal((await fetch(`${running.url}/api/messages`, { method: 'HEAD' })).status, 405);
      assert.equal((await fetch(`${running.url}/nothing-here`)).status, 404);
    } finally {
      await running.stop();
    }
    const http = lines.filter((line) => String(line.logger).endsWith(':http'));
    assert.deepEqual(http.map((line) => [line.level, line.message, line.method, line.status]),
      [['debug', 'route or method not served', 'HEAD', 405], ['debug', 'route or method not served', 'GET', 404]]);
    assert.ok(http.every((line) => !('error' in line)), JSON.stringify(http));
  });
});
