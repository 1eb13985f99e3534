import { strict as assert } from 'node:assert';
import { silentLogger } from '../../src/logging/json-logger';
import { createGraphClient } from '../../src/pim/create-pim-alerts';
import { graphTestConfig } from './support/graph-test-config';
import { SimulatorHarness } from './support/simulator-harness';

const USER = '11111111-2222-3333-4444-555555555555';
const GROUP = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

describe('createGraphClient', () => {
  const sim = new SimulatorHarness();
  before(() => sim.start());
  after(() => sim.stop());

  it('calls v1.0 on the configured base URL (checkMemberGroups), retrying a throttled answer', async () => {
    await sim.control('PUT', `/groups/${GROUP}/members`, { userIds: [USER] });
    await sim.fault({ match: { path: 'checkMemberGroups' }, count: 1, kind: 'throttle', retryAfterSeconds: 0 });
    const client = createGraphClient(graphTestConfig(sim.url), silentLogger);
    const answer = (await client.api(`/users/${USER}/checkMemberGroups`).version('v1.0').post({ groupIds: [GROUP] })) as { value: string[] };
    assert.deepEqual(answer.value, [GROUP]);
    const requests = await sim.requests();
    assert.deepEqual(requests.map((entry) => [entry.status, entry.path.split('?')[0]]), [
      [429, `/v1.0/users/${USER}/checkMemberGroups`], [200, `/v1.0/users/${USER}/checkMemberGroups`],
    ]);
  });
});
