/* eslint-disable @typescript-eslint/no-unsafe-member-access --
   Response bodies are untyped JSON here; each one has already been validated against the OpenAPI by SimClient. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_SUBSCRIPTIONS } from '../../../src/tools/simulator/arm/arm-seed';
import { ROLE_ALERTS, SimClient, alertId } from './support/sim-client';

const STALE = alertId('StaleSignInAlert');
const NO_MFA = alertId('NoMfaOnRoleActivationAlert');
const GROUP = '11111111-2222-3333-4444-555555555555';
const USER = '0b5a9946-c07a-403d-a8ee-a75d0688528b';

describe('simulator: the tenant kept in a state file', () => {
  let dir: string;
  let stateFile: string;
  let sim: SimClient | undefined;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sim-tenant-'));
    stateFile = path.join(dir, 'tenant.json');
  });

  afterEach(async () => {
    await sim?.close();
    sim = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const alertWithoutContext = async (id: string): Promise<unknown> => {
    const alert = { ...((await sim!.get(`${ROLE_ALERTS}/alerts/${id}`)).body as Record<string, unknown>) };
    delete alert['@odata.context']; // names the port, which changes with the restart
    return alert;
  };
  const incidentIds = async (id: string): Promise<string[]> =>
    ((await sim!.get(`${ROLE_ALERTS}/alerts/${id}/alertIncidents`)).body.value as Array<{ id: string }>).map((incident) => incident.id);

  it('a restarted simulator continues the tenant: remediations, added incidents, dismissals, groups', async () => {
    sim = await SimClient.start({ stateFile });
    const [remediated] = await incidentIds(STALE);
    await sim.call('POST', `${ROLE_ALERTS}/alerts/${STALE}/alertIncidents/${remediated!}/remediate`);
    await sim.call('POST', `/_simulator/alerts/${NO_MFA}/incidents`, { count: 2 });
    await sim.call('PATCH', `${ROLE_ALERTS}/alerts/${NO_MFA}`, { isActive: false });
    await sim.call('PUT', `/_simulator/groups/${GROUP}/members`, { userIds: [USER] });
    const before = { stale: await incidentIds(STALE), noMfa: await alertWithoutContext(NO_MFA), mfaIncidents: await incidentIds(NO_MFA) };
    await sim.close();

    sim = await SimClient.start({ stateFile });
    assert.deepEqual(await incidentIds(STALE), before.stale);
    assert.equal(before.stale.includes(remediated!), false);
    assert.deepEqual(await incidentIds(NO_MFA), before.mfaIncidents);
    assert.deepEqual(await alertWithoutContext(NO_MFA), before.noMfa);
    const member = await sim.call('POST', `/v1.0/users/${USER}/checkMemberGroups`, { groupIds: [GROUP] });
    assert.deepEqual(member.body.value, [GROUP]);
  });

  it('a restarted simulator continues the Azure subscriptions\' alerts too (npm run dev announced the reseeded ones as rises)', async () => {
    const auth = `/subscriptions/${DEMO_SUBSCRIPTIONS[0]?.subscriptionId ?? ''}/providers/Microsoft.Authorization/roleManagementAlerts`;
    const arm = async (method: string, path: string, body?: unknown): Promise<{ value?: Array<{ name: string }>; properties?: Record<string, unknown> }> => {
      const response = await fetch(`${sim!.url}${path}${path.includes('?') ? '&' : '?'}api-version=2022-08-01-preview`, {
        method, headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      assert.ok(response.ok, `${method} ${path}: ${response.status}`);
      const text = await response.text();
      return text === '' ? {} : JSON.parse(text) as { value?: Array<{ name: string }> };
    };
    const owners = async (): Promise<string[]> => ((await arm('GET', `${auth}/TooManyOwnersAssignedToResource/alertIncidents`)).value ?? []).map((incident) => incident.name);
    sim = await SimClient.start({ stateFile });
    const [remediated] = await owners();
    await arm('POST', `${auth}/TooManyOwnersAssignedToResource/alertIncidents/${remediated!}/remediate`);
    await arm('PATCH', `${auth}/DuplicateRoleCreated`, { properties: { isActive: false } });
    const before = { owners: await owners(), duplicate: await arm('GET', `${auth}/DuplicateRoleCreated`) };
    await sim.close();

    sim = await SimClient.start({ stateFile });
    assert.deepEqual(await owners(), before.owners);
    assert.equal(before.owners.includes(remediated!), false);
    assert.deepEqual((await arm('GET', `${auth}/DuplicateRoleCreated`)).properties, before.duplicate.properties);
  });

  it('without a state file every start is the seed', async () => {
    sim = await SimClient.start();
    const [remediated] = await incidentIds(STALE);
    await sim.call('POST', `${ROLE_ALERTS}/alerts/${STALE}/alertIncidents/${remediated!}/remediate`);
    await sim.close();
    sim = await SimClient.start();
    assert.equal((await incidentIds(STALE)).includes(remediated!), true);
  });

  it('an unreadable file or another tenant\'s file starts from the seed and is then replaced', async () => {
    writeFileSync(stateFile, '{ not json');
    sim = await SimClient.start({ stateFile });
    assert.equal((await incidentIds(STALE)).length, 3);
    await sim.call('POST', `/_simulator/alerts/${NO_MFA}/incidents`, { count: 1 });
    assert.equal((JSON.parse(readFileSync(stateFile, 'utf8')) as { version: number }).version, 1);
    await sim.close();
    sim = await SimClient.start({ stateFile, tenantId: '22222222-3333-4444-5555-666666666666' });
    const other = alertId('NoMfaOnRoleActivationAlert').replace('3b0e753b-22fa-4c16-9bf2-470b80be80d6', '22222222-3333-4444-5555-666666666666');
    assert.equal((await sim.get(`${ROLE_ALERTS}/alerts/${other}`)).body.incidentCount, 0);
  });
});
