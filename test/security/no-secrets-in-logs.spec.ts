import { strict as assert } from 'node:assert';
import { inspect } from 'node:util';
import sinon from 'sinon';
import { actionInvoke, messageActivity } from './support/activities';
import { FakeBotFrameworkKeys } from './support/fake-bot-framework-keys';
import { VALID_ALERT_ID } from './support/hostile-values';
import { ADMIN, READER, startSecurityApp, type SecurityApp } from './support/security-app';

const CLIENT_SECRET = 'graph-client-secret-Qx7~Zt9pL2';
const APP_PASSWORD = 'bot-app-password-Hh4.Ww8kR1';
const FAKE_JWT = 'eyJhbGciOiJSUzI1NiIsImtpZCI6ImZha2UifQ.eyJhdWQiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIiwiZXhwIjo5OTk5OTk5OTk5fQ.ZmFrZS1zaWduYXR1cmUtdGhhdC1pcy1sb25nLWVub3VnaA';

/** Sends a mix of ordinary, failing and forged requests with the fake JWT in the Authorization header. */
async function exercise(app: SecurityApp): Promise<void> {
  const headers = { authorization: `Bearer ${FAKE_JWT}` };
  const url = app.connector.url;
  await app.client.send(messageActivity(url, ADMIN, 'alerts'), headers);
  await app.client.send(messageActivity(url, ADMIN, 'refresh staleSignIn'), headers);
  await app.client.send(messageActivity(url, READER, 'dismiss staleSignIn'), headers);
  await app.client.send(messageActivity(url, ADMIN, `alert ${FAKE_JWT}`), headers);
  await app.client.send(actionInvoke(url, ADMIN, 'alert.dismiss', { alertId: `${VALID_ALERT_ID}/../${FAKE_JWT}` }), headers);
  await app.client.send(actionInvoke(url, ADMIN, 'alert.open', { alertId: VALID_ALERT_ID }), headers);
  await app.client.sendRaw('{broken', headers);
  await app.app.background.idle();
}

/** What libraries print around our logger (botbuilder writes auth failures to console.error). */
function captureConsole(): string[] {
  const lines: string[] = [];
  const capture = (...args: unknown[]): void => {
    lines.push(args.map((arg) => (arg instanceof Error ? `${arg.stack ?? arg.message}` : typeof arg === 'string' ? arg : inspect(arg))).join(' '));
  };
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) sinon.stub(console, method).callsFake(capture);
  return lines;
}

function assertClean(logs: readonly string[], minimumLines: number): void {
  assert.ok(logs.length >= minimumLines, `expected the app to log something (got ${logs.length} lines)`);
  for (const line of logs) {
    for (const secret of [CLIENT_SECRET, APP_PASSWORD, FAKE_JWT, FAKE_JWT.split('.')[1]!]) {
      assert.ok(!line.includes(secret), `a log line contains a secret: ${line.slice(0, 300)}`);
    }
  }
}

describe('security: no secret or token in the logs', function () {
  this.timeout(30_000);

  it('in local mode with a Graph client secret and a bot password set', async () => {
    const consoleLines = captureConsole();
    const app = await startSecurityApp({
      env: { AZURE_CLIENT_SECRET: CLIENT_SECRET, GRAPH_CREDENTIAL: 'none', MicrosoftAppPassword: APP_PASSWORD },
    });
    try {
      assert.equal(app.config.graph.clientSecret, CLIENT_SECRET, 'the secret is configured');
      await exercise(app);
      assertClean(app.logs, 5);
      assertClean(consoleLines, 0);
    } finally {
      await app.close();
    }
  });

  it('with Bot Framework auth on (forged tokens are refused and not logged)', async () => {
    const keys = await new FakeBotFrameworkKeys().start();
    const consoleLines = captureConsole();
    const app = await startSecurityApp({
      env: {
        MicrosoftAppId: '99999999-9999-4999-8999-999999999999', MicrosoftAppPassword: APP_PASSWORD, MicrosoftAppTenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', HOST: '127.0.0.1',
        AZURE_CLIENT_SECRET: CLIENT_SECRET, GRAPH_CREDENTIAL: 'none',
      },
      openIdMetadataUrl: keys.metadataUrl,
    });
    try {
      await exercise(app);
      await app.client.send(messageActivity(app.connector.url, ADMIN, 'alerts'), { authorization: `Bearer ${keys.forgedToken(app.config.bot.appId)}` });
      assertClean(app.logs, 1);
      assertClean(consoleLines, 0);
    } finally {
      await app.close();
      await keys.close();
    }
  });
});
