import assert from 'node:assert/strict';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import sinon from 'sinon';
import { JsonLogger } from '../../src/logging/json-logger';
import { UNAUTHORIZED_BODY, UNAVAILABLE_BODY } from '../../src/server/adapter-answer';
import { message } from '../support/fakes/activities';
import { startTestApp, type RunningApp } from './test-app';
import { listenOnLoopback } from '../support/loopback-server';

const APP_ID = '6a0f4f4c-3a70-4c1a-8a1e-1b2c3d4e5f60';
const UNREACHABLE = 'http://127.0.0.1:1/v1/.well-known/openidconfiguration';
const b64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
/** Well-formed enough that botbuilder goes to fetch the signing keys (which are unreachable). */
const TOKEN = `${b64url({ alg: 'RS256', typ: 'JWT', kid: 'key-1' })}.${b64url({
  iss: 'https://api.botframework.com', aud: APP_ID, nbf: Math.floor(Date.now() / 1000) - 60, exp: Math.floor(Date.now() / 1000) + 3600,
})}.c2lnbmF0dXJl`;

function adapterWithUnreachableKeys(): CloudAdapter {
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used', MicrosoftAppType: 'MultiTenant',
    // Any endpoint override switches botbuilder to "all values explicit", so the issuer is named too.
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com', ToBotFromChannelOpenIdMetadataUrl: UNREACHABLE, ToBotFromEmulatorOpenIdMetadataUrl: UNREACHABLE,
  }));
}

describe('/api/messages: adapter failures', () => {
  let running: RunningApp | undefined;
  const logs: string[] = [];
  beforeEach(() => {
    logs.length = 0;
    sinon.stub(console, 'error'); // botbuilder prints every failure itself
  });
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  const post = (headers: Record<string, string>): Promise<Response> =>
    fetch(`${running!.url}/api/messages`, {
      method: 'POST', body: JSON.stringify(message('alerts')), headers: { 'content-type': 'application/json', ...headers },
    });

  it('signing keys unreachable: 503 with a generic message, the detail logged (redacted), nothing echoed', async () => {
    const logger = new JsonLogger('debug', (line) => logs.push(line));
    running = await startTestApp({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used', MicrosoftAppTenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' }, [], { adapter: adapterWithUnreachableKeys(), logger });
    const response = await post({ authorization: `Bearer ${TOKEN}` });
    const text = await response.text();
    assert.equal(response.status, 503, text);
    assert.deepEqual(JSON.parse(text), UNAVAILABLE_BODY);
    assert.doesNotMatch(text, /127\.0\.0\.1|request to|fetch|ECONNREFUSED/i);
    const logged = logs.find((line) => line.includes('could not authenticate'));
    assert.ok(logged, logs.join('\n'));
    assert.match(logged, /127\.0\.0\.1:1/);
    assert.ok(!logs.some((line) => line.includes(TOKEN.split('.')[1]!)), 'the token is not logged');
    assert.equal(running.deps.pim.calls.length, 0);
  });

  it('endpoints from the environment reach botbuilder (a metadata URL there is fetched; its failure is a 503)', async () => {
    let hits = 0;
    const metadata = await listenOnLoopback((request) => {
      hits += 1;
      request.socket.destroy();
    });
    const url = `${metadata.origin}/metadata`;
    try {
      running = await startTestApp({
        MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used', MicrosoftAppTenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
        ToChannelFromBotLoginUrl: 'http://127.0.0.1:1/login', ToChannelFromBotOAuthScope: 'https://api.botframework.com',
        ToBotFromChannelTokenIssuer: 'https://api.botframework.com', ToBotFromChannelOpenIdMetadataUrl: url, ToBotFromEmulatorOpenIdMetadataUrl: url,
      });
      const response = await post({ authorization: `Bearer ${TOKEN}` });
      assert.equal(response.status, 503);
      assert.ok(hits >= 1, 'the configured metadata URL was asked');
    } finally {
      await metadata.close();
    }
  });

  it('a missing or broken token is still a 401, with a generic body', async () => {
    running = await startTestApp({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used', MicrosoftAppTenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' }, [], { adapter: adapterWithUnreachableKeys() });
    for (const headers of [{}, { authorization: 'Bearer not-a-jwt' }] as Record<string, string>[]) {
      const response = await post(headers);
      assert.equal(response.status, 401);
      assert.deepEqual(await response.json(), UNAUTHORIZED_BODY);
    }
  });
});
