import { readRepoFile } from './deploy-files';

export type GraphVariant = 'managedIdentityFederation' | 'managedIdentity' | 'clientSecret';

/** Sample values for what the template's app settings are made of (parameters, the identity, names). */
export const SAMPLE = {
  appRegistration: '6a0f4f4c-3a70-4c1a-8a1e-1b2c3d4e5f60',
  identityClientId: '0b0e7e3c-1d2e-4f5a-8b6c-7d8e9f0a1b2c',
  tenant: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  storageAccount: 'stq3x7u2kd4m5ya',
} as const;

const EXPRESSIONS: Readonly<Record<string, string>> = {
  'identity.properties.clientId': SAMPLE.identityClientId,
  'identity.properties.tenantId': SAMPLE.tenant,
  botAadAppClientId: SAMPLE.appRegistration,
  botAadAppTenantId: SAMPLE.tenant,
  graphBaseUrl: 'https://graph.microsoft.com',
  authorityHost: 'https://login.microsoftonline.com',
  pollIntervalSeconds: '60',
  logLevel: 'info',
  'insights.properties.ConnectionString': 'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/',
  storageAccountName: SAMPLE.storageAccount,
  'environment().suffixes.storage': 'core.windows.net',
};

const between = (text: string, start: string, end: string): string => {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from + start.length);
  if (from < 0 || to < 0) throw new Error(`azure.bicep: cannot find "${start}" … "${end}"`);
  return text.slice(from + start.length, to);
};

/**
 * The web app's settings as azure.bicep writes them for one Graph credential and storage choice, each value
 * evaluated with the sample values above (`none` parameters empty; a Key Vault reference as App Service
 * leaves it when it resolved the secret: `secretValue`). An expression this helper does not know fails, so a
 * new setting is either mapped here or noticed.
 */
export function templateAppSettings(graph: GraphVariant, scaleOut: boolean, secretValue = 'resolved-secret'): Record<string, string> {
  const bicep = readRepoFile('teamsapp/infra/azure.bicep');
  const main = between(bicep, 'appSettings: concat([', '], graphSettingsByCredential[graphCredential], storageSettings)');
  const graphBlock = between(bicep, `  ${graph}: [`, '\n  ]');
  const storage = between(bicep, 'var storageSettings = useTableStorage ? [', '\n]\n');
  const [table = '', sqlite = ''] = storage.split('] : [');
  const settings: Record<string, string> = {};
  for (const block of [main, graphBlock, scaleOut ? table : sqlite]) {
    for (const [, name = '', expression = ''] of block.matchAll(/\{ name: '([^']+)', value: (.+?) \}/g)) {
      settings[name] = evaluate(expression.trim(), secretValue, bicep);
    }
  }
  return settings;
}

function evaluate(expression: string, secretValue: string, bicep: string): string {
  const literal = /^'([^']*)'$/.exec(expression);
  if (literal) return literal[1]!;
  if (/^unlessNone\(\w+\)$/.test(expression)) return '';
  if (expression === 'secretReference') return secretValue;
  const known = EXPRESSIONS[expression] ?? parameterDefault(bicep, expression);
  if (known === undefined) throw new Error(`azure.bicep: no sample value for the app setting expression ${expression}`);
  return known;
}

/** A string parameter's default value in the template (`param name string = 'value'`), as a deploy without it gets. */
export function parameterDefault(bicep: string, name: string): string | undefined {
  if (!/^\w+$/.test(name)) return undefined;
  return new RegExp(`^param ${name} string = '([^']*)'$`, 'm').exec(bicep)?.[1];
}
