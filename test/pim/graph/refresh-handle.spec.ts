import { strict as assert } from 'node:assert';
import { operationIdOfLocation, refreshHandleOf } from '../../../src/pim/graph/refresh-handle';

const GRAPH = 'https://graph.microsoft.com';
const TENANT = '3b0e753b-22fa-4c16-9bf2-470b80be80d6';
const answer = (status: number, headers: Record<string, string>): Parameters<typeof refreshHandleOf>[0] =>
  ({ status, headers: new Headers(headers), body: undefined });

describe('refresh handles', () => {
  it('reads both documented operation id forms from Location', () => {
    const base = 'https://graph.microsoft.com/beta/identityGovernance/roleManagementAlerts/operations/';
    assert.equal(operationIdOfLocation(`${base}refresh:DirectoryRole_${TENANT}_StaleSignInAlert`, GRAPH), `refresh:DirectoryRole_${TENANT}_StaleSignInAlert`);
    assert.equal(operationIdOfLocation(`${base}5c5670d6-a2c0-a394-ef42-882954856de5`, GRAPH), '5c5670d6-a2c0-a394-ef42-882954856de5');
    assert.equal(operationIdOfLocation(`${base}refresh%3ADirectoryRole_${TENANT}_StaleSignInAlert`, GRAPH), `refresh:DirectoryRole_${TENANT}_StaleSignInAlert`);
  });

  it('refuses Location values that are not operation ids', () => {
    const root = 'https://graph.microsoft.com/beta/identityGovernance/roleManagementAlerts';
    assert.equal(operationIdOfLocation(`${root}/operations/..%2F..%2Fusers`, GRAPH), null);
    assert.equal(operationIdOfLocation(`${root}/alerts/abc`, GRAPH), null);
    assert.equal(operationIdOfLocation(`${root}/operations/%E0%A4%A`, GRAPH), null);
    assert.equal(operationIdOfLocation('https://graph.microsoft.com/beta/x/operations/refresh:all', GRAPH), null);
    assert.equal(operationIdOfLocation('https://evil.example/beta/identityGovernance/roleManagementAlerts/operations/refresh:all', GRAPH), null);
    assert.throws(() => refreshHandleOf(answer(202, { Location: `${root}/operations/bad id` }), 'refresh:all', GRAPH));
  });

  it('treats 204/200 without Location as already complete', () => {
    assert.deepEqual(refreshHandleOf(answer(204, {}), 'refresh:all', GRAPH), { operationId: 'refresh:all', completed: true });
    const location = 'https://graph.microsoft.com/beta/identityGovernance/roleManagementAlerts/operations/refresh:all';
    assert.deepEqual(refreshHandleOf(answer(202, { Location: location }), 'f', GRAPH), { operationId: 'refresh:all' });
  });
});
