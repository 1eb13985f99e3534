import { strict as assert } from 'node:assert';
import { load } from 'js-yaml';
import { loadConfig } from '../../src/config/load-config';
import { SAMPLE, templateAppSettings } from './bicep-settings';
import { deployedFiles, readRepoFile, toolkitIgnore } from './deploy-files';
import { DELEGATED, GRAPH_APP_ID, GROUP_MEMBER_READ_ALL, ROLE_MANAGEMENT_ALERT_READ, ROLE_MANAGEMENT_ALERT_READ_WRITE, USER_READ_ALL } from './graph-permission-ids';

interface Step {
  readonly uses: string;
  readonly with?: Record<string, unknown>;
}

const bicep = (): string => readRepoFile('teamsapp/infra/azure.bicep');
const deploySteps = (): Step[] => (load(readRepoFile('teamsapp/m365agents.yml')) as { deploy: Step[] }).deploy;
const provisionSteps = (): Step[] => (load(readRepoFile('teamsapp/m365agents.yml')) as { provision: Step[] }).provision;

describe('deploy path (Agents Toolkit project, Bicep, app registration)', () => {
  it('names Graph and its permissions by id, as the toolkit requires: the app itself only reads alerts, writes are delegated', () => {
    const manifest = JSON.parse(readRepoFile('teamsapp/aad.manifest.json')) as {
      requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
    };
    // Graph, and Azure Service Management's delegated user_impersonation (test/deploy/arm-delegated-packaging.spec.ts).
    assert.deepEqual(manifest.requiredResourceAccess.map((resource) => resource.resourceAppId), [GRAPH_APP_ID, '797f4846-ba00-4fd7-ba43-dac1f8f63013']);
    assert.deepEqual(manifest.requiredResourceAccess.filter((resource) => resource.resourceAppId === GRAPH_APP_ID), [{
      resourceAppId: GRAPH_APP_ID,
      resourceAccess: [
        { id: ROLE_MANAGEMENT_ALERT_READ, type: 'Role' }, { id: GROUP_MEMBER_READ_ALL, type: 'Role' }, { id: USER_READ_ALL, type: 'Role' },
        { id: DELEGATED.RoleManagementAlert_ReadWrite_Directory, type: 'Scope' },
        { id: DELEGATED.openid, type: 'Scope' }, { id: DELEGATED.profile, type: 'Scope' }, { id: DELEGATED.offline_access, type: 'Scope' },
      ],
    }]);
    const readme = readRepoFile('README.md');
    assert.match(readme, new RegExp(ROLE_MANAGEMENT_ALERT_READ_WRITE), 'the app role application mode needs is documented');
    assert.match(readme, new RegExp(DELEGATED.RoleManagementAlert_ReadWrite_Directory), 'the delegated scope is documented');
  });

  it('derives resource names in Bicep: no RESOURCE_SUFFIX in env files, parameters or yml', () => {
    for (const file of ['env/.env.dev', 'env/.env.local', 'teamsapp/infra/azure.parameters.json', 'teamsapp/m365agents.yml', 'teamsapp/m365agents.local.yml']) {
      assert.doesNotMatch(readRepoFile(file), /RESOURCE_SUFFIX/, file);
    }
    assert.match(bicep(), /param resourceBaseName string = 'pimalerts\$\{uniqueString\(resourceGroup\(\)\.id/);
  });

  it('runs one Node major on App Service that package.json engines allow, and so does this machine', () => {
    const engines = (JSON.parse(readRepoFile('package.json')) as { engines: { node: string } }).engines.node;
    const [, minMajor, minMinor, maxMajor] = /^>=(\d+)\.(\d+) <(\d+)$/.exec(engines) ?? [];
    assert.ok(minMajor && minMinor && maxMajor, `engines.node "${engines}" has the form ">=A.B <C"`);
    const allows = (major: number, minor: number): boolean =>
      (major > Number(minMajor) || (major === Number(minMajor) && minor >= Number(minMinor))) && major < Number(maxMajor);
    const appService = /linuxFxVersion: 'NODE\|(\d+)-lts'/.exec(bicep())?.[1];
    assert.equal(appService, '22');
    assert.ok(allows(Number(appService), 0), `App Service Node ${appService} within ${engines}`);
    const [major, minor] = process.versions.node.split('.').map(Number);
    assert.ok(allows(major!, minor!), `Node ${process.versions.node} (CI) within ${engines}: npm ci must not refuse it`);
  });

  it('uploads only compiled product code, cards and the lockfile; App Service installs production dependencies on Linux', () => {
    const zipDeploy = deploySteps().find((step) => step.uses === 'azureAppService/zipDeploy');
    assert.deepEqual(zipDeploy?.with && [zipDeploy.with.workingDirectory, zipDeploy.with.artifactFolder, zipDeploy.with.ignoreFile],
      ['..', '.', './teamsapp/.webappignore'], 'the ignore file is relative to workingDirectory (the repository root)');
    const files = deployedFiles(toolkitIgnore('teamsapp/.webappignore'));
    assert.ok(files.includes('dist/src/index.js'), 'the build ran (npx tsc -p .) and its entry point is uploaded');
    for (const needed of ['package.json', 'package-lock.json', 'cards/alert.json']) assert.ok(files.includes(needed), needed);
    const unexpected = files.filter((file) => !/^(package\.json|package-lock\.json|cards\/[^/]+\.json|dist\/src\/.+\.js)$/.test(file));
    assert.deepEqual(unexpected, []);
    assert.deepEqual(files.filter((file) => file.startsWith('dist/src/tools/')), []);
    const settings = bicep();
    assert.match(settings, /\{ name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' \}/);
    assert.match(settings, /\{ name: 'CUSTOM_BUILD_COMMAND', value: 'npm ci --omit=dev[^']*' \}/);
    assert.doesNotMatch(settings, /WEBSITE_RUN_FROM_PACKAGE/, 'a read-only package cannot be built on App Service');
  });

  it('no secret in the default path: the bot is the user-assigned managed identity, Graph the app registration federated with it', () => {
    const template = bicep();
    assert.match(template, /param graphCredential string = 'managedIdentityFederation'/);
    assert.match(template, /msaAppType: 'UserAssignedMSI'/);
    assert.match(template, /msaAppMSIResourceId: identity\.id/);
    assert.match(template, /msaAppId: identity\.properties\.clientId/);
    assert.doesNotMatch(template, /MicrosoftAppPassword/, 'the bot has no password setting at all');
    assert.doesNotMatch(readRepoFile('teamsapp/infra/azure.parameters.json'), /SECRET_/, 'no secret is passed to the template');
    const aadApp = provisionSteps().find((step) => step.uses === 'aadApp/create');
    assert.equal(aadApp?.with?.generateClientSecret, false);
    assert.equal((aadApp as { writeToEnvironmentFile?: Record<string, string> } | undefined)?.writeToEnvironmentFile?.clientSecret, undefined);
    const settings = templateAppSettings('managedIdentityFederation', false);
    const config = loadConfig(settings);
    assert.deepEqual([config.bot.appType, config.bot.appId, config.bot.appPassword], ['UserAssignedMSI', SAMPLE.identityClientId, '']);
    assert.deepEqual([config.graph.credential, config.graph.clientId, config.graph.managedIdentityClientId], ['managedIdentityFederation', SAMPLE.appRegistration, SAMPLE.identityClientId]);
    assert.ok(Object.values(settings).every((value) => !/KeyVault|secret/i.test(value)));
    assert.match(config.telemetry.connectionString ?? '', /^InstrumentationKey=/, 'telemetry goes to the Application Insights the template creates');
    assert.match(template, /resource insights 'Microsoft\.Insights\/components@[^']+' = \{[^]*?WorkspaceResourceId: logs\.id/, 'workspace-based Application Insights');
    // The manifest's bot is the identity; the app registration stays the Graph client.
    assert.match(readRepoFile('teamsapp/manifest.json'), /"botId": "\$\{\{TEAMS_BOT_ID\}\}"/);
    assert.match(template, /output TEAMS_BOT_ID string = identity\.properties\.clientId/);
  });

  it('makes the managed identity a federated identity credential of the app registration (issuer, subject, audience)', () => {
    const steps = provisionSteps();
    const script = steps.find((step) => step.uses === 'script' && /federated-credential/.test(String(step.with?.run)) && /BOT_IDENTITY_PRINCIPAL_ID/.test(String(step.with?.run)));
    assert.ok(script, 'a script step creates the federated identity credential');
    assert.ok(steps.indexOf(script) > steps.findIndex((step) => step.uses === 'arm/deploy'), 'after the identity exists');
    const run = String(script.with?.run);
    assert.match(run, /"issuer":"\$\{\{AZURE_AUTHORITY_HOST\}\}\/\$\{\{BOT_TENANT_ID\}\}\/v2\.0"/);
    assert.match(run, /"subject":"\$\{\{BOT_IDENTITY_PRINCIPAL_ID\}\}"/);
    assert.match(run, /"audiences":\["api:\/\/AzureADTokenExchange"\]/);
    assert.match(run, /--id "\$\{\{BOT_ID\}\}"/);
    assert.match(bicep(), /output BOT_IDENTITY_PRINCIPAL_ID string = identity\.properties\.principalId/);
    assert.equal(loadConfig(templateAppSettings('managedIdentityFederation', false)).graph.tokenExchangeAudience, 'api://AzureADTokenExchange', 'the audience the bot asks for');
  });

  it('with graphCredential clientSecret, the secret lives in the Key Vault only, and an unresolved reference stops start-up', () => {
    const template = bicep();
    for (const resource of ['vault', 'botPassword', 'identityReadsSecrets']) assert.match(template, new RegExp(`resource ${resource} '[^']+' = if \\(useSecret\\)`), resource);
    assert.doesNotMatch(template, /\{ name: '[^']+', value: botAadAppClientSecret \}/, 'no app setting holds the secret itself');
    assert.match(template, /properties: \{ value: botAadAppClientSecret \}/, 'the Key Vault secret does');
    assert.match(template, /var secretReference = '@Microsoft\.KeyVault\(VaultName=\$\{keyVaultName\};SecretName=/);
    assert.match(template, /keyVaultReferenceIdentity: identity\.id/);
    assert.equal(loadConfig(templateAppSettings('clientSecret', false)).graph.clientSecret, 'resolved-secret');
    const unresolved = templateAppSettings('clientSecret', false, '@Microsoft.KeyVault(VaultName=kv1;SecretName=bot-password)');
    assert.throws(() => loadConfig(unresolved), /AZURE_CLIENT_SECRET is an unresolved Key Vault reference/);
    assert.equal(loadConfig(templateAppSettings('managedIdentity', false)).graph.credential, 'managedIdentity');
  });

  it('scale-out: an optional StorageV2 account without shared keys (TLS 1.2), Table and Blob Data Contributor for the identity, settings the bot accepts', () => {
    const template = bicep();
    const storage = /resource storage 'Microsoft\.Storage\/storageAccounts@[^']+' = if \(useTableStorage\) \{([\s\S]*?)\n\}/.exec(template)?.[1] ?? '';
    assert.match(storage, /kind: 'StorageV2'/);
    assert.match(storage, /allowSharedKeyAccess: false/);
    assert.match(storage, /minimumTlsVersion: 'TLS1_2'/);
    assert.match(storage, /allowBlobPublicAccess: false/);
    assert.match(template, /param scaleOut string = 'false'/);
    for (const [role, id] of [['Table', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'], ['Blob', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe']] as const) {
      const variable = new RegExp(`var (\\w+) = '${id}'`).exec(template)?.[1];
      assert.ok(variable, `Storage ${role} Data Contributor (${id}) is named`);
      const assignment = new RegExp(`= if \\(useTableStorage\\) \\{\\s+name: guid\\(storage\\.id, identity\\.id, ${variable}\\)\\s+scope: storage\\s+properties: \\{\\s+roleDefinitionId: subscriptionResourceId\\('Microsoft\\.Authorization/roleDefinitions', ${variable}\\)\\s+principalId: identity\\.properties\\.principalId`);
      assert.match(template, assignment, `${role} role assigned to the identity on the account`);
    }
    const scaled = loadConfig(templateAppSettings('managedIdentityFederation', true)).storage;
    assert.equal(scaled.backend, 'table');
    assert.equal(scaled.azure?.tableUrl, `https://${SAMPLE.storageAccount}.table.core.windows.net`);
    assert.equal(scaled.azure?.managedIdentityClientId, SAMPLE.identityClientId);
    assert.equal(scaled.azure?.connectionString, undefined, 'no account key anywhere');
    const single = loadConfig(templateAppSettings('managedIdentityFederation', false)).storage;
    assert.deepEqual([single.backend, single.dataDir, single.journalMode], ['sqlite', '/home/data/pim-alerts', 'delete']);
    assert.match(readRepoFile('teamsapp/infra/azure.parameters.json'), /"scaleOut": \{ "value": "\$\{\{SCALE_OUT\}\}" \}/);
  });

  it('Always On only with a plan that offers it: the SKU parameter allows Basic (B1) and up, never Free or Shared', () => {
    const template = bicep();
    const allowed = /@allowed\(\[([^\]]*)\]\)\s*param webAppSku string = 'B1'/.exec(template)?.[1] ?? '';
    const skus = [...allowed.matchAll(/'([^']+)'/g)].map((match) => match[1]!);
    assert.ok(skus.includes('B1') && skus.includes('S1') && skus.includes('P1v3'), skus.join(','));
    assert.deepEqual(skus.filter((sku) => /^(F|D|FREE|SHARED|Y|EP|WS)/i.test(sku)), [], 'no SKU without Always On');
    assert.match(template, /alwaysOn: true/);
  });

  it('pins the Bicep CLI the toolkit downloads to a current release (v0.49.2 or later)', () => {
    const armDeploy = provisionSteps().find((step) => step.uses === 'arm/deploy');
    const version = String(armDeploy?.with?.bicepCliVersion);
    const [, major, minor, patch] = /^v(\d+)\.(\d+)\.(\d+)$/.exec(version) ?? [];
    assert.ok(major !== undefined, `bicepCliVersion "${version}" is an exact release tag`);
    assert.ok(Number(major) > 0 || Number(minor) > 49 || (Number(minor) === 49 && Number(patch) >= 2), `bicepCliVersion ${version} is at least v0.49.2`);
  });

  it('README: role assignments in the template need Owner or User Access Administrator', () => {
    assert.match(readRepoFile('README.md'), /\*\*as Owner or User Access Administrator\*\*/);
    assert.match(bicep(), /Microsoft\.Authorization\/roleAssignments/, 'the template does assign roles');
  });

  it('declares botframework-connector at the exact version botbuilder uses (CloudAdapter checks its AuthenticationError class)', () => {
    const ours = (JSON.parse(readRepoFile('package.json')) as { dependencies: Record<string, string> }).dependencies['botframework-connector'];
    const lock = JSON.parse(readRepoFile('package-lock.json')) as { packages: Record<string, { version?: string; dependencies?: Record<string, string> }> };
    assert.equal(ours, lock.packages['node_modules/botbuilder']?.dependencies?.['botframework-connector']);
    assert.equal(lock.packages['node_modules/botbuilder/node_modules/botframework-connector'], undefined, 'one copy installed');
  });
});
