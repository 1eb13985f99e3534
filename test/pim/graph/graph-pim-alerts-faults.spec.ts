import { strict as assert } from 'node:assert';
import { AppError } from '../../../src/errors/app-error';
import { setTimeout as delay } from 'node:timers/promises';
import { SkippingClock } from '../../support/fakes/skipping-clock';
import { alertId, SimulatorHarness } from '../support/simulator-harness';

const realClock = { now: () => Date.now(), sleep: (ms: number) => delay(ms) };

const isCode = (code: string) => (error: unknown): boolean => error instanceof AppError && error.code === code;

describe('GraphPimAlerts under faults (simulator)', () => {
  const sim = new SimulatorHarness();
  before(() => sim.start(50));
  after(() => sim.stop());
  beforeEach(() => sim.reset());

  it('waits out a 429 with Retry-After: 1 and then succeeds', async () => {
    await sim.fault({ match: { method: 'GET', path: '/alerts' }, count: 1, kind: 'throttle', retryAfterSeconds: 1 });
    const started = Date.now();
    const alerts = await sim.client({}, realClock).listAlerts();
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

  it('keeps honouring Retry-After within the interactive budget: 429 ×3 then 503 still answers', async () => {
    await sim.fault({ match: { path: '/alerts' }, count: 3, kind: 'throttle', retryAfterSeconds: 1 });
    await sim.fault({ match: { path: '/alerts' }, count: 1, kind: 'unavailable', retryAfterSeconds: 1 });
    const clock = new SkippingClock();
    const alerts = await sim.client({ retryBudgetMs: 15_000 }, clock).listAlerts();
    assert.equal(alerts.length, 7);
    assert.deepEqual((await sim.requests()).map((entry) => entry.status), [429, 429, 429, 503, 200]);
    assert.deepEqual(clock.slept, [1000, 1000, 1000, 1000]);
  });

  it('gives up with graphBusy rather than start a wait that ends past the budget', async () => {
    await sim.fault({ match: { path: '/alerts' }, count: 5, kind: 'throttle', retryAfterSeconds: 6 });
    const clock = new SkippingClock();
    await assert.rejects(sim.client({ retryBudgetMs: 15_000 }, clock).listAlerts(), isCode('graphBusy'));
    assert.deepEqual(clock.slept, [6000, 6000], 'a third 6 s wait would end after 18 s');
    assert.equal((await sim.requests()).length, 3);
  });

  it('gives background work its longer budget', async () => {
    await sim.fault({ match: { path: '/alerts' }, count: 5, kind: 'throttle', retryAfterSeconds: 6 });
    const clock = new SkippingClock();
    const alerts = await sim.client({ retryBudgetMs: 15_000, backgroundRetryBudgetMs: 120_000 }, clock, 'background').listAlerts();
    assert.equal(alerts.length, 7);
    assert.deepEqual(clock.slept, [6000, 6000, 6000, 6000, 6000]);
  });

  it('never waits less than a Retry-After above the 60 s cap: it stops with that answer instead of retrying early', async () => {
    await sim.fault({ match: { path: '/alerts' }, count: 5, kind: 'throttle', retryAfterSeconds: 300 });
    const clock = new SkippingClock();
    await assert.rejects(sim.client({ backgroundRetryBudgetMs: 600_000 }, clock, 'background').listAlerts(), isCode('graphBusy'));
    assert.deepEqual(clock.slept, [], 'no shortened 60 s wait and no second request before the 300 s Graph asked for');
    assert.equal((await sim.requests()).length, 1);
    await sim.reset();
    await sim.fault({ match: { path: '/alerts' }, count: 1, kind: 'throttle', retryAfterSeconds: 60 });
    const atTheCap = new SkippingClock();
    assert.equal((await sim.client({ backgroundRetryBudgetMs: 120_000 }, atTheCap, 'background').listAlerts()).length, 7);
    assert.deepEqual(atTheCap.slept, [60_000], 'a Retry-After at the cap is waited in full');
  });

  it('stops retrying once the call is no longer wanted (a poller that lost the lead), with the last answer', async () => {
    await sim.fault({ match: { path: '/alerts' }, count: 5, kind: 'throttle', retryAfterSeconds: 6 });
    const clock = new SkippingClock();
    let leading = true;
    const stepDownDuringTheFirstWait = { now: () => clock.now(), sleep: async (ms: number) => { await clock.sleep(ms); leading = false; } };
    const client = sim.client({ backgroundRetryBudgetMs: 120_000 }, stepDownDuringTheFirstWait, 'background', () => leading);
    await assert.rejects(client.listAlerts(), isCode('graphBusy'));
    assert.equal((await sim.requests()).length, 1, 'no call to Graph after the lead was lost');
  });

  it('backs off exponentially when there is no Retry-After, and never retries with a zero budget', async () => {
    await sim.fault({ match: { path: '/alerts' }, count: 3, kind: 'status', status: 504 });
    const clock = new SkippingClock();
    assert.equal((await sim.client({}, clock).listAlerts()).length, 7);
    assert.deepEqual(clock.slept, [100, 200, 400]);
    await sim.reset();
    await sim.fault({ match: { path: '/alerts' }, count: 1, kind: 'throttle', retryAfterSeconds: 1 });
    await assert.rejects(sim.client({ retryBudgetMs: 0 }).listAlerts(), isCode('graphBusy'));
    assert.equal((await sim.requests()).length, 1);
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
    await assert.rejects(sim.client({ requestTimeoutMs: 200, retryBudgetMs: 0 }).listAlerts(), isCode('timeout'));
  });

  it('maps a refused connection to graphUnavailable', async () => {
    const gone = new SimulatorHarness();
    await gone.start();
    const client = gone.client({ retryBudgetMs: 0 });
    await gone.stop();
    await assert.rejects(client.listAlerts(), isCode('graphUnavailable'));
  });
});
