import { strict as assert } from 'node:assert';
import { AppError } from '../../../src/errors/app-error';
import { decodeIncidentCursor, encodeIncidentCursor } from '../../../src/pim/graph/incident-cursor';

const BASE = 'http://127.0.0.1:5990';
const TENANT = '3b0e753b-22fa-4c16-9bf2-470b80be80d6';
const ALERT = `DirectoryRole_${TENANT}_StaleSignInAlert`;
const OTHER = `DirectoryRole_${TENANT}_RedundantAssignmentAlert`;
const INCIDENTS = `identityGovernance/roleManagementAlerts/alerts/${ALERT}/alertIncidents`;

function refused(cursor: string): void {
  assert.throws(() => decodeIncidentCursor(cursor, ALERT, BASE), (error: unknown) => error instanceof AppError && error.code === 'invalidInput');
}

describe('incident cursor', () => {
  it('round-trips a next link of the same alert', () => {
    const cursor = encodeIncidentCursor(`${BASE}/beta/${INCIDENTS}?$skiptoken=b2Zmc2V0OjI`);
    assert.match(cursor, /^[A-Za-z0-9_-]+$/);
    assert.equal(decodeIncidentCursor(cursor, ALERT, BASE), `${INCIDENTS}?$skiptoken=b2Zmc2V0OjI`);
  });

  it('refuses links to another origin, version, alert or path', () => {
    refused(encodeIncidentCursor(`https://evil.example/beta/${INCIDENTS}?$skiptoken=x`));
    refused(encodeIncidentCursor(`http://127.0.0.1:5991/beta/${INCIDENTS}?$skiptoken=x`));
    refused(encodeIncidentCursor(`${BASE}/v1.0/${INCIDENTS}?$skiptoken=x`));
    refused(encodeIncidentCursor(`${BASE}/beta/${INCIDENTS.replace(ALERT, OTHER)}?$skiptoken=x`));
    refused(encodeIncidentCursor(`${BASE}/beta/${INCIDENTS}/../../../alertConfigurations/${ALERT}`));
    refused(encodeIncidentCursor(`${BASE}/beta/${INCIDENTS}%2F..%2F..?$skiptoken=x`));
    refused(encodeIncidentCursor(`http://user:pw@127.0.0.1:5990/beta/${INCIDENTS}?$skiptoken=x`));
  });

  it('refuses query options other than paging ones', () => {
    refused(encodeIncidentCursor(`${BASE}/beta/${INCIDENTS}?$filter=id ne 'x'`));
    refused(encodeIncidentCursor(`${BASE}/beta/${INCIDENTS}?$skiptoken=x&redirect=1`));
  });

  it('refuses garbage, overlong and non-base64url cursors', () => {
    refused('');
    refused('not a cursor!');
    refused('A'.repeat(5000));
    refused(Buffer.from('hello').toString('base64url'));
  });
});
