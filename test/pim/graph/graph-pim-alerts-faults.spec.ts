import { strict as assert } from 'node:assert';
import { AppError } from '../../../src/errors/app-error';
import { alertId, SimulatorHarness } from '../support/simulator-harness';

const isCode = (code: string) => (error: unknown): boolean => error instanceof AppError && error.code === code;

describe('GraphPimAlerts under faults (simulator)', () => {
  const sim = new SimulatorHarness();
  before(() => sim.start(50));
  after(() => sim.stop());
  beforeEach(() => sim.reset());

  it('waits out a 429 with Retry-After: 1 and then succeeds', async () => {
    await sim.fault({ match: { method: 'GET', path: '/alerts' }, count: 1, kind: 'throttle', retryAfterSeconds: 1 });
    const started = Date.now();
    const alerts = await sim.client({}, 1).listAlerts();
    assert.equal(alerts.length, 7);
    assert.ok(Date.now() - started >= 900, 'honours Retry-After');
    assert.deepEqual((await sim.requests()).map((entry) => entry.status), [429, 200]);
  });

  it('retries a 503 and then succeeds', async () => {
    await sim.fault({ match: { path: 'StaleSignInAlert' }, count: 2, kind: 'unavailable', retryAfterSeconds: 1 });
    const alert = await sim.client().getAlert(alertId('StaleSignInAlert'));
    assert.equal(alert.alertKey, 'StaleSignInAlert');
    assert.deepEqual((await sim.requests()).map((entry) => entry.status), [503, 503, 200]);
  });

  it('gives up after maxRetries with graphBusy / graphUnavailable', async () => {
    await sim.fault({ match: { path: '/alerts' }, count: 5, kind: 'throttle', retryAfterSeconds: 1 });
    await assert.rejects(sim.client({ maxRetries: 2 }).listAlerts(), isCode('graphBusy'));
    assert.equal((await sim.requests()).length, 3);
    await sim.reset();
    await sim.fault({ match: { path: '/alerts' }, count: 5, kind: 'status', status: 500 });
    await assert.rejects(sim.client().listAlerts(), isCode('graphUnavailable'));
  });

  it('maps an injected 403 to graphForbidden naming the permissions', async () => {
    await sim.fault({ match: { path: '/alerts' }, count: 1, kind: 'status', status: 403 });
    await assert.rejects(sim.client().listAlerts(), (error: unknown) =>
      error instanceof AppError && error.code === 'graphForbidden' && /RoleManagementAlert\.ReadWrite\.Directory/.test(error.message)
      && typeof error.details.requestId === 'string');
  });

  it('maps 409 to conflict', async () => {
    await sim.fault({ match: { method: 'PATCH' }, count: 1, kind: 'status', status: 409 });
    await assert.rejects(sim.client().dismissAlert(alertId('StaleSignInAlert')), isCode('conflict'));
  });

  it('times out a slow request', async () => {
    await sim.fault({ match: { path: '/alerts' }, count: 1, kind: 'slow', delayMs: 1500 });
    await assert.rejects(sim.client({ requestTimeoutMs: 200, maxRetries: 0 }).listAlerts(), isCode('timeout'));
  });

  it('maps a refused connection to graphUnavailable', async () => {
    const gone = new SimulatorHarness();
    await gone.start();
    const client = gone.client({ maxRetries: 0 });
    await gone.stop();
    await assert.rejects(client.listAlerts(), isCode('graphUnavailable'));
  });
});
