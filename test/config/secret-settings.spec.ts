import assert from 'node:assert/strict';
import { ClientAssertionCredential } from '@azure/identity';
import { botAuthConfiguration } from '../../src/server/create-adapter';
import { loadConfig } from '../../src/config/load-config';
import { isAppError } from '../../src/errors/app-error';
import { createTokenCredential } from '../../src/pim/graph/graph-credential';

const APP_ID = '6a0f4f4c-3a70-4c1a-8a1e-1b2c3d4e5f60';
const IDENTITY = '0b0e7e3c-1d2e-4f5a-8b6c-7d8e9f0a1b2c';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const REFERENCE = '@Microsoft.KeyVault(VaultName=kvpimalerts;SecretName=bot-password)';
const MSI_BOT = { MicrosoftAppId: IDENTITY, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT };
const FEDERATED_GRAPH = {
  GRAPH_CREDENTIAL: 'managedIdentityFederation', AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: APP_ID, MANAGED_IDENTITY_CLIENT_ID: IDENTITY,
};

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(isAppError(error) && error.code === 'configuration', 'expected a configuration AppError');
    return error.message;
  }
  assert.fail('expected loadConfig to throw');
}

describe('secrets and secret-free credentials in the configuration', () => {
  it('refuses to start on a Key Vault reference App Service could not resolve, naming the setting and never the reference', () => {
    const message = configError({ ...MSI_BOT, ...FEDERATED_GRAPH, AZURE_STORAGE_CONNECTION_STRING: REFERENCE, MicrosoftAppPassword: ` ${REFERENCE}` });
    assert.match(message, /^AZURE_STORAGE_CONNECTION_STRING is an unresolved Key Vault reference/m);
    assert.match(message, /^MicrosoftAppPassword is an unresolved Key Vault reference/m);
    assert.match(message, /Key Vault Secrets User/);
    assert.doesNotMatch(message, /kvpimalerts|bot-password/);
    assert.match(configError({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: REFERENCE.toLowerCase(), MicrosoftAppTenantId: TENANT, GRAPH_BASE_URL: 'http://127.0.0.1:1' }),
      /^MicrosoftAppPassword is an unresolved Key Vault reference/m, 'case-insensitive');
  });

  it('the default Azure path has no secret: bot = user-assigned identity, Graph = app registration federated with it', () => {
    const config = loadConfig({ ...MSI_BOT, ...FEDERATED_GRAPH });
    assert.equal(config.bot.appType, 'UserAssignedMSI');
    assert.equal(config.bot.appPassword, '');
    assert.equal(config.graph.credential, 'managedIdentityFederation');
    assert.equal(config.graph.tokenExchangeAudience, 'api://AzureADTokenExchange');
    assert.ok(createTokenCredential(config.graph) instanceof ClientAssertionCredential);
    assert.deepEqual(botAuthConfiguration(config.bot), {
      MicrosoftAppId: IDENTITY, MicrosoftAppPassword: '', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT,
    });
  });

  it('managedIdentityFederation names what is missing', () => {
    assert.match(configError({ ...MSI_BOT, ...FEDERATED_GRAPH, MANAGED_IDENTITY_CLIENT_ID: '' }),
      /^GRAPH_CREDENTIAL=managedIdentityFederation needs AZURE_TENANT_ID, AZURE_CLIENT_ID \(the app registration\) and MANAGED_IDENTITY_CLIENT_ID/m);
    assert.match(configError({ ...MSI_BOT, ...FEDERATED_GRAPH, MANAGED_IDENTITY_CLIENT_ID: 'my-identity' }), /^MANAGED_IDENTITY_CLIENT_ID must be a GUID/m);
  });

  it('reads CLIENT_SECRET_EXPIRES_ON as a date (00:00 UTC) or a date and time with an offset, and refuses anything else', () => {
    const env = { ...MSI_BOT, ...FEDERATED_GRAPH };
    assert.equal(loadConfig(env).secrets.clientSecretExpiresAt, undefined);
    assert.equal(loadConfig({ ...env, CLIENT_SECRET_EXPIRES_ON: '2027-06-30' }).secrets.clientSecretExpiresAt, '2027-06-30T00:00:00.000Z');
    assert.equal(loadConfig({ ...env, CLIENT_SECRET_EXPIRES_ON: '2027-06-30T12:00:00+02:00' }).secrets.clientSecretExpiresAt, '2027-06-30T10:00:00.000Z');
    for (const bad of ['2027-02-30', 'next June', '30/06/2027', '2027-06-30T12:00']) {
      assert.match(configError({ ...env, CLIENT_SECRET_EXPIRES_ON: bad }), /^CLIENT_SECRET_EXPIRES_ON must be a date such as 2027-06-30/m, bad);
    }
  });
});
