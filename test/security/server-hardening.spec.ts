import { strict as assert } from 'node:assert';
import sinon from 'sinon';
import { loadConfig } from '../../src/config/load-config';
import { messageActivity } from './support/activities';
import { FakeBotFrameworkKeys } from './support/fake-bot-framework-keys';
import { ADMIN, startSecurityApp, type SecurityApp } from './support/security-app';

const FAKE_JWT = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJmYWtlIiwiaXNzIjoiaHR0cHM6Ly9hcGkuYm90ZnJhbWV3b3JrLmNvbSJ9.c2lnbmF0dXJlLW5vdC12YWxpZA';

describe('security: server hardening', function () {
  this.timeout(30_000);

  describe('with a Microsoft app id (Bot Framework auth on)', () => {
    const appId = '99999999-9999-4999-8999-999999999999';
    let app: SecurityApp;
    let keys: FakeBotFrameworkKeys;
    before(async () => {
      keys = await new FakeBotFrameworkKeys().start();
      app = await startSecurityApp({
        env: { MicrosoftAppId: appId, MicrosoftAppPassword: 'app-password-for-test', MicrosoftAppTenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', HOST: '127.0.0.1' },
        openIdMetadataUrl: keys.metadataUrl,
      });
    });
    after(async () => {
      await app.close();
      await keys.close();
    });
    beforeEach(() => {
      // botbuilder prints every refused token to console.error; keep the test output readable.
      sinon.stub(console, 'error');
    });

    it('answers 401 to an activity without a token, and the bot does nothing', async () => {
      await app.control.clearRequests();
      const answer = await app.client.send(messageActivity(app.connector.url, ADMIN, 'alerts'));
      assert.equal(answer.status, 401, answer.rawBody);
      assert.deepEqual(answer.sent, []);
      assert.deepEqual(await app.control.requests(), []);
    });

    it('answers 401 to forged, foreign and malformed tokens, and nothing reaches Graph', async () => {
      await app.control.clearRequests();
      const tokens = [keys.forgedToken(appId), keys.unknownKeyToken(appId), FAKE_JWT, 'not-a-jwt', ''];
      for (const token of tokens) {
        const answer = await app.client.send(messageActivity(app.connector.url, ADMIN, 'dismiss staleSignIn'), { authorization: `Bearer ${token}` });
        assert.equal(answer.status, 401, `${token.slice(0, 20)}… → ${answer.status} ${answer.rawBody}`);
        assert.deepEqual(answer.sent, []);
      }
      assert.deepEqual(await app.control.requests(), []);
    });

    it('listens on all interfaces only because an app id is set', () => {
      assert.equal(loadConfig({ MicrosoftAppId: appId, MicrosoftAppPassword: 'p', MicrosoftAppTenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', GRAPH_BASE_URL: 'http://127.0.0.1:1' }).server.host, '0.0.0.0');
    });
  });

  describe('in local mode (no app id)', () => {
    let app: SecurityApp;
    before(async () => {
      app = await startSecurityApp();
    });
    after(async () => app.close());

    it('binds to loopback by default', () => {
      assert.equal(app.config.bot.localMode, true);
      assert.equal(app.config.server.host, '127.0.0.1');
      assert.equal(loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1:1' }).server.host, '127.0.0.1');
      assert.equal(app.address.address, '127.0.0.1');
    });

    it('answers 400 to malformed JSON', async () => {
      for (const body of ['{bad json', '', 'null', '[]', '"text"', '{"type":"message"}']) {
        const answer = await app.client.sendRaw(body);
        assert.equal(answer.status, 400, `${JSON.stringify(body)} → ${answer.status} ${answer.rawBody}`);
      }
    });

    it('answers 413 to a body over the limit', async () => {
      const activity = messageActivity(app.connector.url, ADMIN, 'x'.repeat(app.config.server.maxBodyBytes + 10));
      const answer = await app.client.send(activity);
      assert.equal(answer.status, 413, answer.rawBody.slice(0, 200));
      assert.deepEqual(answer.sent, []);
    });

    it('answers 4xx to non-JSON content types without running the bot', async () => {
      const answer = await app.client.sendRaw('type=message&text=alerts', { 'content-type': 'application/x-www-form-urlencoded' });
      assert.ok(answer.status >= 400 && answer.status < 500, `${answer.status} ${answer.rawBody}`);
      assert.deepEqual(answer.sent, []);
    });

    it('keeps working after all of that', async () => {
      const answer = await app.client.send(messageActivity(app.connector.url, ADMIN, 'help'));
      assert.equal(answer.status, 200);
      assert.equal(answer.sent.length, 1);
    });
  });
});
