import { strict as assert } from 'node:assert';
import { AppError } from '../../../src/errors/app-error';
import { alertId, SimulatorHarness } from '../support/simulator-harness';

const isCode = (code: string) => (error: unknown): boolean => error instanceof AppError && error.code === code;

describe('GraphPimAlerts writes and operations (simulator)', () => {
  const sim = new SimulatorHarness();
  before(() => sim.start(50, 200));
  after(() => sim.stop());
  beforeEach(() => sim.reset());

  it('dismisses an alert', async () => {
    const client = sim.client();
    const id = alertId('StaleSignInAlert');
    await client.dismissAlert(id);
    assert.equal((await client.getAlert(id)).isActive, false);
    const patch = (await sim.requests()).find((entry) => entry.method === 'PATCH');
    assert.equal(patch?.status, 204);
  });

  it('refreshes one alert and waits for the operation', async () => {
    const client = sim.client();
    const handle = await client.refreshAlert(alertId('StaleSignInAlert'));
    assert.equal(handle.operationId, `refresh:${alertId('StaleSignInAlert')}`);
    const operation = await client.waitForOperation(handle);
    assert.equal(operation.status, 'succeeded');
    assert.match(operation.resourceLocation, /StaleSignInAlert$/);
  });

  it('refreshes all alerts and waits for the operation', async () => {
    const client = sim.client();
    const handle = await client.refreshAllAlerts();
    assert.ok(handle.operationId);
    assert.equal((await client.waitForOperation(handle)).status, 'succeeded');
  });

  it('reports a failing refresh with Graph’s detail', async () => {
    await sim.fault({ match: { method: 'POST', path: '/refresh' }, count: 1, kind: 'failOperation' });
    const client = sim.client();
    const handle = await client.refreshAlert(alertId('StaleSignInAlert'));
    await assert.rejects(client.waitForOperation(handle), (error: unknown) =>
      error instanceof AppError && error.code === 'graphUnavailable' && /refresh failed/.test(error.message));
  });

  it('gives up waiting after the timeout', async () => {
    const slow = new SimulatorHarness();
    await slow.start(50, 60_000);
    try {
      const client = slow.client();
      const handle = await client.refreshAlert(alertId('StaleSignInAlert'));
      await assert.rejects(client.waitForOperation(handle, { timeoutMs: 300 }), isCode('timeout'));
    } finally {
      await slow.stop();
    }
  });

  it('remediates a remediable incident and refuses a non-remediable one', async () => {
    const client = sim.client();
    const id = alertId('StaleSignInAlert');
    const [incident] = (await client.listIncidentPage(id)).incidents;
    await client.remediateIncident(id, incident!.id);
    await sim.control('POST', `/alerts/${alertId('SequentialActivationRenewalsAlert')}/incidents`, { count: 1 });
    const sequential = alertId('SequentialActivationRenewalsAlert');
    const [other] = (await client.listIncidentPage(sequential)).incidents;
    await assert.rejects(client.remediateIncident(sequential, other!.id), isCode('notRemediatable'));
  });

  it('updates a configuration with its @odata.type after validating', async () => {
    const client = sim.client();
    const id = alertId('StaleSignInAlert');
    await client.updateAlertConfiguration(id, { duration: 45, isEnabled: false });
    const alert = await client.getAlert(id);
    assert.equal(alert.configuration?.settings.duration, 'P45D');
    assert.equal(alert.configuration?.isEnabled, false);
  });

  it('refuses invalid configuration changes before sending anything', async () => {
    const client = sim.client();
    const id = alertId('StaleSignInAlert');
    await assert.rejects(client.updateAlertConfiguration(id, { duration: 400 }), isCode('invalidSetting'));
    await assert.rejects(client.updateAlertConfiguration(id, { threshold: 3 }), isCode('invalidSetting'));
    await assert.rejects(client.updateAlertConfiguration(id, { isEnabled: 'yes' }), isCode('invalidSetting'));
    await assert.rejects(client.updateAlertConfiguration(id, {}), isCode('invalidSetting'));
    assert.equal((await sim.requests()).filter((entry) => entry.method === 'PATCH').length, 0);
  });
});
