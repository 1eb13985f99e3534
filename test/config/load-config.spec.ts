import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config/load-config';
import { isAppError } from '../../src/errors/app-error';

const ADMIN = '11111111-2222-3333-4444-555555555555';

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(isAppError(error) && error.code === 'configuration', 'expected a configuration AppError');
    return error.message;
  }
  assert.fail('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('gives local defaults: loopback bind, port 3978, no credential on a loopback Graph', () => {
    const config = loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1:5990' });
    assert.equal(config.server.port, 3978);
    assert.equal(config.server.host, '127.0.0.1');
    assert.equal(config.bot.localMode, true);
    assert.equal(config.graph.credential, 'none');
    assert.equal(config.notifications.pollIntervalSeconds, 900);
    assert.equal(config.storage.dataDir, '.data');
    assert.equal(config.storage.journalMode, 'wal');
  });

  it('binds to every interface once a Microsoft app id is set', () => {
    const config = loadConfig({ MicrosoftAppId: 'app', GRAPH_BASE_URL: 'http://localhost:1' });
    assert.equal(config.server.host, '0.0.0.0');
    assert.equal(config.bot.localMode, false);
  });

  it('returns a frozen object', () => {
    const config = loadConfig({ GRAPH_BASE_URL: 'http://[::1]:5990' });
    assert.ok(Object.isFrozen(config) && Object.isFrozen(config.graph) && Object.isFrozen(config.access.adminIds));
  });

  it('refuses real Graph without a credential and says what to set', () => {
    const message = configError({});
    assert.match(message, /GRAPH_BASE_URL/);
    assert.match(message, /AZURE_CLIENT_SECRET/);
  });

  it('detects a client secret credential and checks its companions', () => {
    const env = { AZURE_TENANT_ID: ADMIN, AZURE_CLIENT_ID: 'client', AZURE_CLIENT_SECRET: 's3cret' };
    assert.equal(loadConfig(env).graph.credential, 'clientSecret');
    assert.match(configError({ AZURE_CLIENT_SECRET: 's3cret' }), /AZURE_TENANT_ID, AZURE_CLIENT_ID/);
  });

  it('accepts managed identity without a secret', () => {
    assert.equal(loadConfig({ GRAPH_CREDENTIAL: 'managedIdentity' }).graph.credential, 'managedIdentity');
  });

  it('names the variable and the expected shape for malformed values', () => {
    assert.match(configError({ GRAPH_BASE_URL: 'http://127.0.0.1', PORT: 'eighty' }), /^PORT must be a whole number from 0 to 65535/);
    assert.match(configError({ GRAPH_BASE_URL: 'http://127.0.0.1', POLL_INTERVAL_SECONDS: '2' }), /POLL_INTERVAL_SECONDS .* 5 to 86400/);
    assert.match(configError({ GRAPH_BASE_URL: 'ftp://x' }), /GRAPH_BASE_URL must be an http\(s\) URL/);
    assert.match(configError({ GRAPH_BASE_URL: 'http://127.0.0.1', PIM_ADMIN_IDS: `${ADMIN},bob` }), /PIM_ADMIN_IDS .*GUIDs.*bob/);
    assert.match(configError({ GRAPH_BASE_URL: 'http://127.0.0.1', REFRESH_BEFORE_POLL: 'maybe' }), /REFRESH_BEFORE_POLL must be true or false/);
    assert.match(configError({ GRAPH_BASE_URL: 'http://127.0.0.1', LOG_LEVEL: 'loud' }), /LOG_LEVEL must be one of debug, info, warn, error/);
  });

  it('parses admin lists, lower-cased, comma or space separated', () => {
    const config = loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1', PIM_ADMIN_IDS: `${ADMIN.toUpperCase()}, ${ADMIN.replace('1', '9')}` });
    assert.deepEqual(config.access.adminIds, [ADMIN, ADMIN.replace('1', '9')]);
  });

  it('takes a rollback journal for network shares and refuses other journal modes', () => {
    assert.equal(loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1', SQLITE_JOURNAL_MODE: 'DELETE' }).storage.journalMode, 'delete');
    assert.match(configError({ GRAPH_BASE_URL: 'http://127.0.0.1', SQLITE_JOURNAL_MODE: 'memory' }), /SQLITE_JOURNAL_MODE must be one of wal, delete/);
  });

  it('accepts the shortest poll interval used by tests and demos', () => {
    assert.equal(loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1', POLL_INTERVAL_SECONDS: '5' }).notifications.pollIntervalSeconds, 5);
  });
});
