import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config/load-config';
import { GraphUserDirectory } from '../../src/directory/graph-user-directory';
import { parseUserKey, type UserKey } from '../../src/directory/user-key';
import { isAppError } from '../../src/errors/app-error';
import { silentLogger } from '../../src/logging/json-logger';
import { createGraphClient } from '../../src/pim/create-pim-alerts';
import { startSimulator, type RunningSimulator } from '../../src/tools/simulator/start-simulator';
import { SimulatorControl } from '../security/support/simulator-control';

const key = (raw: string): UserKey => {
  const parsed = parseUserKey(raw);
  if (!parsed) throw new Error(`not a user key: ${raw}`);
  return parsed;
};

/** The real Graph client against the simulator's directory: the URL forms, encodings and failures of GET /users/{id | upn}. */
describe('GraphUserDirectory (Graph client → simulator)', function () {
  this.timeout(10_000);
  let simulator: RunningSimulator;
  let control: SimulatorControl;
  let directory: GraphUserDirectory;

  before(async () => {
    simulator = await startSimulator({ port: 0 });
    control = new SimulatorControl(simulator.url);
    const config = loadConfig({ GRAPH_BASE_URL: simulator.url, GRAPH_RETRY_BUDGET_SECONDS: '0', GRAPH_TIMEOUT_SECONDS: '1' });
    directory = new GraphUserDirectory(createGraphClient(config.graph, silentLogger));
  });
  after(async () => simulator.close());
  beforeEach(async () => {
    await control.reset();
    await control.clearRequests();
  });

  it('finds users by object id and by UPN (guest #EXT#, apostrophe, leading $), asking v1.0 for three properties', async () => {
    const found = await Promise.all(['0B5A9946-C07A-403D-A8EE-A75D0688528B', 'alexw@contoso.onmicrosoft.com', 'ravi_fabrikam.com#EXT#@contoso.onmicrosoft.com',
      "sean.o'brien@contoso.onmicrosoft.com", '$breakglass@contoso.onmicrosoft.com'].map((raw) => directory.findUser(key(raw))));
    assert.deepEqual(found.map((user) => user?.displayName), ['Alex Wilber', 'Alex Wilber', 'Ravi Kumar (Fabrikam)', "Sean O'Brien", 'Break Glass (legacy)']);
    assert.deepEqual(found[2], { id: '3c1e8a52-6a0b-4f4e-9d3a-0f6a1b2c3d4e', displayName: 'Ravi Kumar (Fabrikam)', userPrincipalName: 'ravi_fabrikam.com#EXT#@contoso.onmicrosoft.com' });
    const paths = (await control.requests()).map((request) => `${request.method} ${request.path} ${request.status}`).sort();
    const select = '?$select=id,displayName,userPrincipalName 200';
    assert.deepEqual(paths, [
      `GET /v1.0/users('$breakglass@contoso.onmicrosoft.com')${select}`,
      `GET /v1.0/users/0b5a9946-c07a-403d-a8ee-a75d0688528b${select}`,
      `GET /v1.0/users/alexw@contoso.onmicrosoft.com${select}`,
      `GET /v1.0/users/ravi_fabrikam.com%23ext%23@contoso.onmicrosoft.com${select}`,
      `GET /v1.0/users/sean.o'brien@contoso.onmicrosoft.com${select}`,
    ]);
  });

  it("answers undefined for Graph's 404 Request_ResourceNotFound, and throws for any other 404", async () => {
    assert.equal(await directory.findUser(key('nobody@contoso.onmicrosoft.com')), undefined);
    assert.equal(await directory.findUser(key('99999999-9999-4999-8999-999999999999')), undefined);
    await control.fault({ kind: 'status', status: 404, match: { path: '/v1.0/users/' } });
    await assert.rejects(directory.findUser(key('alexw@contoso.onmicrosoft.com')), (error: unknown) => isAppError(error) && error.code === 'notFound' && error.details.graphCode === 'itemNotFound');
  });

  it('throws readable AppErrors when it cannot tell: 403 (permission), 401, 503, a timeout', async () => {
    const cases: ReadonlyArray<readonly [Record<string, unknown>, string]> = [
      [{ kind: 'status', status: 403 }, 'graphForbidden'],
      [{ kind: 'status', status: 401 }, 'graphForbidden'],
      [{ kind: 'unavailable' }, 'graphUnavailable'],
      [{ kind: 'slow', delayMs: 1500 }, 'timeout'],
    ];
    for (const [fault, code] of cases) {
      await control.fault({ ...fault, match: { method: 'GET', path: '/v1.0/users/' } });
      await assert.rejects(directory.findUser(key('alexw@contoso.onmicrosoft.com')), (error: unknown) => isAppError(error) && error.code === code, code);
    }
  });
});
