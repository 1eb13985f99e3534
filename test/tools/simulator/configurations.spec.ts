/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument --
   Response bodies are untyped JSON here; each one has already been validated against the OpenAPI by SimClient. */
import assert from 'node:assert/strict';
import { ROLE_ALERTS, SCOPE, SimClient, alertId } from './support/sim-client';

const CONFIGS = `${ROLE_ALERTS}/alertConfigurations`;
const ADMINS = alertId('TooManyGlobalAdminsAssignedToTenantAlert');
const ADMINS_TYPE = '#microsoft.graph.tooManyGlobalAdminsAssignedToTenantAlertConfiguration';
const STALE = alertId('StaleSignInAlert');
const STALE_TYPE = '#microsoft.graph.staleSignInAlertConfiguration';

describe('simulator: definitions and configurations', () => {
  let sim: SimClient;
  beforeEach(async () => { sim = await SimClient.start(); });
  afterEach(() => sim.close());

  it('lists definitions and configurations only with the scope filter', async () => {
    assert.equal((await sim.get(`${ROLE_ALERTS}/alertDefinitions`)).status, 400);
    assert.equal((await sim.get(CONFIGS)).status, 400);
    const definitions = await sim.get(`${ROLE_ALERTS}/alertDefinitions?${SCOPE}`);
    assert.equal(definitions.body.value.length, 7);
    assert.match(definitions.body['@odata.context'], /#identityGovernance\/roleManagementAlerts\/alertDefinitions$/);
    const configs = await sim.get(`${CONFIGS}?${SCOPE}&$expand=alertDefinition`);
    assert.equal(configs.body.value.length, 7);
    assert.match(configs.body['@odata.context'], /alertConfigurations\(alertDefinition\(\)\)$/);
    assert.equal(typeof configs.body.value[0].alertDefinition.displayName, 'string');
  });

  it('gets a definition, a configuration and the configuration\'s definition', async () => {
    const definition = await sim.get(`${ROLE_ALERTS}/alertDefinitions/${alertId('InvalidLicenseAlert')}`);
    assert.equal(definition.body.severityLevel, 'high');
    assert.equal(definition.body.isRemediatable, false);
    const config = await sim.get(`${CONFIGS}/${alertId('SequentialActivationRenewalsAlert')}`);
    assert.equal(config.body.timeIntervalBetweenActivations, 'PT10S');
    assert.equal(config.body.sequentialActivationCounterThreshold, 3);
    const nav = await sim.get(`${CONFIGS}/${STALE}/alertDefinition`);
    assert.equal(nav.body.displayName, 'Potential stale accounts in a privileged role');
    assert.equal((await sim.get(`${ROLE_ALERTS}/alertDefinitions/nope`)).status, 404);
  });

  it('updates a configuration with the matching @odata.type → 204 and the change is visible', async () => {
    const body = { '@odata.type': ADMINS_TYPE, isEnabled: true, globalAdminCountThreshold: 4, percentageOfGlobalAdminsOutOfRolesThreshold: 10 };
    const reply = await sim.call('PATCH', `${CONFIGS}/${ADMINS}`, body);
    assert.equal(reply.status, 204);
    const config = await sim.get(`${CONFIGS}/${ADMINS}`);
    assert.equal(config.body.globalAdminCountThreshold, 4);
    assert.equal(config.body.percentageOfGlobalAdminsOutOfRolesThreshold, 10);
    assert.equal((await sim.call('PATCH', `${CONFIGS}/${STALE}`, { '@odata.type': STALE_TYPE, duration: 'P90D' })).status, 204);
    assert.equal((await sim.get(`${CONFIGS}/${STALE}`)).body.duration, 'P90D');
  });

  it('rejects wrong or missing @odata.type, bad types, out-of-range values and foreign settings with 400', async () => {
    const cases: Array<[string, unknown]> = [
      [ADMINS, { isEnabled: false }],
      [ADMINS, { '@odata.type': STALE_TYPE, isEnabled: false }],
      [ADMINS, { '@odata.type': ADMINS_TYPE, isEnabled: 'true' }],
      [ADMINS, { '@odata.type': ADMINS_TYPE, globalAdminCountThreshold: 1 }],
      [ADMINS, { '@odata.type': ADMINS_TYPE, globalAdminCountThreshold: 4.5 }],
      [ADMINS, { '@odata.type': ADMINS_TYPE, percentageOfGlobalAdminsOutOfRolesThreshold: 101 }],
      [ADMINS, { '@odata.type': ADMINS_TYPE, duration: 'P30D' }],
      [ADMINS, { '@odata.type': ADMINS_TYPE, colour: 'blue' }],
      [ADMINS, { '@odata.type': ADMINS_TYPE, scopeId: '/x' }],
      [STALE, { '@odata.type': STALE_TYPE, duration: 'P0D' }],
      [STALE, { '@odata.type': STALE_TYPE, duration: '30 days' }],
      [STALE, { '@odata.type': STALE_TYPE, duration: 'PT36H' }],
      [alertId('InvalidLicenseAlert'), { '@odata.type': '#microsoft.graph.invalidLicenseAlertConfiguration', duration: 'P1D' }],
    ];
    for (const [id, body] of cases) {
      const reply = await sim.call('PATCH', `${CONFIGS}/${id}`, body);
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.equal(typeof reply.body.error.message, 'string');
    }
    assert.equal((await sim.get(`${CONFIGS}/${ADMINS}`)).body.globalAdminCountThreshold, 2);
  });
});
