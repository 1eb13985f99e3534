import { strict as assert } from 'node:assert';
import { createAccessPolicy } from '../../src/auth/create-access-policy';
import { GraphGroupMembershipChecker } from '../../src/auth/group-membership';
import { loadConfig } from '../../src/config/load-config';
import { silentLogger } from '../../src/logging/json-logger';
import { createGraphClient } from '../../src/pim/create-pim-alerts';
import { startSimulator, type RunningSimulator } from '../../src/tools/simulator/start-simulator';
import { undocumentedRequests } from './support/graph-allow-list';
import { SimulatorControl } from './support/simulator-control';

const GROUP = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const MEMBER = '22222222-2222-4222-8222-222222222222';
const STRANGER = '44444444-4444-4444-8444-444444444444';

describe('admin group membership through the real Graph client and the simulator', () => {
  let simulator: RunningSimulator;
  let control: SimulatorControl;

  before(async () => {
    simulator = await startSimulator({ port: 0 });
    control = new SimulatorControl(simulator.url);
  });
  after(async () => simulator.close());
  beforeEach(async () => {
    await control.setGroupMembers(GROUP, [MEMBER]);
    await control.clearRequests();
  });

  function policy(): ReturnType<typeof createAccessPolicy> {
    const config = loadConfig({ GRAPH_BASE_URL: simulator.url, PIM_ADMIN_GROUP_ID: GROUP, GRAPH_RETRY_BUDGET_SECONDS: '0' });
    const graph = new GraphGroupMembershipChecker(createGraphClient(config.graph, silentLogger));
    return createAccessPolicy({ access: config.access, graph, logger: silentLogger });
  }

  it('allows a transitive member and refuses others, with one documented v1.0 call each', async () => {
    const access = policy();
    assert.deepEqual(await access.check({ id: '29:m', name: 'M', aadObjectId: MEMBER }, 'write'), { allowed: true });
    assert.equal((await access.check({ id: '29:s', name: 'S', aadObjectId: STRANGER }, 'write')).allowed, false);
    assert.equal((await access.check({ id: '29:m', name: 'M', aadObjectId: MEMBER }, 'write')).allowed, true, 'cached');
    const requests = await control.requests();
    assert.deepEqual(requests.map((request) => `${request.method} ${request.path}`), [
      `POST /v1.0/users/${MEMBER}/checkMemberGroups`,
      `POST /v1.0/users/${STRANGER}/checkMemberGroups`,
    ]);
    assert.deepEqual(undocumentedRequests(requests), []);
  });

  it('sends nothing to Graph for a hostile aadObjectId', async () => {
    const access = policy();
    for (const aadObjectId of [`../../groups/${GROUP}`, `${MEMBER}%2F..`, `${MEMBER}?$filter=1`, `${MEMBER}#x`, 'ｇｕｉｄ', 'x'.repeat(10_000)]) {
      assert.equal((await access.check({ id: '29:x', name: 'X', aadObjectId }, 'write')).allowed, false);
    }
    assert.deepEqual(await control.requests(), []);
  });
});
