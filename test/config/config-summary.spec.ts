import assert from 'node:assert/strict';
import { summarizeConfig } from '../../src/config/config-summary';
import { loadConfig } from '../../src/config/load-config';
import { redact } from '../../src/logging/redact';

const BOT = { MicrosoftAppId: '6a0f4f4c-3a70-4c1a-8a1e-1b2c3d4e5f60', MicrosoftAppPassword: 'bot-password-value', MicrosoftAppTenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' };

describe('summarizeConfig', () => {
  it('never includes a secret, only whether one is set', () => {
    const config = loadConfig({
      ...BOT,
      AZURE_TENANT_ID: '11111111-2222-3333-4444-555555555555', AZURE_CLIENT_ID: 'client', AZURE_CLIENT_SECRET: 'graph-secret-value',
    });
    const text = JSON.stringify(summarizeConfig(config));
    assert.doesNotMatch(text, /bot-password-value|graph-secret-value/);
    assert.match(text, /"graphAuthMethod":"clientSecret"/);
    assert.match(text, /"servedTenants":"72f988bf-86f1-41af-91ab-2d7cd011db47"/);
  });

  it('survives the log redactor intact, so start-up logs say how Graph is reached', () => {
    const config = loadConfig({ ...BOT, GRAPH_CREDENTIAL: 'managedIdentity' });
    assert.deepEqual(redact(summarizeConfig(config)), summarizeConfig(config));
  });

  it('names the Bot Framework cloud (public, or the national-cloud ChannelService) and still survives the redactor', () => {
    assert.equal(summarizeConfig(loadConfig({ ...BOT, GRAPH_CREDENTIAL: 'managedIdentity' })).botChannelService, 'public');
    const config = loadConfig({ ...BOT, GRAPH_CREDENTIAL: 'managedIdentity', ChannelService: 'https://botframework.azure.us' });
    const summary = summarizeConfig(config);
    assert.equal(summary.botChannelService, 'https://botframework.azure.us');
    assert.deepEqual(redact(summary), summary);
    const secretish = Object.keys(summary).filter((key) => /secret|password|token|credential|authorization/i.test(key));
    assert.deepEqual(secretish, []);
  });
});
