/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call --
   Response bodies are untyped JSON here; each one has already been validated against the OpenAPI by SimClient. */
import assert from 'node:assert/strict';
import { ROLE_ALERTS, SimClient, alertId } from './support/sim-client';

const NO_MFA = alertId('NoMfaOnRoleActivationAlert');
const ADMINS = alertId('TooManyGlobalAdminsAssignedToTenantAlert');
const USER = '0b5a9946-c07a-403d-a8ee-a75d0688528b';
const GROUP = '11111111-2222-3333-4444-555555555555';
const OUTER = '66666666-7777-8888-9999-000000000000';

describe('simulator: control API and groups', () => {
  let sim: SimClient;
  beforeEach(async () => { sim = await SimClient.start(); });
  afterEach(() => sim.close());

  it('adds generated and explicit incidents (201), activating the alert, and deletes one', async () => {
    const generated = await sim.call('POST', `/_simulator/alerts/${NO_MFA}/incidents`, { count: 3 });
    assert.equal(generated.status, 201);
    assert.equal(generated.body.value.length, 3);
    const explicit = await sim.call('POST', `/_simulator/alerts/${ADMINS}/incidents`, {
      assigneeId: '19916803-2f4c-499a-a322-d0f1009c7ddc', assigneeDisplayName: 'Ed Eve', assigneeUserPrincipalName: 'ed@contoso.onmicrosoft.com',
    });
    assert.equal(explicit.body.value[0].id, '19916803-2f4c-499a-a322-d0f1009c7ddc');
    const alert = (await sim.get(`${ROLE_ALERTS}/alerts/${NO_MFA}`)).body;
    assert.equal(alert.isActive, true);
    assert.equal(alert.incidentCount, 3);
    assert.notEqual(alert.lastModifiedDateTime, '0001-01-01T08:00:00Z');
    assert.equal((await sim.get(`${ROLE_ALERTS}/alerts/${ADMINS}`)).body.incidentCount, 8);
    const removed = await sim.call('DELETE', `/_simulator/alerts/${ADMINS}/incidents/19916803-2f4c-499a-a322-d0f1009c7ddc`);
    assert.equal(removed.status, 204);
    assert.equal((await sim.get(`${ROLE_ALERTS}/alerts/${ADMINS}`)).body.incidentCount, 7);
  });

  it('a changed incident set moves lastModifiedDateTime together with lastScannedDateTime (one removed, one added: same count)', async () => {
    const before = (await sim.get(`${ROLE_ALERTS}/alerts/${ADMINS}`)).body;
    const existing = (await sim.get(`${ROLE_ALERTS}/alerts/${ADMINS}/alertIncidents`)).body.value[0].id as string;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await sim.call('DELETE', `/_simulator/alerts/${ADMINS}/incidents/${existing}`);
    await sim.call('POST', `/_simulator/alerts/${ADMINS}/incidents`, { count: 1 });
    const after = (await sim.get(`${ROLE_ALERTS}/alerts/${ADMINS}`)).body;
    assert.equal(after.incidentCount, before.incidentCount);
    assert.notEqual(after.lastModifiedDateTime, before.lastModifiedDateTime, 'the cheap signal a watcher can list');
    assert.equal(after.lastModifiedDateTime, after.lastScannedDateTime, 'equal for an alert with incidents, as in the samples of https://learn.microsoft.com/graph/how-to-pim-alerts');
  });

  it('rejects bad incident bodies (400) and duplicate ids (409)', async () => {
    for (const body of [{ count: 0 }, { count: 'x' }, { roleName: 'x' }, { assigneeId: 5 }, { id: 'a b' }]) {
      assert.equal((await sim.call('POST', `/_simulator/alerts/${ADMINS}/incidents`, body)).status, 400, JSON.stringify(body));
    }
    const existing = (await sim.get(`${ROLE_ALERTS}/alerts/${ADMINS}/alertIncidents`)).body.value[0].id as string;
    assert.equal((await sim.call('POST', `/_simulator/alerts/${ADMINS}/incidents`, { id: existing })).status, 409);
  });

  it('sets isActive, resets to the seed and logs Graph requests', async () => {
    const patched = await sim.call('PATCH', `/_simulator/alerts/${ADMINS}`, { isActive: false });
    assert.equal(patched.body.isActive, false);
    await sim.call('POST', `/_simulator/alerts/${ADMINS}/incidents`, { count: 2 });
    await sim.call('DELETE', '/_simulator/requests');
    await sim.call('GET', `${ROLE_ALERTS}/alerts/${ADMINS}`, undefined, { 'client-request-id': 'abc-123' });
    const log = await sim.get('/_simulator/requests');
    assert.deepEqual(log.body.value.map((e: { method: string; path: string; status: number }) => [e.method, e.path, e.status]),
      [['GET', `${ROLE_ALERTS}/alerts/${ADMINS}`, 200]]);
    assert.equal(log.body.value[0].clientRequestId, 'abc-123');
    assert.equal((await sim.call('POST', '/_simulator/reset')).status, 200);
    const alert = (await sim.get(`${ROLE_ALERTS}/alerts/${ADMINS}`)).body;
    assert.equal(alert.incidentCount, 7);
    assert.equal(alert.isActive, true);
  });

  it('answers checkMemberGroups from memberships, transitively, under v1.0 and beta', async () => {
    assert.equal((await sim.call('PUT', `/_simulator/groups/${GROUP}/members`, { userIds: [USER] })).status, 200);
    await sim.call('PUT', `/_simulator/groups/${OUTER}/members`, { userIds: [GROUP] });
    for (const version of ['v1.0', 'beta']) {
      const reply = await sim.call('POST', `/${version}/users/${USER}/checkMemberGroups`, { groupIds: [GROUP, OUTER, 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'] });
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.body.value, [GROUP, OUTER]);
    }
    const other = await sim.call('POST', `/v1.0/users/${GROUP}/checkMemberGroups`, { groupIds: [OUTER] });
    assert.deepEqual(other.body.value, [OUTER]);
    assert.equal((await sim.call('POST', '/v1.0/users/not-a-guid/checkMemberGroups', { groupIds: [GROUP] })).status, 400);
    assert.equal((await sim.call('POST', `/v1.0/users/${USER}/checkMemberGroups`, { groupIds: ['x'] })).status, 400);
    assert.equal((await sim.call('PUT', `/_simulator/groups/${GROUP}/members`, { userIds: ['x'] })).status, 400);
  });
});
