/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-assignment --
   Response bodies are untyped JSON here; each one has already been validated against the OpenAPI by SimClient. */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { conformanceErrors } from './support/openapi-conformance';
import { ROLE_ALERTS, SimClient, alertId } from './support/sim-client';

const STALE = alertId('StaleSignInAlert');
const alertUrl = (id: string): string => `${ROLE_ALERTS}/alerts/${id}`;

describe('simulator: dismiss and refresh', () => {
  let sim: SimClient;
  beforeEach(async () => { sim = await SimClient.start({ operationDurationMs: 400 }); });
  afterEach(() => sim.close());

  it('dismisses with exactly {"isActive": false} → 204, and rejects any other body with 400', async () => {
    const reply = await sim.call('PATCH', alertUrl(STALE), { isActive: false });
    assert.equal(reply.status, 204);
    assert.equal(reply.body, undefined);
    const alert = await sim.get(alertUrl(STALE));
    assert.equal(alert.body.isActive, false);
    assert.equal(alert.body.incidentCount, 3);
    for (const body of [{}, { isActive: 'false' }, { isActive: false, incidentCount: 0 }, [], 'null']) {
      assert.equal((await sim.call('PATCH', alertUrl(STALE), body)).status, 400, JSON.stringify(body));
    }
    assert.equal((await sim.call('PATCH', alertUrl(STALE), { isActive: true })).status, 204);
    assert.equal((await sim.get(alertUrl(STALE))).body.isActive, true);
  });

  it('refreshes one alert: 202 + Location, notStarted → running → succeeded, dismissed alert active again', async () => {
    await sim.close();
    sim = await SimClient.start({ operationDurationMs: 1500 });
    // Compile the operation validators first, so the polling below is not slowed past the short states.
    conformanceErrors('GET', '/identityGovernance/roleManagementAlerts/operations/x', 200,
      { '@odata.type': '#microsoft.graph.longRunningOperation', id: 'x' });
    await sim.call('PATCH', alertUrl(STALE), { isActive: false });
    const before = (await sim.get(alertUrl(STALE))).body.lastScannedDateTime as string;
    const reply = await sim.call('POST', `${alertUrl(STALE)}/refresh`);
    assert.equal(reply.status, 202);
    const location = reply.headers.get('location') ?? '';
    assert.equal(location, `${sim.url}${ROLE_ALERTS}/operations/refresh:${STALE}`);
    const statuses: string[] = [];
    let operation = await sim.get(location);
    assert.match(operation.body['@odata.context'], /operations\/\$entity$/);
    while (operation.body.status !== 'succeeded' && statuses.length < 200) {
      statuses.push(operation.body.status as string);
      assert.equal(operation.body.resourceLocation, '');
      await sleep(20);
      operation = await sim.get(location);
    }
    assert.equal(statuses[0], 'notStarted');
    assert.ok(statuses.includes('running'), statuses.join());
    assert.equal(operation.body.resourceLocation, `${sim.url}${alertUrl(STALE)}`);
    const after = (await sim.get(alertUrl(STALE))).body;
    assert.equal(after.isActive, true);
    assert.ok(Date.parse(after.lastScannedDateTime as string) > Date.parse(before));
  });

  it('refreshes all alerts with the validated scope body and a GUID operation id', async () => {
    for (const body of [undefined, {}, { scopeId: '/', scopeType: 'Group' }, { scopeId: '/', scopeType: 'DirectoryRole', x: 1 }]) {
      assert.equal((await sim.call('POST', `${ROLE_ALERTS}/alerts/refresh`, body)).status, 400, JSON.stringify(body));
    }
    const reply = await sim.call('POST', `${ROLE_ALERTS}/alerts/refresh`, { scopeId: '/', scopeType: 'DirectoryRole' });
    assert.equal(reply.status, 202);
    const location = reply.headers.get('location') ?? '';
    assert.match(location, /\/operations\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    await sleep(450);
    const operation = await sim.get(location);
    assert.equal(operation.body.status, 'succeeded');
    assert.equal(operation.body.resourceLocation, `${sim.url}${ROLE_ALERTS}/alerts`);
  });

  it('ends the operation failed when a failOperation fault is armed, and 404s unknown operations', async () => {
    await sim.call('POST', '/_simulator/faults', { kind: 'failOperation', count: 1 });
    await sim.call('PATCH', alertUrl(STALE), { isActive: false });
    const location = (await sim.call('POST', `${alertUrl(STALE)}/refresh`)).headers.get('location') ?? '';
    await sleep(450);
    const operation = await sim.get(location);
    assert.equal(operation.body.status, 'failed');
    assert.equal(operation.body.resourceLocation, '');
    assert.notEqual(operation.body.statusDetail, '');
    assert.equal((await sim.get(alertUrl(STALE))).body.isActive, false);
    assert.equal((await sim.get(`${ROLE_ALERTS}/operations/refresh:nope`)).status, 404);
  });
});
