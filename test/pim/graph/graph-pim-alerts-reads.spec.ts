import { strict as assert } from 'node:assert';
import { AppError } from '../../../src/errors/app-error';
import { alertId, SimulatorHarness } from '../support/simulator-harness';

const isCode = (code: string) => (error: unknown): boolean => error instanceof AppError && error.code === code;

describe('GraphPimAlerts reads (simulator, page size 2)', () => {
  const sim = new SimulatorHarness();
  before(() => sim.start(2));
  after(() => sim.stop());
  beforeEach(() => sim.reset());

  it('lists every alert across pages with definition and configuration, sending the scope filter', async () => {
    const alerts = await sim.client().listAlerts();
    assert.equal(alerts.length, 7);
    assert.equal(new Set(alerts.map((alert) => alert.id)).size, 7);
    assert.ok(alerts.every((alert) => alert.alertKey !== null && alert.definition !== null && alert.configuration !== null));
    const stale = alerts.find((alert) => alert.alertKey === 'StaleSignInAlert');
    assert.equal(stale?.configuration?.settings.duration, 'P30D');
    const gets = (await sim.requests()).filter((entry) => entry.method === 'GET');
    assert.equal(gets.length, 4);
    assert.match(decodeURIComponent(gets[0]!.path), /\$filter=scopeId eq '\/' and scopeType eq 'DirectoryRole'/);
  });

  it('gets one alert with all its incidents, completing a paged list', async () => {
    await sim.control('POST', `/alerts/${alertId('StaleSignInAlert')}/incidents`, { count: 4 });
    const alert = await sim.client().getAlert(alertId('StaleSignInAlert'));
    assert.equal(alert.incidentCount, 7);
    assert.equal(alert.incidents.length, 7);
    assert.equal(new Set(alert.incidents.map((incident) => incident.id)).size, 7);
    assert.ok(alert.incidents.every((incident) => incident.alertKey === 'StaleSignInAlert'));
  });

  it('pages incidents with an opaque cursor', async () => {
    const client = sim.client();
    const id = alertId('TooManyGlobalAdminsAssignedToTenantAlert');
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.listIncidentPage(id, cursor);
      assert.ok(page.incidents.length <= 2);
      seen.push(...page.incidents.map((incident) => incident.id));
      cursor = page.nextCursor;
    } while (cursor);
    assert.equal(new Set(seen).size, 7);
    const incident = await client.getIncident(id, seen[0]!);
    assert.equal(incident.id, seen[0]);
    assert.ok(incident.assigneeDisplayName);
  });

  it('refuses a cursor from another alert or tampered, with no request', async () => {
    const client = sim.client();
    const first = await client.listIncidentPage(alertId('TooManyGlobalAdminsAssignedToTenantAlert'));
    assert.ok(first.nextCursor);
    await sim.control('DELETE', '/requests');
    await assert.rejects(client.listIncidentPage(alertId('StaleSignInAlert'), first.nextCursor), isCode('invalidInput'));
    const forged = Buffer.from(`${sim.url}/beta/identityGovernance/roleManagementAlerts/alertConfigurations`).toString('base64url');
    await assert.rejects(client.listIncidentPage(alertId('TooManyGlobalAdminsAssignedToTenantAlert'), forged), isCode('invalidInput'));
    await assert.rejects(client.listIncidentPage(alertId('TooManyGlobalAdminsAssignedToTenantAlert'), `${first.nextCursor}!`), isCode('invalidInput'));
    assert.deepEqual(await sim.requests(), []);
  });

  it('maps unknown ids to notFound', async () => {
    const client = sim.client();
    await assert.rejects(client.getAlert(alertId('NoSuchAlert')), isCode('notFound'));
    await assert.rejects(client.getIncident(alertId('StaleSignInAlert'), 'not-an-incident'), isCode('notFound'));
    await assert.rejects(client.getOperation({ operationId: `refresh:${alertId('NoSuchAlert')}` }), isCode('notFound'));
  });

  it('refuses tampered ids before any request', async () => {
    const client = sim.client();
    const stale = alertId('StaleSignInAlert');
    const attempts: Promise<unknown>[] = [
      client.getAlert('../../users'),
      client.getAlert(`${stale}/../..`),
      client.getAlert(`${stale}?$filter=x eq 1`),
      client.getAlert(`${stale}%2F..`),
      client.getAlert(`${stale}${'A'.repeat(200)}`),
      client.getIncident(stale, '../alertConfiguration'),
      client.getIncident(stale, 'a%2Fb'),
      client.getIncident(stale, 'x'.repeat(300)),
      client.remediateIncident(stale, 'x?$expand=*'),
      client.dismissAlert(''),
      client.refreshAlert('DirectoryRole_x_StaleSignInAlert'),
      client.updateAlertConfiguration('../alerts', { isEnabled: false }),
      client.getOperation({ operationId: '../alerts' }),
      client.waitForOperation({ operationId: 'refresh:../x' }),
    ];
    for (const attempt of attempts) await assert.rejects(attempt, isCode('invalidId'));
    assert.deepEqual(await sim.requests(), []);
  });
});
