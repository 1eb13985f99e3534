import { strict as assert } from 'node:assert';
import { AppError } from '../../../src/errors/app-error';
import { silentLogger } from '../../../src/logging/json-logger';
import { createPimAlerts } from '../../../src/pim/create-pim-alerts';
import { graphTestConfig } from '../support/graph-test-config';
import { ScriptedGraphServer, type ScriptedAnswer } from '../support/scripted-graph-server';
import { alertId } from '../support/simulator-harness';

const ROOT = '/beta/identityGovernance/roleManagementAlerts';
const STALE = alertId('StaleSignInAlert');

function script(method: string, path: string): ScriptedAnswer {
  if (method === 'POST' && path.endsWith('/refresh')) return { status: 204 };
  if (method === 'PATCH' && path === `${ROOT}/alerts/${STALE}`) return { status: 200, body: { id: STALE, isActive: false } };
  if (method === 'POST' && path.endsWith('/remediate')) return { status: 204 };
  if (method === 'GET' && path === `${ROOT}/alerts`) {
    return { status: 200, body: { value: [{ id: STALE, severity: 'x' }], '@odata.nextLink': 'https://evil.example/beta/identityGovernance/roleManagementAlerts/alerts?$skiptoken=1' } };
  }
  if (method === 'GET' && path === `${ROOT}/alerts/${STALE}`) {
    return { status: 200, body: { id: STALE, incidentCount: 3, alertIncidents: [{ id: 'a' }], 'alertIncidents@odata.nextLink': 'x' } };
  }
  if (method === 'GET' && path === `${ROOT}/alerts/${STALE}/alertIncidents`) return { status: 200, body: { value: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] } };
  return { status: 404, body: { error: { code: 'NotFound', message: 'nothing here' } } };
}

describe('GraphPimAlerts accepts every documented variant', () => {
  const server = new ScriptedGraphServer(script);
  before(() => server.start());
  after(() => server.stop());

  const client = (): ReturnType<typeof createPimAlerts> => createPimAlerts(graphTestConfig(server.url), silentLogger);

  it('treats a refresh answered 204 without Location as already complete, without polling', async () => {
    const pim = client();
    const before = server.seen.length;
    const handle = await pim.refreshAlert(STALE);
    assert.equal(handle.completed, true);
    assert.equal((await pim.waitForOperation(handle)).status, 'succeeded');
    assert.equal((await pim.refreshAllAlerts()).completed, true);
    assert.equal(server.seen.length - before, 2);
  });

  it('accepts 200 with a body for dismiss and 204 for remediate', async () => {
    await client().dismissAlert(STALE);
    await client().remediateIncident(STALE, 'incident-1');
  });

  it('does not follow a next link to another origin', async () => {
    await assert.rejects(client().listAlerts(), (error: unknown) => error instanceof AppError && error.code === 'graphUnavailable');
    assert.ok(server.seen.every((request) => request.url.startsWith('/beta/')));
  });

  it('completes a paged expanded incident list by listing incidents', async () => {
    const alert = await client().getAlert(STALE);
    assert.deepEqual(alert.incidents.map((incident) => incident.id), ['a', 'b', 'c']);
  });

  it('sends no Authorization header with credential none', async () => {
    await client().getAlert(STALE);
    assert.ok(server.seen.length > 0);
    assert.ok(server.seen.every((request) => request.headers.authorization === undefined));
  });
});
