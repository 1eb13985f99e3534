import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { armRefreshRef, mapArmOperationStatus } from '../../../src/pim/arm/arm-operation';
import { parseAzureAlertId, subscriptionIdOf } from '../../../src/pim/arm/azure-scope';
import { mapArmAlert } from '../../../src/pim/arm/map-arm-alert';
import { mapArmIncident } from '../../../src/pim/arm/map-arm-incident';
import { REPO_ROOT } from '../../../src/tools/repo-paths';

const EXAMPLES = path.join(REPO_ROOT, 'test/fixtures/arm/spec/specification/authorization/resource-manager/Microsoft.Authorization/Authorization/preview/2022-08-01-preview/examples');
const example = (name: string, status = '200'): Record<string, unknown> =>
  (JSON.parse(readFileSync(path.join(EXAMPLES, name), 'utf8')) as { responses: Record<string, { body: Record<string, unknown>; headers?: Record<string, string> }> }).responses[status]?.body ?? {};
const SUB = 'afa2a084-766f-4003-8ae1-c4aeb893a99f';

describe('Resource Manager mapping (Microsoft’s 2022-08-01-preview examples)', () => {
  it('maps GetAlerts: ids say their subscription, definitions, configurations and severities come through', () => {
    const alerts = (example('GetAlerts.json').value as Array<Record<string, unknown>>).map((raw) => mapArmAlert(raw, { subscriptionId: SUB, displayName: 'Prod' }));
    assert.ok(alerts.length > 0);
    for (const alert of alerts) {
      assert.equal(parseAzureAlertId(alert.id).subscriptionId, SUB);
      assert.equal(alert.scopeId, `/subscriptions/${SUB}`);
      assert.equal(alert.scopeDisplayName, 'Prod');
      assert.notEqual(alert.alertKey, null, alert.id);
      assert.ok(['medium', 'high'].includes(alert.definition?.severityLevel ?? ''), alert.id);
      assert.equal(alert.configuration?.alertKey, alert.alertKey);
    }
    const owners = alerts.find((alert) => alert.alertKey === 'TooManyOwnersAssignedToResource');
    assert.equal(typeof owners?.configuration?.settings.thresholdNumberOfOwners, 'number');
  });

  it('maps GetAlertIncidents: the incident id is its name, the assignee is named', () => {
    const [incident] = (example('GetAlertIncidents.json').value as Array<Record<string, unknown>>).map(mapArmIncident);
    assert.equal(incident?.id, '5cf9ee65-d22e-4784-8b17-3de1c3b7bdcc');
    assert.equal(incident?.alertKey, 'TooManyOwnersAssignedToResource');
    assert.equal(incident?.assigneeDisplayName, 'test-user');
    assert.equal(incident?.otherProperties.assigneeType, 'User');
  });

  it('follows the refresh Location with the api-version it names (the example says 2022-04-01-preview)', () => {
    const location = `https://management.azure.com/subscriptions/${SUB}/providers/Microsoft.Authorization/roleManagementAlertOperations/abc-123?api-version=2022-04-01-preview`;
    assert.deepEqual(armRefreshRef(SUB, location, example('RefreshAlert.json', '202')), { subscriptionId: SUB, operationName: 'abc-123', apiVersion: '2022-04-01-preview' });
    assert.equal(armRefreshRef(SUB, 'https://management.azure.com/subscriptions/x/../../etc', undefined), null);
  });

  it('reads operation statuses tolerantly (undocumented terminal values)', () => {
    assert.equal(mapArmOperationStatus('Running'), 'running');
    assert.equal(mapArmOperationStatus('notStarted'), 'notStarted');
    assert.equal(mapArmOperationStatus('SUCCEEDED'), 'succeeded');
    assert.equal(mapArmOperationStatus('Canceled'), 'failed');
  });

  it('accepts subscription scopes in three spellings and nothing else', () => {
    assert.equal(subscriptionIdOf(SUB.toUpperCase()), SUB);
    assert.equal(subscriptionIdOf(`/subscriptions/${SUB}`), SUB);
    assert.equal(subscriptionIdOf(`subscriptions/${SUB}/`), SUB);
    assert.equal(subscriptionIdOf(`/providers/Microsoft.Management/managementGroups/${SUB}`), null);
    assert.equal(subscriptionIdOf(`subscriptions/${SUB}/resourceGroups/rg`), null);
  });
});
