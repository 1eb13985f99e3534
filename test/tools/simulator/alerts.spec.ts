/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call --
   Response bodies are untyped JSON here; each one has already been validated against the OpenAPI by SimClient. */
import assert from 'node:assert/strict';
import { ROLE_ALERTS, SCOPE, SimClient, alertId } from './support/sim-client';

const ALERTS = `${ROLE_ALERTS}/alerts`;
const GLOBAL_ADMINS = alertId('TooManyGlobalAdminsAssignedToTenantAlert');

describe('simulator: alerts', () => {
  let sim: SimClient;
  before(async () => { sim = await SimClient.start({ pageSize: 3 }); });
  after(() => sim.close());

  it('lists the seven alerts across pages with absolute nextLinks and the docs context URL', async () => {
    const first = await sim.get(`${ALERTS}?${SCOPE}`);
    assert.equal(first.status, 200);
    assert.equal(first.body['@odata.context'], `${sim.url}/beta/$metadata#identityGovernance/roleManagementAlerts/alerts`);
    const ids: string[] = [];
    let page = first;
    for (let guard = 0; guard < 5; guard += 1) {
      ids.push(...(page.body.value as Array<{ id: string }>).map((alert) => alert.id));
      const next = page.body['@odata.nextLink'] as string | undefined;
      if (!next) break;
      assert.ok(next.startsWith(`${sim.url}${ALERTS}?`) && next.includes('$skiptoken='), next);
      page = await sim.get(next);
    }
    assert.equal(first.body.value.length, 3);
    assert.equal(new Set(ids).size, 7);
    assert.ok(ids.includes(GLOBAL_ADMINS));
  });

  it('answers 400 with a Graph error without the scope filter, or with another scope', async () => {
    for (const query of ['', "?$filter=scopeId eq '/'", "?$filter=scopeId eq '/x' and scopeType eq 'DirectoryRole'", '?$filter=garbage']) {
      const reply = await sim.get(`${ALERTS}${query}`);
      assert.equal(reply.status, 400, query);
      assert.equal(reply.body.error.code, 'invalidRequest');
      assert.equal(reply.body.error.innerError['request-id'], reply.headers.get('request-id'));
    }
  });

  it('tolerates case and whitespace in "and" and filters on alertConfiguration/isEnabled', async () => {
    const loose = await sim.get(`${ALERTS}?$filter=scopeType  eq 'DirectoryRole'   AND scopeId eq '/'&$top=10`);
    assert.equal(loose.status, 200);
    assert.equal(loose.body.value.length, 7);
    const disabled = await sim.get(`${ALERTS}?${SCOPE} and alertConfiguration/isEnabled eq false&$expand=*`);
    assert.deepEqual(disabled.body.value.map((a: { id: string }) => a.id), [alertId('SequentialActivationRenewalsAlert')]);
    assert.equal(disabled.body.value[0].alertConfiguration.isEnabled, false);
  });

  it('expands with * in the documented order and with comma lists in request order', async () => {
    const star = await sim.get(`${ALERTS}?${SCOPE}&$expand=*`);
    assert.match(star.body['@odata.context'], /alerts\(alertConfiguration\(\),alertDefinition\(\),alertIncidents\(\)\)$/);
    const admins = star.body.value.find((a: { id: string }) => a.id === GLOBAL_ADMINS);
    assert.equal(admins.alertIncidents.length, 7);
    assert.equal(admins.alertDefinition.displayName, 'There are too many global administrators');
    assert.equal(admins.alertConfiguration['@odata.type'], '#microsoft.graph.tooManyGlobalAdminsAssignedToTenantAlertConfiguration');
    assert.match(admins['alertIncidents@odata.context'], /alerts\('DirectoryRole_.*'\)\/alertIncidents$/);
    const list = await sim.get(`${ALERTS}?${SCOPE}&$expand=alertDefinition,alertIncidents`);
    assert.match(list.body['@odata.context'], /alerts\(alertDefinition\(\),alertIncidents\(\)\)$/);
    assert.equal(list.body.value[0].alertConfiguration, undefined);
    assert.equal((await sim.get(`${ALERTS}?${SCOPE}&$expand=bogus`)).status, 400);
  });

  it('gets one alert with $select and $expand, and the documented inactive-alert shape', async () => {
    const one = await sim.get(`${ALERTS}/${GLOBAL_ADMINS}?$select=isActive,incidentCount&$expand=alertDefinition`);
    assert.equal(one.status, 200);
    assert.match(one.body['@odata.context'], /alerts\(isActive,incidentCount,alertDefinition\(\)\)\/\$entity$/);
    assert.equal(one.body.incidentCount, 7);
    assert.equal(one.body.isActive, true);
    assert.equal(one.body.lastScannedDateTime, undefined);
    const license = await sim.get(`${ALERTS}/${alertId('InvalidLicenseAlert')}`);
    assert.equal(license.body.isActive, false);
    assert.equal(license.body.incidentCount, 0);
    assert.equal(license.body.lastModifiedDateTime, '0001-01-01T08:00:00Z');
    assert.equal((await sim.get(`${ALERTS}/${GLOBAL_ADMINS}?$select=nope`)).status, 400);
    assert.equal((await sim.get(`${ALERTS}/DirectoryRole_${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}_StaleSignInAlert`)).status, 404);
  });

  it('serves the alert navigations alertDefinition and alertConfiguration', async () => {
    const definition = await sim.get(`${ALERTS}/${GLOBAL_ADMINS}/alertDefinition`);
    assert.equal(definition.status, 200);
    assert.equal(definition.body.isRemediatable, true);
    assert.match(definition.body['@odata.context'], /alertDefinitions\/\$entity$/);
    const configuration = await sim.get(`${ALERTS}/${GLOBAL_ADMINS}/alertConfiguration`);
    assert.equal(configuration.body.globalAdminCountThreshold, 2);
    assert.equal(configuration.body.percentageOfGlobalAdminsOutOfRolesThreshold, 4);
  });
});
