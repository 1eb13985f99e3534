import { strict as assert } from 'node:assert';
import { mapGraphFailure, mapThrown } from '../../../src/pim/graph/graph-error-mapper';

const body = (message: string): unknown => ({ error: { code: 'BadRequest', message, innerError: { 'request-id': 'rid-body' } } });

describe('mapGraphFailure', () => {
  it('maps statuses to catalogue codes once', () => {
    const cases: [number, string][] = [
      [400, 'invalidInput'], [401, 'graphForbidden'], [403, 'graphForbidden'], [404, 'notFound'], [409, 'conflict'],
      [412, 'conflict'], [429, 'graphBusy'], [500, 'graphUnavailable'], [503, 'graphUnavailable'], [504, 'timeout'],
    ];
    for (const [status, code] of cases) assert.equal(mapGraphFailure({ status, body: undefined, operation: 'x' }).code, code, String(status));
  });

  it('keeps the request id and a sanitized Graph message', () => {
    const error = mapGraphFailure({ status: 400, body: body('Bad\u0000 filter\n value'), operation: 'listAlerts' });
    assert.equal(error.message, 'Microsoft Graph refused the request: Bad filter value');
    assert.equal(error.details.requestId, 'rid-body');
    assert.equal(mapGraphFailure({ status: 404, body: body('x'), requestId: 'rid-header', operation: 'x' }).details.requestId, 'rid-header');
    assert.ok(mapGraphFailure({ status: 400, body: body('y'.repeat(1000)), operation: 'x' }).message.length < 400);
  });

  it('maps a 400 on remediate to notRemediatable and names permissions on 403', () => {
    assert.equal(mapGraphFailure({ status: 400, body: body('no'), operation: 'r', badRequestCode: 'notRemediatable' }).code, 'notRemediatable');
    const forbidden = mapGraphFailure({ status: 403, body: body('Forbidden'), operation: 'x' });
    assert.match(forbidden.message, /RoleManagementAlert\.ReadWrite\.Directory/);
    assert.match(forbidden.message, /RoleManagementAlert\.Read\.Directory/);
    assert.match(forbidden.message, /Privileged Role Administrator/);
  });

  it('says a 401 is the bot\'s credential refused (expired secret or certificate), not a missing permission', () => {
    const refused = mapGraphFailure({ status: 401, body: body('InvalidAuthenticationToken'), operation: 'listAlerts' });
    assert.equal(refused.code, 'graphForbidden');
    assert.match(refused.message, /did not accept the bot's credential \(401\).*secret or certificate may have expired/);
    assert.doesNotMatch(refused.message, /Grant the app/);
  });
});

describe('mapThrown', () => {
  it('maps aborts and timeouts to timeout, anything else to graphUnavailable', () => {
    assert.equal(mapThrown(Object.assign(new Error('x'), { code: 'TimeoutError' }), 'x').code, 'timeout');
    assert.equal(mapThrown(new DOMException('aborted', 'AbortError'), 'x').code, 'timeout');
    assert.equal(mapThrown(new TypeError('fetch failed'), 'x').code, 'graphUnavailable');
    assert.equal(mapThrown('weird', 'x').code, 'graphUnavailable');
  });
});

describe('mapThrown with GraphError', () => {
  it('maps a GraphError carrying an HTTP status by that status', () => {
    const graphError = Object.assign(new Error('Insufficient privileges'), { statusCode: 403, code: 'Authorization_RequestDenied', requestId: 'rid' });
    const mapped = mapThrown(graphError, 'checkMemberGroups');
    assert.equal(mapped.code, 'graphForbidden');
    assert.equal(mapped.details.requestId, 'rid');
    assert.equal(mapThrown(Object.assign(new Error('x'), { statusCode: -1, code: 'TimeoutError' }), 'x').code, 'timeout');
  });
});
