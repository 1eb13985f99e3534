import { strict as assert } from 'node:assert';
import { load } from 'js-yaml';
import { loadConfig } from '../../src/config/load-config';
import { parameterDefault, templateAppSettings } from './bicep-settings';
import { readRepoFile } from './deploy-files';

// Azure Service Management (https://management.azure.com/) and its one delegated permission, user_impersonation
// ("Access Azure Service Management as organization users"), as its service principal publishes them.
const AZURE_SERVICE_MANAGEMENT = '797f4846-ba00-4fd7-ba43-dac1f8f63013';
const USER_IMPERSONATION = '41094075-9dad-400e-a0bd-54e686782033';

interface Step { readonly uses: string; readonly name?: string; readonly with?: Record<string, unknown> }

const bicep = (): string => readRepoFile('teamsapp/infra/azure.bicep');
const resourceBlock = (template: string, name: string): string =>
  new RegExp(`^resource ${name} '[^']+' = [^\\n]*\\{\\n([\\s\\S]*?)\\n\\}`, 'm').exec(template)?.[1] ?? '';
const connectionParameters = (block: string): Record<string, string> =>
  Object.fromEntries([...block.matchAll(/\{ key: '([^']+)', value: (\w+) \}/g)].map((match) => [match[1]!, match[2]!]));
/** A connection's settings other than its name, scopes and Unique Identifier: what the Resource Manager one must share with the Graph one. */
const sharedPart = (block: string): string => block.replace(/^ {2}name: \w+$/m, '').replace(/scopes: \w+/, '').replace(/UniqueIdentifier', value: \w+/, '');

describe('delegated Azure writes, packaged: Azure Service Management permission and the Resource Manager OAuth connection (issue 20)', () => {
  it('the app registration requests the delegated Azure Service Management user_impersonation, and no app-level Azure permission', () => {
    const manifest = JSON.parse(readRepoFile('teamsapp/aad.manifest.json')) as { requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[] };
    const azure = manifest.requiredResourceAccess.filter((resource) => resource.resourceAppId === AZURE_SERVICE_MANAGEMENT);
    assert.deepEqual(azure, [{ resourceAppId: AZURE_SERVICE_MANAGEMENT, resourceAccess: [{ id: USER_IMPERSONATION, type: 'Scope' }] }]);
  });

  it('the template creates a second OAuth connection for Resource Manager next to the Graph one: same provider, app registration and token exchange URL, its own scope and Unique Identifier', () => {
    const template = bicep();
    assert.equal(parameterDefault(template, 'armOauthConnectionName'), 'arm');
    assert.notEqual(parameterDefault(template, 'armOauthConnectionName'), parameterDefault(template, 'oauthConnectionName'));
    assert.match(template, /^var armDelegatedScopes = 'openid profile offline_access \$\{resourceManagerUrl\}\/user_impersonation'$/m);
    assert.equal(parameterDefault(template, 'resourceManagerUrl'), 'https://management.azure.com');
    for (const [arm, graph, condition] of [
      ['armConnectionFederated', 'graphConnectionFederated', "oauthConnectionCredential == 'federatedCredential'"],
      ['armConnectionSecret', 'graphConnectionSecret', "oauthConnectionCredential == 'clientSecret'"],
    ] as const) {
      assert.match(template, new RegExp(`^resource ${arm} 'Microsoft\\.BotService/botServices/connections@[^']+' = if \\(delegatedWrites && ${condition}\\) \\{$`, 'm'));
      const block = resourceBlock(template, arm);
      assert.match(block, /^ {2}parent: bot$/m);
      assert.match(block, /^ {2}name: armOauthConnectionName$/m);
      assert.match(block, /scopes: armDelegatedScopes/);
      assert.equal(sharedPart(block), sharedPart(resourceBlock(template, graph)), `${arm} differs from ${graph} only in name, scopes and Unique Identifier`);
    }
    assert.deepEqual(connectionParameters(resourceBlock(template, 'armConnectionFederated')),
      { ClientId: 'botAadAppClientId', UniqueIdentifier: 'armOauthUniqueIdentifier', TokenExchangeUrl: 'tokenExchangeUrl', TenantId: 'botAadAppTenantId' });
    assert.match(template, /^var armOauthUniqueIdentifier = guid\(resourceGroup\(\)\.id, resourceBaseName, 'arm-oauth-connection'\)$/m);
    assert.match(template, /^output BOT_ARM_OAUTH_UNIQUE_ID string = armOauthUniqueIdentifier$/m);
  });

  it('tells the bot the connection\'s name (ARM_OAUTH_CONNECTION_NAME), and the bot accepts it', () => {
    const settings = templateAppSettings('managedIdentityFederation', false);
    assert.equal(settings.ARM_OAUTH_CONNECTION_NAME, 'arm');
    assert.equal(loadConfig(settings).delegation.armOauthConnectionName, parameterDefault(bicep(), 'armOauthConnectionName'));
  });

  it('trusts the Bot Service token store for the second connection with its own federated credential', () => {
    const steps = (load(readRepoFile('teamsapp/m365agents.yml')) as { provision: Step[] }).provision;
    const script = steps.find((step) => step.uses === 'script' && /BOT_ARM_OAUTH_UNIQUE_ID/.test(String(step.with?.run)));
    assert.ok(script, 'a script step creates the Resource Manager connection\'s federated identity credential');
    assert.ok(steps.indexOf(script) > steps.findIndex((step) => step.uses === 'arm/deploy'), 'after the template wrote BOT_ARM_OAUTH_UNIQUE_ID');
    const run = String(script.with?.run);
    assert.match(run, /"\$\{\{WRITE_MODE\}\}" != "delegated"/);
    assert.match(run, /"name":"pim-alerts-arm-oauth-connection"/);
    assert.match(run, /"subject":"\/eid1\/c\/pub\/t\/'"\$tenant64"'\/a\/9ExAW52n_ky4ZiS_jhpJIQ\/\$\{\{BOT_ARM_OAUTH_UNIQUE_ID\}\}"/);
    assert.match(run, /--federated-credential-id pim-alerts-arm-oauth-connection /);
  });

  it('passes the Azure scopes and the Resource Manager root to the bot from the environment file, and the bot reads them', () => {
    const parameters = (JSON.parse(readRepoFile('teamsapp/infra/azure.parameters.json')) as { parameters: Record<string, { value: string }> }).parameters;
    assert.equal(parameters.azureAlertScopes?.value, '${{AZURE_ALERT_SCOPES}}');
    assert.equal(parameters.resourceManagerUrl?.value, '${{AZURE_RESOURCE_MANAGER_URL}}');
    const env = readRepoFile('env/.env.dev');
    assert.match(env, /^AZURE_ALERT_SCOPES=none$/m, 'Entra alerts only unless the operator names subscriptions');
    assert.match(env, /^AZURE_RESOURCE_MANAGER_URL=https:\/\/management\.azure\.com$/m);
    const settings = templateAppSettings('managedIdentityFederation', false);
    assert.equal(settings.AZURE_ALERT_SCOPES, '', "'none' reaches the bot as unset");
    assert.equal(loadConfig(settings).azureResources, undefined);
    const subscription = '2f4a9b4e-7c1d-4e2a-9f3b-5a6c7d8e9f01';
    const withScopes = loadConfig({ ...settings, AZURE_ALERT_SCOPES: subscription }).azureResources;
    assert.deepEqual(withScopes?.subscriptionIds, [subscription]);
    assert.equal(withScopes?.resourceManagerUrl, parameterDefault(bicep(), 'resourceManagerUrl'), 'reads where the second connection\'s scope points');
  });
});
