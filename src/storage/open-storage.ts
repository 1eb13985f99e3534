import type { AppConfig } from '../config/app-config';
import { SqliteStorage } from './sqlite-storage';
import type { Storage } from './storage';

/**
 * The Storage the app runs on: SQLite in DATA_DIR. A distributed backend (Azure Blob with eTags and a
 * lease for one poller, or Cosmos DB) would be chosen here, behind the same port.
 */
export function openStorage(config: AppConfig['storage']): Storage {
  return new SqliteStorage(config.dataDir, undefined, config.journalMode);
}
