import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { load } from 'js-yaml';
import { loadConfig } from '../../src/config/load-config';
import { readEnvFile } from '../../src/tools/teams-package/env-file';
import { REPO_ROOT } from '../../src/tools/repo-paths';
import { parameterDefault, SAMPLE, templateAppSettings } from './bicep-settings';
import { readRepoFile } from './deploy-files';
import { DELEGATED, GRAPH_APP_ID } from './graph-permission-ids';

// Teams clients that may get an SSO token for the app without a consent prompt (Teams platform docs, "Configure
// your app in Microsoft Entra ID" for bot SSO): Teams desktop/mobile and Teams web.
const TEAMS_DESKTOP_MOBILE = '1fec8e78-bce4-4aaf-ab1b-5451cc387264';
const TEAMS_WEB = '5e3ce6c0-2b1f-4285-8d4b-75ee78787346';
// Connection providers: "Azure Active Directory v2" (Microsoft's Teams samples and toolkit templates) and
// "AAD v2 with Federated Credentials" (README "Least privilege" says where this id comes from).
const AAD_V2_PROVIDER = '30dd229c-58e3-4a48-bdfd-91ec48eb906c';
const AAD_V2_FIC_PROVIDER = 'c00b44ab-5e16-c44c-af26-2fd5bc55eb18';

interface AadManifest {
  appId: string;
  identifierUris: string[];
  accessTokenAcceptedVersion: number;
  requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
  oauth2Permissions: { id: string; value: string; type: string; isEnabled: boolean }[];
  preAuthorizedApplications: { appId: string; permissionIds: string[] }[];
  replyUrlsWithType: { url: string; type: string }[];
}
interface Step {
  readonly uses: string;
  readonly name?: string;
  readonly with?: Record<string, unknown>;
}

const aad = (): AadManifest => JSON.parse(readRepoFile('teamsapp/aad.manifest.json')) as AadManifest;
const bicep = (): string => readRepoFile('teamsapp/infra/azure.bicep');
const resourceBlock = (template: string, name: string): string =>
  new RegExp(`^resource ${name} '[^']+' = [^\\n]*\\{\\n([\\s\\S]*?)\\n\\}`, 'm').exec(template)?.[1] ?? '';
