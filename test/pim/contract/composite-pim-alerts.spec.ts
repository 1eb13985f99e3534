import { strict as assert } from 'node:assert';
import { AppError } from '../../../src/errors/app-error';
import { silentLogger } from '../../../src/logging/json-logger';
import type { AppConfig } from '../../../src/config/app-config';
import { createAlertSource } from '../../../src/pim/create-alert-source';
import { staggeredPacing } from '../../../src/pim/sources/scope-pacing';
import { ScopeReadFailures } from '../../../src/pim/sources/scope-read-failures';
import { DEMO_SUBSCRIPTIONS } from '../../../src/tools/simulator/arm/arm-seed';
import { SkippingClock } from '../../support/fakes/skipping-clock';
import { graphTestConfig } from '../support/graph-test-config';
import { SimulatorHarness } from '../support/simulator-harness';

const ids = DEMO_SUBSCRIPTIONS.map((sub) => sub.subscriptionId);
const config = (url: string, azure: Partial<NonNullable<AppConfig['azureResources']>>): AppConfig => ({
  graph: graphTestConfig(url), notifications: { pollIntervalSeconds: 60 },
  azureResources: { resourceManagerUrl: url, subscriptionIds: ids, discover: false, ...azure },
} as unknown as AppConfig);
const isCode = (code: string) => (error: unknown): boolean => error instanceof AppError && error.code === code;

describe('composite alert source: Entra and Azure subscriptions behind one port (simulator)', () => {
  const sim = new SimulatorHarness();
  before(() => sim.start(50, 100));
  after(() => sim.stop());
  beforeEach(() => sim.reset());

  it('lists the Entra alerts and every subscription’s alerts, each Azure alert with its subscription’s display name', async () => {
    const alerts = await createAlertSource(config(sim.url, {}), silentLogger).listAlerts();
    assert.equal(alerts.filter((alert) => alert.scopeType === 'DirectoryRole').length, 7);
    for (const sub of DEMO_SUBSCRIPTIONS) {
      const scoped = alerts.filter((alert) => alert.scopeId === `/subscriptions/${sub.subscriptionId}`);
      assert.equal(scoped.length, 4);
      assert.ok(scoped.every((alert) => alert.scopeDisplayName === sub.displayName));
    }
  });

  it('discovers the subscriptions the identity can read when told to', async () => {
    const alerts = await createAlertSource(config(sim.url, { subscriptionIds: [], discover: true }), silentLogger).listAlerts();
    assert.equal(new Set(alerts.filter((alert) => alert.scopeType === 'subscription').map((alert) => alert.scopeId)).size, 3);
  });

  it('keeps a subscription’s last known alerts when it cannot be read, and reads the others', async () => {
    const source = createAlertSource(config(sim.url, {}), silentLogger, { retry: { clock: new SkippingClock() } });
    const first = await source.listAlerts();
    await sim.fault({ match: { path: `/subscriptions/${ids[1]}/providers` }, count: 5, kind: 'status', status: 403 });
    const second = await source.listAlerts();
    assert.deepEqual(second.map((alert) => alert.id).sort(), first.map((alert) => alert.id).sort());
  });

  it('records a subscription it cannot read (name, since when, code and status) until a read succeeds, and only that one', async () => {
    let now = 1_000;
    const failures = new ScopeReadFailures(() => now);
    const source = createAlertSource(config(sim.url, {}), silentLogger, { retry: { clock: new SkippingClock() }, readFailures: failures });
    await source.listAlerts();
    assert.deepEqual(failures.current(), []);
    await sim.fault({ match: { path: `/subscriptions/${ids[1]}/providers` }, count: 2, kind: 'status', status: 403 });
    await source.listAlerts();
    now = 2_000;
    await source.listAlerts();
    const sub = DEMO_SUBSCRIPTIONS[1];
    assert.deepEqual(failures.current(), [{ subscriptionId: ids[1], displayName: sub?.displayName, since: 1_000, code: 'graphForbidden', status: 403 }]);
    await source.listAlerts();
    assert.deepEqual(failures.current(), []);
  });

  it('records an outage (5xx) of a subscription as unavailable, with its status', async () => {
    const failures = new ScopeReadFailures(() => 5);
    const source = createAlertSource(config(sim.url, {}), silentLogger, { retry: { clock: new SkippingClock() }, readFailures: failures });
    await sim.fault({ match: { path: `/subscriptions/${ids[0]}/providers` }, count: 20, kind: 'status', status: 503 });
    await source.listAlerts();
    assert.deepEqual(failures.current().map((failure) => [failure.subscriptionId, failure.code, failure.status]), [[ids[0], 'graphUnavailable', 503]]);
  });

  it('says a failed Azure refresh failed in Azure Resource Manager', async () => {
    await sim.fault({ match: { method: 'POST', path: '/refresh' }, count: 1, kind: 'failOperation' });
    const source = createAlertSource(config(sim.url, {}), silentLogger, { poll: { initialDelayMs: 20, maxDelayMs: 50 } });
    const handle = await source.refreshAlert(`Subscription_${ids[0]}_DuplicateRoleCreated`);
    await assert.rejects(source.waitForOperation(handle), (error: unknown) => error instanceof AppError && /failed in Azure Resource Manager/.test(error.message));
  });

  it('refuses an alert of a subscription it does not watch without calling it', async () => {
    const source = createAlertSource(config(sim.url, { subscriptionIds: [ids[0] ?? ''] }), silentLogger);
    await sim.control('DELETE', '/requests');
    await assert.rejects(source.getAlert(`Subscription_${ids[1]}_DuplicateRoleCreated`), isCode('notFound'));
    assert.equal((await sim.requests()).filter((entry) => entry.path.includes(ids[1] ?? '-')).length, 0);
  });

  it('staggers the watcher’s reads: one list request per subscription per poll, spread over half the interval', async () => {
    const clock = new SkippingClock();
    const source = createAlertSource(config(sim.url, {}), silentLogger, { pacing: staggeredPacing(clock, 60_000) });
    await source.listAlerts();
    await sim.control('DELETE', '/requests');
    await source.listAlerts();
    const lists = (await sim.requests()).filter((entry) => /roleManagementAlerts\?/.test(entry.path));
    assert.equal(lists.length, 3);
    assert.deepEqual(clock.slept.slice(-2), [2000, 2000]);
    assert.deepEqual(staggeredPacing(clock, 60_000).spacingMs(200), 150);
  });
});

