import { TableClient } from '@azure/data-tables';
import { ManagedIdentityCredential } from '@azure/identity';
import type { AppConfig } from '../config/app-config';
import type { FencedStorage } from './fencing';
import { SqliteStorage } from './sqlite-storage';
import { TableStorage } from './table/table-storage';

/**
 * The Storage the app runs on: SQLite in DATA_DIR (one instance), or Azure Table storage
 * (STORAGE_BACKEND=table) for several instances behind one leader.
 */
export async function openStorage(config: AppConfig['storage']): Promise<FencedStorage> {
  if (!config.azure) return new SqliteStorage(config.dataDir, undefined, config.journalMode);
  return new TableStorage(tableClient(config.azure)).open();
}

function tableClient(azure: NonNullable<AppConfig['storage']['azure']>): TableClient {
  if (azure.connectionString) {
    const insecure = /DefaultEndpointsProtocol=http;/i.test(azure.connectionString);
    return TableClient.fromConnectionString(azure.connectionString, azure.tableName, { allowInsecureConnection: insecure });
  }
  return new TableClient(azure.tableUrl ?? '', azure.tableName, storageCredential(azure));
}

/** The managed identity the instances sign in to Storage with (user-assigned when a client id is set). */
export function storageCredential(azure: NonNullable<AppConfig['storage']['azure']>): ManagedIdentityCredential {
  return azure.managedIdentityClientId ? new ManagedIdentityCredential({ clientId: azure.managedIdentityClientId }) : new ManagedIdentityCredential();
}