const variable = (template: string, name: string): string | undefined => new RegExp(`^var ${name} = '([^']*)'$`, 'm').exec(template)?.[1];
const connectionParameters = (block: string): Record<string, string> =>
  Object.fromEntries([...block.matchAll(/\{ key: '([^']+)', value: (\w+) \}/g)].map((match) => [match[1]!, match[2]!]));

describe('delegated writes, packaged: app registration, Teams manifest and Azure Bot OAuth connection (issue 18)', () => {
  it('the app registration exposes access_as_user under api://botid-<the bot\'s id> and accepts v2 tokens', () => {
    const manifest = aad();
    assert.deepEqual(manifest.identifierUris, ['api://botid-${{TEAMS_BOT_ID}}']);
    const steps = (load(readRepoFile('teamsapp/m365agents.yml')) as { provision: Step[] }).provision;
    assert.ok(steps.findIndex((step) => step.uses === 'aadApp/update') > steps.findIndex((step) => step.uses === 'arm/deploy'),
      'the app registration is updated once the template wrote TEAMS_BOT_ID');
    const local = (load(readRepoFile('teamsapp/m365agents.local.yml')) as { provision: Step[] }).provision;
    assert.ok(local.findIndex((step) => step.uses === 'aadApp/update') > local.findIndex((step) => /TEAMS_BOT_ID=/.test(String(step.with?.run))),
      'locally TEAMS_BOT_ID (= BOT_ID) is set before the app registration is updated');
    assert.equal(manifest.accessTokenAcceptedVersion, 2);
    assert.equal(manifest.oauth2Permissions.length, 1);
    const [scope] = manifest.oauth2Permissions;
    assert.deepEqual([scope!.value, scope!.isEnabled, scope!.id], ['access_as_user', true, '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}'],
      'the toolkit generates the permission id when the manifest names this variable');
  });

  it('pre-authorizes exactly the Teams clients, for access_as_user only', () => {
    const manifest = aad();
    const scopeId = manifest.oauth2Permissions[0]?.id;
    assert.deepEqual(manifest.preAuthorizedApplications, [
      { appId: TEAMS_DESKTOP_MOBILE, permissionIds: [scopeId] },
      { appId: TEAMS_WEB, permissionIds: [scopeId] },
    ]);
  });

  it('keeps the Bot Framework token service redirect URI for the sign-in card fallback, and no other', () => {
    assert.deepEqual(aad().replyUrlsWithType, [{ url: 'https://token.botframework.com/.auth/web/redirect', type: 'Web' }]);
  });

  it('Teams manifest webApplicationInfo: the app registration, and its Application ID URI naming the manifest\'s bot', () => {
    const teams = JSON.parse(readRepoFile('teamsapp/manifest.json')) as { webApplicationInfo?: { id: string; resource?: string }; bots: { botId: string }[]; validDomains: string[] };
    const manifest = aad();
    assert.equal(teams.webApplicationInfo?.id, manifest.appId);
    assert.equal(teams.webApplicationInfo?.resource, `api://botid-${teams.bots[0]?.botId}`);
    assert.equal(teams.webApplicationInfo.resource, 'api://botid-${{TEAMS_BOT_ID}}');
    // The sign-in card's fallback page is the Bot Framework token service's (Teams docs, "Add authentication to your Teams bot").
    assert.ok(teams.validDomains.includes('token.botframework.com'), teams.validDomains.join(', '));
    assert.deepEqual(manifest.identifierUris, [teams.webApplicationInfo.resource], 'Teams asks for a token of the URI the app registration exposes');
    assert.match(readRepoFile('teamsapp/infra/azure.parameters.json'), /"botAadAppClientId": \{ "value": "\$\{\{BOT_ID\}\}" \}/,
      'the template\'s app registration is the same BOT_ID');
  });

  it('the template creates the OAuth connection (federated by default): token exchange URL = the Application ID URI, the delegated scopes the app registration declares', () => {
    const template = bicep();
    assert.equal(parameterDefault(template, 'oauthConnectionCredential'), 'federatedCredential');
    const federated = resourceBlock(template, 'graphConnectionFederated');
    assert.match(template, /^resource graphConnectionFederated 'Microsoft\.BotService\/botServices\/connections@[^']+' = if \(delegatedWrites && oauthConnectionCredential == 'federatedCredential'\) \{$/m);
    assert.match(federated, /^ {2}parent: bot$/m);
    assert.match(federated, /^ {2}name: oauthConnectionName$/m);
    assert.match(federated, new RegExp(`serviceProviderId: '${AAD_V2_FIC_PROVIDER}'`));
    assert.doesNotMatch(federated, /clientSecret/, 'no secret in the default connection');
    assert.deepEqual(connectionParameters(federated),
      { ClientId: 'botAadAppClientId', UniqueIdentifier: 'oauthUniqueIdentifier', TokenExchangeUrl: 'tokenExchangeUrl', TenantId: 'botAadAppTenantId' });
    // The bot (msaAppId) is the identity, which the template also writes to TEAMS_BOT_ID.
    assert.match(template, /msaAppId: identity\.properties\.clientId/);
    assert.match(template, /^output TEAMS_BOT_ID string = identity\.properties\.clientId$/m);
    assert.equal(variable(template, 'tokenExchangeUrl')?.replace('${identity.properties.clientId}', '${{TEAMS_BOT_ID}}'), aad().identifierUris[0]);
    // Every scope the connection asks for is a delegated Graph permission the app registration declares (so admin consent covers it).
    const scopes = variable(template, 'graphDelegatedScopes')?.split(' ') ?? [];
    assert.match(federated, /scopes: graphDelegatedScopes/);
    const declared = aad().requiredResourceAccess.find((resource) => resource.resourceAppId === GRAPH_APP_ID)?.resourceAccess
      .filter((access) => access.type === 'Scope').map((access) => access.id).sort();
    const ids: Record<string, string> = {
      'RoleManagementAlert.ReadWrite.Directory': DELEGATED.RoleManagementAlert_ReadWrite_Directory,
      openid: DELEGATED.openid, profile: DELEGATED.profile, offline_access: DELEGATED.offline_access,
    };
    assert.ok(scopes.includes('RoleManagementAlert.ReadWrite.Directory'), scopes.join(' '));
    assert.deepEqual(scopes.map((scope) => ids[scope] ?? `unknown ${scope}`).sort(), declared);
  });

  it('with oauthConnectionCredential clientSecret: the classic AAD v2 provider, the secret only as a secure parameter, never in an output or app setting', () => {
    const template = bicep();
    const classic = resourceBlock(template, 'graphConnectionSecret');
    assert.match(template, /^resource graphConnectionSecret '[^']+' = if \(delegatedWrites && oauthConnectionCredential == 'clientSecret'\) \{$/m);
    assert.match(classic, new RegExp(`serviceProviderId: '${AAD_V2_PROVIDER}'`));
    assert.match(classic, /clientSecret: botAadAppClientSecret/);
    assert.deepEqual(connectionParameters(classic), { tenantID: 'botAadAppTenantId', tokenExchangeUrl: 'tokenExchangeUrl' });
    assert.match(template, /@secure\(\)\n@description\([^\n]*\)\nparam botAadAppClientSecret string = ''/);
    assert.deepEqual(template.split('\n').filter((line) => /^output /.test(line) && /Secret|secret/.test(line)), []);
  });

  it('switches the template to WRITE_MODE=delegated with that connection name, and the bot accepts the settings', () => {
    const template = bicep();
    assert.equal(parameterDefault(template, 'writeMode'), 'delegated');
    assert.match(readRepoFile('teamsapp/infra/azure.parameters.json'), /"writeMode": \{ "value": "\$\{\{WRITE_MODE\}\}" \}/);
    const env = readEnvFile(`${REPO_ROOT}/env/.env.dev`);
    assert.equal(env.WRITE_MODE, 'delegated');
    assert.equal(env.OAUTH_CONNECTION_CREDENTIAL, 'federatedCredential');
    const config = loadConfig(templateAppSettings('managedIdentityFederation', false));
    assert.equal(config.delegation.writeMode, 'delegated');
    assert.equal(config.delegation.oauthConnectionName, parameterDefault(template, 'oauthConnectionName'));
    assert.equal(config.bot.appId, SAMPLE.identityClientId, 'the bot (the identity) owns the OAuth connection');
  });

  it('trusts the Bot Service token store with a federated credential whose subject names the connection\'s Unique Identifier', () => {
    const steps = (load(readRepoFile('teamsapp/m365agents.yml')) as { provision: Step[] }).provision;
    const script = steps.find((step) => step.uses === 'script' && /9ExAW52n_ky4ZiS_jhpJIQ/.test(String(step.with?.run)));
    assert.ok(script, 'a script step creates the token store\'s federated identity credential');
    assert.ok(steps.indexOf(script) > steps.findIndex((step) => step.uses === 'arm/deploy'), 'after the template wrote BOT_OAUTH_UNIQUE_ID');
    const run = String(script.with?.run);
    assert.match(run, /"\$\{\{WRITE_MODE\}\}" != "delegated"/);
    assert.match(run, /"subject":"\/eid1\/c\/pub\/t\/'"\$tenant64"'\/a\/9ExAW52n_ky4ZiS_jhpJIQ\/\$\{\{BOT_OAUTH_UNIQUE_ID\}\}"/);
    assert.match(run, /"issuer":"\$\{\{AZURE_AUTHORITY_HOST\}\}\/\$\{\{BOT_TENANT_ID\}\}\/v2\.0"/);
    assert.match(run, /"audiences":\["api:\/\/AzureADTokenExchange"\]/);
    assert.match(bicep(), /^output BOT_OAUTH_UNIQUE_ID string = oauthUniqueIdentifier$/m);
    // The tenant segment: a real Entra token's sub for tenant 5369a35c-… reads XKNpU6VGd0aP-S5lWHZU5w.
    const program = /node -e '([^']+)'/.exec(run)?.[1];
    assert.ok(program, 'the encoder is a node one-liner');
    const encode = (tenant: string): string => execFileSync(process.execPath, ['-e', program, tenant], { encoding: 'utf8' });
    assert.equal(encode('5369a35c-46a5-4677-8ff9-2e65587654e7'), 'XKNpU6VGd0aP-S5lWHZU5w');
    assert.equal(encode('9d17cc32-c91b-4368-8494-1b29ccb0dbcf'), 'MswXnRvJaEOElBspzLDbzw');
    assert.throws(() => encode('not-a-guid'));
  });
});
