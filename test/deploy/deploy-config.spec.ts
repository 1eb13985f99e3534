import { strict as assert } from 'node:assert';
import { load } from 'js-yaml';
import { deployedFiles, readRepoFile, toolkitIgnore } from './deploy-files';

interface Step {
  readonly uses: string;
  readonly with?: Record<string, unknown>;
}

const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
// Microsoft Graph application permission (app role) ids, as published in Graph's service principal.
const ROLE_MANAGEMENT_ALERT_READ_WRITE = '11059518-d6a6-4851-98ed-509268489c4a';
const ROLE_MANAGEMENT_ALERT_READ = 'ef31918f-2d50-4755-8943-b8638c0a077e';
const GROUP_MEMBER_READ_ALL = '98830695-27a2-44f7-8c18-0c3ebc9698f6';
// POST /users/{id}/checkMemberGroups app-only: User.Read.All and GroupMember.Read.All (Graph API reference,
// "Group memberships for other users"; permissions/new/permissions.json lists both for that path).
const USER_READ_ALL = 'df021288-bdef-4463-88db-98f22de89214';

const bicep = (): string => readRepoFile('teamsapp/infra/azure.bicep');
const deploySteps = (): Step[] => (load(readRepoFile('teamsapp/m365agents.yml')) as { deploy: Step[] }).deploy;

describe('deploy path (Agents Toolkit project, Bicep, app registration)', () => {
  it('names Graph and its application permissions by id, as the toolkit requires', () => {
    const manifest = JSON.parse(readRepoFile('teamsapp/aad.manifest.json')) as {
      requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
    };
    assert.deepEqual(manifest.requiredResourceAccess, [{
      resourceAppId: GRAPH_APP_ID,
      resourceAccess: [
        { id: ROLE_MANAGEMENT_ALERT_READ_WRITE, type: 'Role' }, { id: GROUP_MEMBER_READ_ALL, type: 'Role' }, { id: USER_READ_ALL, type: 'Role' },
      ],
    }]);
    assert.match(readRepoFile('README.md'), new RegExp(ROLE_MANAGEMENT_ALERT_READ), 'the read-only id is documented');
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

  it('keeps the client secret out of plain app settings: Key Vault references, or a managed identity for Graph', () => {
    const settings = bicep();
    assert.doesNotMatch(settings, /\{ name: '[^']+', value: botAadAppClientSecret \}/, 'no app setting holds the secret itself');
    assert.match(settings, /properties: \{ value: botAadAppClientSecret \}/, 'the Key Vault secret does');
    assert.match(settings, /\{ name: 'MicrosoftAppPassword', value: secretReference \}/);
    assert.match(settings, /\{ name: 'AZURE_CLIENT_SECRET', value: secretReference \}/);
    assert.match(settings, /var secretReference = '@Microsoft\.KeyVault\(VaultName=\$\{keyVaultName\};SecretName=/);
    assert.match(settings, /keyVaultReferenceIdentity: identity\.id/);
    assert.match(settings, /\{ name: 'AZURE_CLIENT_ID', value: identity\.properties\.clientId \}/);
  });

  it('pins the Bicep CLI the toolkit downloads to a current release (v0.46.1, July 2026, or later)', () => {
    const armDeploy = (load(readRepoFile('teamsapp/m365agents.yml')) as { provision: Step[] }).provision.find((step) => step.uses === 'arm/deploy');
    const version = String(armDeploy?.with?.bicepCliVersion);
    const [, major, minor, patch] = /^v(\d+)\.(\d+)\.(\d+)$/.exec(version) ?? [];
    assert.ok(major !== undefined, `bicepCliVersion "${version}" is an exact release tag`);
    assert.ok(Number(major) > 0 || Number(minor) > 46 || (Number(minor) === 46 && Number(patch) >= 1), `bicepCliVersion ${version} is at least v0.46.1`);
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
