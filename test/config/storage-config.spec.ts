import assert from 'node:assert/strict';
import { hostname } from 'node:os';
import { summarizeConfig } from '../../src/config/config-summary';
import { loadConfig } from '../../src/config/load-config';
import { isAppError } from '../../src/errors/app-error';
import { redact } from '../../src/logging/redact';

const BASE = { GRAPH_BASE_URL: 'http://127.0.0.1' };
const CONNECTION = 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=c2VjcmV0LWtleS12YWx1ZQ==;EndpointSuffix=core.windows.net';

function rejectsNaming(env: Record<string, string>, variable: string): void {
  assert.throws(() => loadConfig({ ...BASE, ...env }), (error: unknown) => isAppError(error) && error.code === 'configuration' && error.message.includes(variable));
}

describe('storage configuration (STORAGE_BACKEND)', () => {
  it('defaults to SQLite with a random instance id that names neither the host nor the process', () => {
    const { storage } = loadConfig(BASE);
    assert.equal(storage.backend, 'sqlite');
    assert.equal(storage.azure, undefined);
    assert.match(storage.instanceId, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.ok(!storage.instanceId.includes(hostname()) && !storage.instanceId.includes(String(process.pid)), storage.instanceId);
    assert.notEqual(loadConfig(BASE).storage.instanceId, storage.instanceId);
    assert.equal(loadConfig({ ...BASE, INSTANCE_ID: 'web-1' }).storage.instanceId, 'web-1');
  });

  it('takes Azure Table with a connection string, or an account name with a managed identity', () => {
    const withKey = loadConfig({ ...BASE, STORAGE_BACKEND: 'table', AZURE_STORAGE_CONNECTION_STRING: CONNECTION, INSTANCE_ID: 'web-1' });
    assert.equal(withKey.storage.azure?.connectionString, CONNECTION);
    assert.equal(withKey.storage.azure?.tableName, 'pimalerts');
    assert.equal(withKey.storage.azure?.leaseContainer, 'pimalerts-leader');
    assert.equal(withKey.storage.instanceId, 'web-1');
    const withIdentity = loadConfig({ ...BASE, STORAGE_BACKEND: 'table', AZURE_STORAGE_ACCOUNT_NAME: 'pimalerts01', AZURE_STORAGE_CLIENT_ID: '11111111-2222-3333-4444-555555555555' });
    assert.equal(withIdentity.storage.azure?.tableUrl, 'https://pimalerts01.table.core.windows.net');
    assert.equal(withIdentity.storage.azure?.blobUrl, 'https://pimalerts01.blob.core.windows.net');
    assert.equal(withIdentity.storage.azure?.managedIdentityClientId, '11111111-2222-3333-4444-555555555555');
  });

  it('refuses a table backend without exactly one way to reach the account, and malformed names, naming the variable', () => {
    rejectsNaming({ STORAGE_BACKEND: 'cosmos' }, 'STORAGE_BACKEND');
    rejectsNaming({ STORAGE_BACKEND: 'table' }, 'AZURE_STORAGE_CONNECTION_STRING');
    rejectsNaming({ STORAGE_BACKEND: 'table', AZURE_STORAGE_CONNECTION_STRING: CONNECTION, AZURE_STORAGE_ACCOUNT_NAME: 'acct' }, 'AZURE_STORAGE_ACCOUNT_NAME');
    rejectsNaming({ STORAGE_BACKEND: 'table', AZURE_STORAGE_ACCOUNT_NAME: 'Bad_Name' }, 'AZURE_STORAGE_ACCOUNT_NAME');
    rejectsNaming({ STORAGE_BACKEND: 'table', AZURE_STORAGE_ACCOUNT_NAME: 'acct', STORAGE_TABLE_NAME: 'no-dash' }, 'STORAGE_TABLE_NAME');
    rejectsNaming({ STORAGE_BACKEND: 'table', AZURE_STORAGE_ACCOUNT_NAME: 'acct', STORAGE_LEASE_CONTAINER: 'UPPER' }, 'STORAGE_LEASE_CONTAINER');
    rejectsNaming({ STORAGE_BACKEND: 'table', AZURE_STORAGE_ACCOUNT_NAME: 'acct', AZURE_STORAGE_CLIENT_ID: 'not-a-guid' }, 'AZURE_STORAGE_CLIENT_ID');
  });

  it('summarises the table backend without the connection string, and survives the redactor', () => {
    const summary = summarizeConfig(loadConfig({ ...BASE, STORAGE_BACKEND: 'table', AZURE_STORAGE_CONNECTION_STRING: CONNECTION }));
    assert.doesNotMatch(JSON.stringify(summary), /AccountKey|c2VjcmV0/);
    assert.equal(summary.storageBackend, 'table');
    assert.equal(summary.storageAuth, 'connectionString');
    assert.deepEqual(redact(summary), summary);
  });
});
