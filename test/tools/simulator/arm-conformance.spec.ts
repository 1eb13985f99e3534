import { strict as assert } from 'node:assert';
import { DEMO_SUBSCRIPTIONS } from '../../../src/tools/simulator/arm/arm-seed';
import { startSimulator, type RunningSimulator } from '../../../src/tools/simulator/start-simulator';
import { armConformanceErrors, armExamples } from './support/arm-conformance';

const SUB = DEMO_SUBSCRIPTIONS[0]?.subscriptionId ?? '';
const V = 'api-version=2022-08-01-preview';
const AUTH = `/subscriptions/${SUB}/providers/Microsoft.Authorization`;

describe('simulator: Resource Manager answers conform to the vendored OpenAPI (2022-08-01-preview)', () => {
  let sim: RunningSimulator;
  before(async () => { sim = await startSimulator({ port: 0, pageSize: 2, operationDurationMs: 50 }); });
  after(() => sim.close());

  async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown; headers: Headers }> {
    const response = await fetch(`${sim.url}${path}`, { method, headers: { 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined, headers: response.headers };
  }

  async function conformant(method: string, path: string, body?: unknown, expected?: number): Promise<{ status: number; body: unknown; headers: Headers }> {
    const answer = await call(method, path, body);
    if (expected !== undefined) assert.equal(answer.status, expected, `${method} ${path}: ${JSON.stringify(answer.body)}`);
    assert.deepEqual(armConformanceErrors(method, path.split('?')[0] ?? '', answer.status, answer.body), [], `${method} ${path}`);
    return answer;
  }

  it('the conformance check itself accepts Microsoft’s examples and rejects a broken incident', () => {
    const examples = armExamples();
    assert.equal(examples.length >= 14, true);
    for (const example of examples) {
      const path = `/subscriptions/${SUB}${example.template.replace('/{scope}', '').replace(/\{[^}]+\}/g, 'X')}`;
      assert.deepEqual(armConformanceErrors(example.method, path, example.status, example.body), [], example.file);
    }
    const broken = { value: [{ name: 'a', properties: { alertIncidentType: 'TooManyOwnersAssignedToResourceAlertIncident', assigneeName: 7 } }] };
    assert.notDeepEqual(armConformanceErrors('GET', `${AUTH}/roleManagementAlerts/X/alertIncidents`, 200, broken), []);
    assert.notDeepEqual(armConformanceErrors('GET', `${AUTH}/roleManagementAlerts`, 200, { value: [{ properties: { isActive: 'yes' } }] }), []);
  });

  it('every read: alerts, one alert, incidents (all pages), one incident, definitions, configurations', async () => {
    const list = await conformant('GET', `${AUTH}/roleManagementAlerts?${V}`, undefined, 200);
    let next = (list.body as { nextLink?: string }).nextLink;
    while (next) {
      const url = new URL(next);
      const page = await conformant('GET', `${url.pathname}${url.search}`, undefined, 200);
      next = (page.body as { nextLink?: string }).nextLink;
    }
    await conformant('GET', `${AUTH}/roleManagementAlerts/TooManyOwnersAssignedToResource?${V}`, undefined, 200);
    const incidents = await conformant('GET', `${AUTH}/roleManagementAlerts/TooManyOwnersAssignedToResource/alertIncidents?${V}`, undefined, 200);
    const first = (incidents.body as { value: Array<{ name: string }> }).value[0]?.name ?? '';
    await conformant('GET', `${AUTH}/roleManagementAlerts/TooManyOwnersAssignedToResource/alertIncidents/${first}?${V}`, undefined, 200);
    await conformant('GET', `${AUTH}/roleManagementAlerts/AzureRolesAssignedOutsidePimAlert/alertIncidents?${V}`, undefined, 200);
    await conformant('GET', `${AUTH}/roleManagementAlerts/DuplicateRoleCreated/alertIncidents?${V}`, undefined, 200);
    await conformant('GET', `${AUTH}/roleManagementAlertDefinitions?${V}`, undefined, 200);
    await conformant('GET', `${AUTH}/roleManagementAlertDefinitions/DuplicateRoleCreated?${V}`, undefined, 200);
    await conformant('GET', `${AUTH}/roleManagementAlertConfigurations?${V}`, undefined, 200);
    await conformant('GET', `${AUTH}/roleManagementAlertConfigurations/TooManyPermanentOwnersAssignedToResource?${V}`, undefined, 200);
  });

  it('every write: dismiss, configuration update, remediate (204), refresh and refresh-all (202 + Location), the operation', async () => {
    await conformant('PATCH', `${AUTH}/roleManagementAlerts/DuplicateRoleCreated?${V}`, { properties: { isActive: false } }, 204);
    await conformant('PATCH', `${AUTH}/roleManagementAlertConfigurations/TooManyOwnersAssignedToResource?${V}`,
      { properties: { alertConfigurationType: 'TooManyOwnersAssignedToResourceAlertConfiguration', thresholdNumberOfOwners: 4 } }, 204);
    const incidents = await call('GET', `${AUTH}/roleManagementAlerts/AzureRolesAssignedOutsidePimAlert/alertIncidents?${V}`);
    const first = (incidents.body as { value: Array<{ name: string }> }).value[0]?.name ?? '';
    await conformant('POST', `${AUTH}/roleManagementAlerts/AzureRolesAssignedOutsidePimAlert/alertIncidents/${first}/remediate?${V}`, undefined, 204);
    const refresh = await conformant('POST', `${AUTH}/roleManagementAlerts/DuplicateRoleCreated/refresh?${V}`, undefined, 202);
    await conformant('POST', `${AUTH}/roleManagementAlerts/refresh?${V}`, undefined, 202);
    const location = new URL(refresh.headers.get('Location') ?? '');
    assert.match(location.pathname, /\/roleManagementAlertOperations\/[^/]+$/);
    await conformant('GET', `${location.pathname}${location.search}`, undefined, 200);
  });

  it('errors are CloudError bodies: unknown alert, bad body, missing or wrong api-version', async () => {
    await conformant('GET', `${AUTH}/roleManagementAlerts/NoSuchAlert?${V}`, undefined, 404);
    await conformant('PATCH', `${AUTH}/roleManagementAlerts/DuplicateRoleCreated?${V}`, { properties: { isActive: 'no' } }, 400);
    await conformant('PATCH', `${AUTH}/roleManagementAlertConfigurations/TooManyOwnersAssignedToResource?${V}`,
      { properties: { alertConfigurationType: 'DuplicateRoleCreatedAlertConfiguration' } }, 400);
    await conformant('GET', `${AUTH}/roleManagementAlerts`, undefined, 400);
    await conformant('GET', `${AUTH}/roleManagementAlerts?api-version=2021-01-01`, undefined, 400);
  });
});
