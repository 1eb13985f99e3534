import assert from 'node:assert/strict';
import { summarizeConfig } from '../../src/config/config-summary';
import { loadConfig } from '../../src/config/load-config';
import { redact } from '../../src/logging/redact';

describe('summarizeConfig', () => {
  it('never includes a secret, only whether one is set', () => {
    const config = loadConfig({
      MicrosoftAppId: 'bot-app', MicrosoftAppPassword: 'bot-password-value',
      AZURE_TENANT_ID: '11111111-2222-3333-4444-555555555555', AZURE_CLIENT_ID: 'client', AZURE_CLIENT_SECRET: 'graph-secret-value',
    });
    const text = JSON.stringify(summarizeConfig(config));
    assert.doesNotMatch(text, /bot-password-value|graph-secret-value/);
    assert.match(text, /"graphAuthMethod":"clientSecret"/);
  });

  it('survives the log redactor intact, so start-up logs say how Graph is reached', () => {
    const config = loadConfig({ GRAPH_CREDENTIAL: 'managedIdentity' });
    assert.deepEqual(redact(summarizeConfig(config)), summarizeConfig(config));
  });

  it('names the Bot Framework cloud (public, or the national-cloud ChannelService) and still survives the redactor', () => {
    assert.equal(summarizeConfig(loadConfig({ GRAPH_CREDENTIAL: 'managedIdentity' })).botChannelService, 'public');
    const config = loadConfig({ GRAPH_CREDENTIAL: 'managedIdentity', ChannelService: 'https://botframework.azure.us' });
    const summary = summarizeConfig(config);
    assert.equal(summary.botChannelService, 'https://botframework.azure.us');
    assert.deepEqual(redact(summary), summary);
    const secretish = Object.keys(summary).filter((key) => /secret|password|token|credential|authorization/i.test(key));
    assert.deepEqual(secretish, []);
  });
});
