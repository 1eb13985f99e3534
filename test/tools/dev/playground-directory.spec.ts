import assert from 'node:assert/strict';
import path from 'node:path';
import { loadConfig } from '../../../src/config/load-config';
import { GraphUserDirectory } from '../../../src/directory/graph-user-directory';
import { silentLogger } from '../../../src/logging/json-logger';
import { createGraphClient, createPimAlerts } from '../../../src/pim/create-pim-alerts';
import { REPO_ROOT } from '../../../src/tools/repo-paths';
import { addSelfIncident, playgroundDirectoryUsers } from '../../../src/tools/dev/playground-directory';
import { readPlaygroundUsers } from '../../../src/tools/dev/playground-user';
import { DEFAULT_TENANT_ID } from '../../../src/tools/simulator/seed/seed-state';
import { startSimulator, type RunningSimulator } from '../../../src/tools/simulator/start-simulator';

const GLOBAL_ADMINS = `DirectoryRole_${DEFAULT_TENANT_ID}_TooManyGlobalAdminsAssignedToTenantAlert`;

/** `npm run dev`: the Playground's users are simulated directory users, and its current user is a listed Global Administrator. */
describe('npm run dev: the Playground user in the simulated tenant', () => {
  const users = readPlaygroundUsers(path.join(REPO_ROOT, '.m365agentsplayground.yml'));
  let simulator: RunningSimulator;
  before(async () => {
    simulator = await startSimulator({ port: 0, directoryUsers: playgroundDirectoryUsers([users.current, ...users.others]) });
  });
  after(async () => simulator.close());

  it('the directory finds every Playground user by UPN and object id (exclude user works in the demo)', async () => {
    const config = loadConfig({ GRAPH_BASE_URL: simulator.url, GRAPH_RETRY_BUDGET_SECONDS: '0' });
    const directory = new GraphUserDirectory(createGraphClient(config.graph, silentLogger));
    for (const user of [users.current, ...users.others]) {
      assert.deepEqual(await directory.findUser({ kind: 'upn', upn: user.upn.toLowerCase() }), { id: user.aadObjectId.toLowerCase(), displayName: user.name, userPrincipalName: user.upn });
      assert.equal((await directory.findUser({ kind: 'id', id: user.aadObjectId.toLowerCase() }))?.displayName, user.name);
    }
  });

  it('lists the current user among the Global Administrators once, however often the stack starts on a kept tenant', async () => {
    const pim = createPimAlerts(loadConfig({ GRAPH_BASE_URL: simulator.url, GRAPH_RETRY_BUDGET_SECONDS: '0' }).graph, silentLogger);
    const before = (await pim.getAlert(GLOBAL_ADMINS)).incidents.length;
    await addSelfIncident(simulator.url, DEFAULT_TENANT_ID, users.current);
    await addSelfIncident(simulator.url, DEFAULT_TENANT_ID, users.current);
    const incidents = (await pim.getAlert(GLOBAL_ADMINS)).incidents;
    assert.equal(incidents.length, before + 1);
    const mine = incidents.filter((incident) => incident.assigneeId === users.current.aadObjectId.toLowerCase());
    assert.deepEqual(mine.map((incident) => [incident.assigneeDisplayName, incident.assigneeUserPrincipalName]), [[users.current.name, users.current.upn]]);
  });
});
