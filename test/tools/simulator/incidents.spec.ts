/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument --
   Response bodies are untyped JSON here; each one has already been validated against the OpenAPI by SimClient. */
import assert from 'node:assert/strict';
import { ROLE_ALERTS, SimClient, alertId } from './support/sim-client';

const GLOBAL_ADMINS = alertId('TooManyGlobalAdminsAssignedToTenantAlert');
const incidentsOf = (id: string): string => `${ROLE_ALERTS}/alerts/${id}/alertIncidents`;

describe('simulator: incidents and remediation', () => {
  let sim: SimClient;
  beforeEach(async () => { sim = await SimClient.start({ pageSize: 4 }); });
  afterEach(() => sim.close());

  it('pages incidents at the page size, honours $top and keeps it in the nextLink', async () => {
    const first = await sim.get(incidentsOf(GLOBAL_ADMINS));
    assert.equal(first.body.value.length, 4);
    const second = await sim.get(first.body['@odata.nextLink'] as string);
    assert.equal(second.body.value.length, 3);
    assert.equal(second.body['@odata.nextLink'], undefined);
    const top = await sim.get(`${incidentsOf(GLOBAL_ADMINS)}?$top=5`);
    assert.equal(top.body.value.length, 5);
    assert.match(top.body['@odata.nextLink'] as string, /\$top=5/);
    assert.equal(first.body.value[0].id, first.body.value[0].assigneeId);
    assert.equal((await sim.get(`${incidentsOf(GLOBAL_ADMINS)}?$top=-1`)).status, 400);
    assert.equal((await sim.get(`${incidentsOf(GLOBAL_ADMINS)}?$skiptoken=forged`)).status, 400);
  });

  it('gets one incident and answers 404 for unknown alert or incident ids', async () => {
    const list = await sim.get(incidentsOf(GLOBAL_ADMINS));
    const id = list.body.value[1].id as string;
    const one = await sim.get(`${incidentsOf(GLOBAL_ADMINS)}/${id}`);
    assert.equal(one.status, 200);
    assert.equal(one.body['@odata.type'], '#microsoft.graph.tooManyGlobalAdminsAssignedToTenantAlertIncident');
    assert.equal((await sim.get(`${incidentsOf(GLOBAL_ADMINS)}/nope`)).status, 404);
    assert.equal((await sim.get(incidentsOf('DirectoryRole_nope'))).status, 404);
  });

  it('remediates: 200 without a body, the incident disappears and the count drops', async () => {
    const stale = alertId('StaleSignInAlert');
    const ids = ((await sim.get(incidentsOf(stale))).body.value as Array<{ id: string }>).map((i) => i.id);
    assert.equal(ids.length, 3);
    for (const [index, id] of ids.entries()) {
      const reply = await sim.call('POST', `${incidentsOf(stale)}/${id}/remediate`);
      assert.equal(reply.status, 200);
      assert.equal(reply.body, undefined);
      const alert = await sim.get(`${ROLE_ALERTS}/alerts/${stale}`);
      assert.equal(alert.body.incidentCount, 2 - index);
    }
    const after = await sim.get(`${ROLE_ALERTS}/alerts/${stale}`);
    assert.equal(after.body.isActive, false);
    assert.equal(after.body.lastModifiedDateTime, '0001-01-01T08:00:00Z');
    assert.equal((await sim.call('POST', `${incidentsOf(stale)}/${ids[0]}/remediate`)).status, 404);
  });

  it('answers 400 when the alert type is not remediatable and 404 for unknown ids', async () => {
    const renewals = alertId('SequentialActivationRenewalsAlert');
    const added = await sim.call('POST', `/_simulator/alerts/${renewals}/incidents`, { count: 1 });
    const incidentId = added.body.value[0].id as string;
    const reply = await sim.call('POST', `${incidentsOf(renewals)}/${incidentId}/remediate`);
    assert.equal(reply.status, 400);
    assert.match(reply.body.error.message, /isRemediatable/);
    assert.equal((await sim.get(`${ROLE_ALERTS}/alerts/${renewals}`)).body.incidentCount, 1);
    assert.equal((await sim.call('POST', `${incidentsOf('DirectoryRole_x')}/a/remediate`)).status, 404);
  });
});