describe('composite alert source for a signed-in user (WRITE_MODE=delegated)', () => {
  const sim = new SimulatorHarness();
  before(() => sim.start(50, 100));
  after(() => sim.stop());

  it('writes an Azure alert with the user\'s Resource Manager token, and the Entra half with the Graph token', async () => {
    const { createAlertSourceClients } = await import('../../../src/pim/create-alert-source');
    const asUser = createAlertSourceClients(config(sim.url, {}), silentLogger).asUser({ graph: 'user-graph-token', arm: 'user-arm-token' });
    const id = `Subscription_${ids[0]}_TooManyOwnersAssignedToResource`;
    await sim.control('DELETE', '/requests');
    await asUser.dismissAlert(id);
    const writes = (await sim.requests()).filter((entry) => entry.method !== 'GET');
    assert.deepEqual(writes.map((entry) => [entry.method, entry.caller]), [['PATCH', 'token']], 'the bot\'s identity (no token on loopback) wrote nothing');
  });

  it('asks for the Azure sign-in (azureSignInRequired) when the write carries no Resource Manager token, and sends nothing', async () => {
    const { createAlertSourceClients } = await import('../../../src/pim/create-alert-source');
    const asUser = createAlertSourceClients(config(sim.url, {}), silentLogger).asUser({ graph: 'user-graph-token' });
    const id = `Subscription_${ids[1]}_TooManyOwnersAssignedToResource`;
    await sim.control('DELETE', '/requests');
    await assert.rejects(asUser.dismissAlert(id), (error: unknown) => error instanceof AppError && error.code === 'azureSignInRequired');
    await assert.rejects(asUser.remediateIncident(id, '00000000-0000-4000-8000-000000000001'), (error: unknown) => error instanceof AppError && error.code === 'azureSignInRequired');
    assert.deepEqual((await sim.requests()).filter((entry) => entry.method !== 'GET'), []);
  });

  it('a refresh of everything started as the user is waited for as the app (another instance of the source)', async () => {
    const { createAlertSourceClients } = await import('../../../src/pim/create-alert-source');
    const clients = createAlertSourceClients(config(sim.url, {}), silentLogger, { poll: { initialDelayMs: 20, maxDelayMs: 50 } });
    await sim.control('DELETE', '/requests');
    const handle = await clients.asUser({ graph: 'user-graph-token', arm: 'user-arm-token' }).refreshAllAlerts();
    assert.equal((await clients.app.waitForOperation(handle)).status, 'succeeded');
    assert.equal((await clients.app.getOperation(handle)).status, 'succeeded');
    const refreshes = (await sim.requests()).filter((entry) => entry.method === 'POST');
    assert.equal(refreshes.length, 1 + ids.length, 'the Entra alerts and each subscription were refreshed once');
    assert.ok(refreshes.every((entry) => entry.caller === 'token'), 'every refresh ran as the user');
  });
});
