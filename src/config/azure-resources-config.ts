import type { AppConfig } from './app-config';
import type { EnvReader } from './env-reader';
import { subscriptionIdOf } from '../pim/arm/azure-scope';

const MAX_SCOPES = 2000;

/**
 * AZURE_ALERT_SCOPES: subscriptions whose Azure-resource PIM alerts are read (comma- or space-separated ids,
 * `subscriptions/{id}` or `/subscriptions/{id}`), or `discover` for every enabled subscription the identity can read.
 * Management groups and resource groups are refused: no source documents the alerts API at those scopes.
 */
export function readAzureResources(read: EnvReader): Pick<AppConfig, 'azureResources'> {
  const text = read.optional('AZURE_ALERT_SCOPES')?.trim() ?? '';
  if (text === '') return {};
  const resourceManagerUrl = read.url('AZURE_RESOURCE_MANAGER_URL', 'https://management.azure.com').replace(/\/+$/, '');
  const readReserve = read.integer('AZURE_READ_RESERVE', 25, 0, 10_000);
  if (text.toLowerCase() === 'discover') return { azureResources: { resourceManagerUrl, subscriptionIds: [], discover: true, readReserve } };
  const ids: string[] = [];
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    const id = subscriptionIdOf(entry);
    if (id === null) {
      read.problem(`AZURE_ALERT_SCOPES: "${entry.slice(0, 80)}" is not a subscription (expected a subscription id, subscriptions/{id}, or the word discover).`);
    } else if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length > MAX_SCOPES) read.problem(`AZURE_ALERT_SCOPES names ${ids.length} subscriptions; at most ${MAX_SCOPES} are supported.`);
  return { azureResources: { resourceManagerUrl, subscriptionIds: ids, discover: false, readReserve } };
}
