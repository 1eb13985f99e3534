import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config/load-config';
import { isAppError } from '../../src/errors/app-error';

const ADMIN = '11111111-2222-3333-4444-555555555555';
const APP_ID = '6a0f4f4c-3a70-4c1a-8a1e-1b2c3d4e5f60';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OTHER_TENANT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const BOT = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: TENANT, GRAPH_BASE_URL: 'http://127.0.0.1:1' };

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
    assert.equal(config.notifications.pollIntervalSeconds, 60);
    assert.equal(config.storage.dataDir, '.data');
    assert.equal(config.storage.journalMode, 'wal');
  });

  it('binds to every interface once a Microsoft app id is set', () => {
    const config = loadConfig(BOT);
    assert.equal(config.server.host, '0.0.0.0');
    assert.equal(config.bot.localMode, false);
  });

  it('is SingleTenant by default and serves only MicrosoftAppTenantId', () => {
    const config = loadConfig({ ...BOT, MicrosoftAppTenantId: TENANT.toUpperCase() });
    assert.equal(config.bot.appType, 'SingleTenant');
    assert.deepEqual(config.bot.allowedTenantIds, [TENANT]);
    assert.deepEqual(loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1:1' }).bot.allowedTenantIds, []);
  });

  it('serves a MultiTenant bot only in the tenants of ALLOWED_TENANT_IDS, and requires that list', () => {
    const multi = { ...BOT, MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' };
    assert.deepEqual(loadConfig({ ...multi, ALLOWED_TENANT_IDS: `${TENANT}, ${OTHER_TENANT}` }).bot.allowedTenantIds, [TENANT, OTHER_TENANT]);
    assert.match(configError(multi), /^MicrosoftAppType=MultiTenant needs ALLOWED_TENANT_IDS/);
    assert.match(configError({ ...BOT, ALLOWED_TENANT_IDS: OTHER_TENANT }), /^ALLOWED_TENANT_IDS is only for MicrosoftAppType=MultiTenant/);
  });

  it('refuses a bot identity botbuilder could not use, naming what to set', () => {
    assert.match(configError({ ...BOT, MicrosoftAppTenantId: '' }), /^MicrosoftAppType=SingleTenant needs MicrosoftAppTenantId/);
    assert.match(configError({ ...BOT, MicrosoftAppId: 'my-bot' }), /^MicrosoftAppId must be the bot's Microsoft app id, a GUID \(got "my-bot"\)/);
    assert.match(configError({ ...BOT, MicrosoftAppPassword: '' }), /^MicrosoftAppId is set but MicrosoftAppPassword is not/);
    assert.match(configError({ ...BOT, MicrosoftAppType: 'UserAssignedMSI' }), /^MicrosoftAppPassword must not be set with MicrosoftAppType=UserAssignedMSI/);
    assert.equal(loadConfig({ ...BOT, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppPassword: '' }).bot.appType, 'UserAssignedMSI');
    assert.match(configError({ ...BOT, MicrosoftAppTenantId: 'contoso' }), /^MicrosoftAppTenantId must be a GUID/);
  });

  it('local mode (no app id) starts only when both the bind address and Graph are loopback', () => {
    assert.equal(loadConfig({ GRAPH_BASE_URL: 'http://localhost:1', HOST: '::1' }).bot.localMode, true);
    assert.match(configError({ GRAPH_BASE_URL: 'http://127.0.0.1:1', HOST: '0.0.0.0' }), /^HOST is 0.0.0.0 but MicrosoftAppId is empty/);
    const realGraph = configError({ GRAPH_CREDENTIAL: 'managedIdentity' });
    assert.match(realGraph, /^GRAPH_BASE_URL is https:\/\/graph.microsoft.com but MicrosoftAppId is empty/);
  });

  it('lists every problem at once, one per line, in one configuration error', () => {
    const message = configError({ PORT: 'eighty', HOST: '10.0.0.5', MicrosoftAppType: 'Both', LOG_LEVEL: 'loud', PIM_ADMIN_IDS: 'bob' });
    const lines = message.split('\n');
    for (const variable of ['MicrosoftAppType', 'PORT', 'PIM_ADMIN_IDS', 'LOG_LEVEL', 'HOST', 'GRAPH_BASE_URL']) {
      assert.ok(lines.some((line) => line.startsWith(variable)), `${variable} in:\n${message}`);
    }
    assert.equal(lines.length, 7, message);
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
    const env = { ...BOT, GRAPH_BASE_URL: '', AZURE_TENANT_ID: ADMIN, AZURE_CLIENT_ID: 'client', AZURE_CLIENT_SECRET: 's3cret' };
    assert.equal(loadConfig(env).graph.credential, 'clientSecret');
    assert.match(configError({ AZURE_CLIENT_SECRET: 's3cret' }), /AZURE_TENANT_ID, AZURE_CLIENT_ID/);
  });

  it('accepts managed identity without a secret', () => {
    assert.equal(loadConfig({ ...BOT, GRAPH_BASE_URL: '', GRAPH_CREDENTIAL: 'managedIdentity' }).graph.credential, 'managedIdentity');
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

  it('keeps audit entries 365 days by default, 1 to 3650 days when set', () => {
    assert.equal(loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1' }).audit.retentionDays, 365);
    assert.equal(loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1', AUDIT_RETENTION_DAYS: '30' }).audit.retentionDays, 30);
    for (const bad of ['0', '3651', 'forever']) {
      assert.throws(() => loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1', AUDIT_RETENTION_DAYS: bad }), /AUDIT_RETENTION_DAYS/);
    }
  });

  it('bounds Graph retries by time: 15 s for interactive calls, 120 s for background work; GRAPH_MAX_RETRIES is refused', () => {
    const graph = loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1' }).graph;
    assert.deepEqual([graph.retryBudgetMs, graph.backgroundRetryBudgetMs], [15_000, 120_000]);
    const set = loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1', GRAPH_RETRY_BUDGET_SECONDS: '0', GRAPH_BACKGROUND_RETRY_BUDGET_SECONDS: '600' }).graph;
    assert.deepEqual([set.retryBudgetMs, set.backgroundRetryBudgetMs], [0, 600_000]);
    assert.throws(() => loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1', GRAPH_RETRY_BUDGET_SECONDS: '121' }), /GRAPH_RETRY_BUDGET_SECONDS/);
    assert.throws(() => loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1', GRAPH_MAX_RETRIES: '3' }), /GRAPH_MAX_RETRIES is no longer read.*GRAPH_RETRY_BUDGET_SECONDS/);
  });

  it("limits chat's Graph reads per user (20) and overall (120) per minute; malformed values stop start-up", () => {
    assert.deepEqual(loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1' }).graph.chatReads, { perUserPerMinute: 20, perMinute: 120 });
    const set = loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1', CHAT_GRAPH_READS_PER_USER_PER_MINUTE: '5', CHAT_GRAPH_READS_PER_MINUTE: '50' }).graph.chatReads;
    assert.deepEqual(set, { perUserPerMinute: 5, perMinute: 50 });
    for (const bad of ['0', '601', 'lots']) {
      assert.throws(() => loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1', CHAT_GRAPH_READS_PER_USER_PER_MINUTE: bad }), /CHAT_GRAPH_READS_PER_USER_PER_MINUTE/);
    }
    assert.throws(() => loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1', CHAT_GRAPH_READS_PER_MINUTE: '6001' }), /CHAT_GRAPH_READS_PER_MINUTE/);
  });

  it('tells people after 15 minutes without a successful poll (or a time to the second), checks every 60 s, links a runbook when given; malformed values stop start-up', () => {
    assert.deepEqual(loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1' }).watchHealth, { alertAfterSeconds: 900, checkSeconds: 60 });
    const set = loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1', WATCH_HEALTH_ALERT_MINUTES: '5', WATCH_HEALTH_CHECK_SECONDS: '10', WATCH_HEALTH_RUNBOOK_URL: 'https://example.org/readme/' });
    assert.deepEqual(set.watchHealth, { alertAfterSeconds: 300, checkSeconds: 10, runbookUrl: 'https://example.org/readme' });
    assert.deepEqual(loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1', WATCH_HEALTH_ALERT_SECONDS: '20', WATCH_HEALTH_CHECK_SECONDS: '2' }).watchHealth, { alertAfterSeconds: 20, checkSeconds: 2 });
    assert.match(configError({ GRAPH_BASE_URL: 'http://127.0.0.1', WATCH_HEALTH_ALERT_SECONDS: '20', WATCH_HEALTH_ALERT_MINUTES: '1' }), /WATCH_HEALTH_ALERT_MINUTES or WATCH_HEALTH_ALERT_SECONDS, not both/);
    assert.match(configError({ GRAPH_BASE_URL: 'http://127.0.0.1', WATCH_HEALTH_ALERT_SECONDS: '5' }), /WATCH_HEALTH_ALERT_SECONDS .* 10 to 86400/);
    assert.match(configError({ GRAPH_BASE_URL: 'http://127.0.0.1', WATCH_HEALTH_ALERT_MINUTES: '0' }), /WATCH_HEALTH_ALERT_MINUTES .* 1 to 1440/);
    assert.match(configError({ GRAPH_BASE_URL: 'http://127.0.0.1', WATCH_HEALTH_CHECK_SECONDS: 'often' }), /WATCH_HEALTH_CHECK_SECONDS/);
    assert.match(configError({ GRAPH_BASE_URL: 'http://127.0.0.1', WATCH_HEALTH_RUNBOOK_URL: 'javascript:alert(1)' }), /WATCH_HEALTH_RUNBOOK_URL must be an http\(s\) URL/);
  });

  it('bounds slow requests: 10 s for a head or a body, 30 s for a request, 16 MB for all bodies being read', () => {
    const { server } = loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1:1' });
    assert.deepEqual([server.headersTimeoutMs, server.bodyTimeoutMs, server.requestTimeoutMs, server.maxPendingBodyBytes], [10_000, 10_000, 30_000, 16 * 1024 * 1024]);
    const local = { GRAPH_BASE_URL: 'http://127.0.0.1:1' };
    assert.match(configError({ ...local, REQUEST_TIMEOUT_SECONDS: '5' }), /REQUEST_TIMEOUT_SECONDS must be at least HEADERS_TIMEOUT_SECONDS and BODY_TIMEOUT_SECONDS/);
    assert.match(configError({ ...local, MAX_BODY_BYTES: '65536', MAX_PENDING_BODY_BYTES: '4096' }), /MAX_PENDING_BODY_BYTES \(4096\) must be at least MAX_BODY_BYTES/);
    assert.match(configError({ ...local, BODY_TIMEOUT_SECONDS: '0' }), /BODY_TIMEOUT_SECONDS must be a whole number from 1 to 300/);
  });

  it('accepts the shortest poll interval used by tests and demos', () => {
    assert.equal(loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1', POLL_INTERVAL_SECONDS: '5' }).notifications.pollIntervalSeconds, 5);
  });

  describe('WRITE_MODE (least privilege)', () => {
    it('is delegated for an install with a Microsoft app id, with the OAuth connection name', () => {
      const config = loadConfig({ ...BOT });
      assert.deepEqual(config.delegation, { writeMode: 'delegated', oauthConnectionName: 'graph', armOauthConnectionName: 'arm' });
      assert.equal(loadConfig({ ...BOT, OAUTH_CONNECTION_NAME: 'pim-sso' }).delegation.oauthConnectionName, 'pim-sso');
      assert.equal(loadConfig({ ...BOT, WRITE_MODE: 'application' }).delegation.writeMode, 'application');
    });

    it('is application in local mode unless the loopback dev token service is given', () => {
      assert.equal(loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1:5990' }).delegation.writeMode, 'application');
      const dev = loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1:5990', DEV_TOKEN_SERVICE_URL: 'http://127.0.0.1:5991/' });
      assert.deepEqual(dev.delegation, { writeMode: 'delegated', oauthConnectionName: 'graph', armOauthConnectionName: 'arm', devTokenServiceUrl: 'http://127.0.0.1:5991' });
    });

    it('stops start-up on a bad mode, delegated local mode without a token service, or a dev token service off loopback or with an app id', () => {
      assert.match(configError({ ...BOT, WRITE_MODE: 'user' }), /WRITE_MODE must be one of delegated, application/);
      assert.match(configError({ GRAPH_BASE_URL: 'http://127.0.0.1:5990', WRITE_MODE: 'delegated' }), /WRITE_MODE=delegated without MicrosoftAppId needs DEV_TOKEN_SERVICE_URL/);
      assert.match(configError({ GRAPH_BASE_URL: 'http://127.0.0.1:5990', DEV_TOKEN_SERVICE_URL: 'http://10.0.0.1:5991' }), /DEV_TOKEN_SERVICE_URL is the dev stack's loopback token service/);
      assert.match(configError({ ...BOT, DEV_TOKEN_SERVICE_URL: 'http://127.0.0.1:5991' }), /only without MicrosoftAppId/);
      assert.match(configError({ ...BOT, OAUTH_CONNECTION_NAME: 'a/b' }), /OAUTH_CONNECTION_NAME must be/);
      assert.equal(loadConfig({ ...BOT, ARM_OAUTH_CONNECTION_NAME: 'pim-arm' }).delegation.armOauthConnectionName, 'pim-arm');
      assert.match(configError({ ...BOT, ARM_OAUTH_CONNECTION_NAME: 'a/b' }), /ARM_OAUTH_CONNECTION_NAME must be an Azure Bot OAuth connection name/);
      assert.match(configError({ ...BOT, ARM_OAUTH_CONNECTION_NAME: 'Graph' }), /ARM_OAUTH_CONNECTION_NAME must name a second OAuth connection/);
      assert.match(configError({ ...BOT, REFRESH_BEFORE_POLL: 'true' }), /REFRESH_BEFORE_POLL=true .* only with WRITE_MODE=application/);
      assert.equal(loadConfig({ ...BOT, REFRESH_BEFORE_POLL: 'true', WRITE_MODE: 'application' }).notifications.refreshBeforePoll, true);
    });
  });
});
