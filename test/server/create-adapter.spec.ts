import assert from 'node:assert/strict';
import { TurnContext } from 'botbuilder';
import { loadConfig } from '../../src/config/load-config';
import { botAuthConfiguration, createCloudAdapter, reportTurnError, TURN_ERROR_TEXT } from '../../src/server/create-adapter';
import { silentLogger } from '../../src/logging/json-logger';
import { activity, message } from '../support/fakes/activities';
import { RecordingAdapter } from '../support/fakes/recording-adapter';

describe('reportTurnError', () => {
  it('logs with the activity id and tells the user something readable with that reference', async () => {
    const adapter = new RecordingAdapter();
    const logged: unknown[] = [];
    const logger = { ...silentLogger, error: (_m: string, fields?: unknown) => logged.push(fields) };
    await reportTurnError(new TurnContext(adapter, message('alerts', 'personal', { id: 'act-55' })), new Error('inner secret'), logger);
    assert.equal((logged[0] as { correlationId: string }).correlationId, 'act-55');
    assert.equal(adapter.texts[0], `${TURN_ERROR_TEXT} (reference: act-55)`);
  });

  it('sends nothing for non-message activities (the invoke answers for itself)', async () => {
    const adapter = new RecordingAdapter();
    await reportTurnError(new TurnContext(adapter, activity({ type: 'conversationUpdate' })), new Error('x'), silentLogger);
    assert.equal(adapter.sent.length, 0);
  });
});

describe('botAuthConfiguration (national clouds)', () => {
  const base = { GRAPH_BASE_URL: 'http://127.0.0.1:9', MicrosoftAppId: '6a0f4f4c-3a70-4c1a-8a1e-1b2c3d4e5f60', MicrosoftAppPassword: 'p', MicrosoftAppTenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' };
  const GOV_ENDPOINTS = {
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us',
    ToChannelFromBotOAuthScope: 'https://api.botframework.us',
    ToBotFromChannelTokenIssuer: 'https://api.botframework.us',
    ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.azure.us/v1/.well-known/openidconfiguration',
    ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0/.well-known/openid-configuration',
    OAuthUrl: 'https://tokengcch.botframework.azure.us',
    CallerId: 'urn:botframework:azureusgov',
    ValidateAuthority: 'true',
  };

  it('public cloud by default: only the credentials', () => {
    assert.deepEqual(botAuthConfiguration(loadConfig(base).bot), {
      MicrosoftAppId: base.MicrosoftAppId, MicrosoftAppPassword: 'p', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: base.MicrosoftAppTenantId,
    });
  });

  it('US Government: ChannelService alone, or every endpoint, reaches botbuilder under its own names', () => {
    const gov = botAuthConfiguration(loadConfig({ ...base, ChannelService: 'https://botframework.azure.us' }).bot);
    assert.equal(gov.ChannelService, 'https://botframework.azure.us');
    const explicit = botAuthConfiguration(loadConfig({ ...base, ChannelService: 'https://botframework.azure.us', ...GOV_ENDPOINTS }).bot);
    assert.deepEqual(explicit, {
      MicrosoftAppId: base.MicrosoftAppId, MicrosoftAppPassword: 'p', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: base.MicrosoftAppTenantId,
      ChannelService: 'https://botframework.azure.us', ...GOV_ENDPOINTS, ValidateAuthority: true,
    });
    assert.doesNotThrow(() => createCloudAdapter(loadConfig({ ...base, ...GOV_ENDPOINTS }).bot, silentLogger));
  });

  it('refuses a partial endpoint set or an unknown ChannelService at start-up, naming the variables', () => {
    assert.throws(() => loadConfig({ ...base, ToBotFromChannelOpenIdMetadataUrl: 'https://x.example/metadata' }), /ToChannelFromBotLoginUrl.*must be set/);
    assert.throws(() => loadConfig({ ...base, ChannelService: 'https://botframework.example' }), /ChannelService must be/);
    assert.throws(() => loadConfig({ ...base, ...GOV_ENDPOINTS, OAuthUrl: 'not a url' }), /OAuthUrl/);
  });
});
