import assert from 'node:assert/strict';
import type { Logger } from '../../../src/logging/logger';
import { silentLogger } from '../../../src/logging/json-logger';
import { requestListener } from '../../../src/tools/simulator/http/dispatch';
import { Router } from '../../../src/tools/simulator/http/router';
import { SimulatorState } from '../../../src/tools/simulator/state/simulator-state';
import { simulatorOptionsFromEnv } from '../../../src/tools/simulator/main';
import { listenOnLoopback } from '../../support/loopback-server';

describe('simulator: dispatcher and start-up options', () => {
  it('turns a handler bug into a logged 500 Graph error and keeps serving', async () => {
    const errors: string[] = [];
    const logger: Logger = { ...silentLogger, error: (message) => { errors.push(message); }, child: () => logger };
    const state = new SimulatorState({ tenantId: '3b0e753b-22fa-4c16-9bf2-470b80be80d6', pageSize: 5, operationDurationMs: 0 });
    const router = new Router([
      { method: 'GET', pattern: '/boom', handle: () => { throw new Error('bug'); } },
      { method: 'GET', pattern: '/ok', handle: () => ({ status: 200, body: { ok: true } }) },
    ]);
    const server = await listenOnLoopback(requestListener({ state, router, logger, baseUrl: () => '', closing: new AbortController().signal, controlPrefix: '/_simulator', saveTenant: () => undefined }));
    const base = server.origin;
    try {
      const boom = await fetch(`${base}/boom`);
      assert.equal(boom.status, 500);
      const body = await boom.json() as { error: { code: string; innerError: { 'request-id': string } } };
      assert.equal(body.error.code, 'generalException');
      assert.equal(body.error.innerError['request-id'], boom.headers.get('request-id'));
      assert.deepEqual(errors, ['simulator handler failed']);
      assert.equal((await fetch(`${base}/ok`)).status, 200);
    } finally {
      await server.close();
    }
  });

  it('rejects duplicate routes', () => {
    const handle = (): { status: number } => ({ status: 200 });
    assert.throws(() => new Router([{ method: 'GET', pattern: '/a/:x', handle }, { method: 'GET', pattern: '/A/:x', handle }]), /duplicate/);
  });

  it('reads SIMULATOR_* variables with defaults and names the bad one', () => {
    const defaults = simulatorOptionsFromEnv({}, silentLogger);
    assert.deepEqual([defaults.host, defaults.port, defaults.pageSize, defaults.operationDurationMs, defaults.tenantId],
      ['127.0.0.1', 5990, 50, 3000, '3b0e753b-22fa-4c16-9bf2-470b80be80d6']);
    const custom = simulatorOptionsFromEnv({ SIMULATOR_PORT: '0', SIMULATOR_PAGE_SIZE: '2', SIMULATOR_OPERATION_SECONDS: '1' }, silentLogger);
    assert.deepEqual([custom.port, custom.pageSize, custom.operationDurationMs], [0, 2, 1000]);
    assert.throws(() => simulatorOptionsFromEnv({ SIMULATOR_PORT: 'abc' }, silentLogger), /SIMULATOR_PORT/);
    assert.throws(() => simulatorOptionsFromEnv({ SIMULATOR_PAGE_SIZE: '0' }, silentLogger), /SIMULATOR_PAGE_SIZE/);
    assert.throws(() => simulatorOptionsFromEnv({ SIMULATOR_TENANT_ID: 'contoso' }, silentLogger), /SIMULATOR_TENANT_ID/);
  });
});
