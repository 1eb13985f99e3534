import { randomUUID } from 'node:crypto';
import type { AppConfig } from './app-config';
import type { EnvReader } from './env-reader';

const TABLE_NAME = /^[A-Za-z][A-Za-z0-9]{2,62}$/;
const CONTAINER_NAME = /^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
const ACCOUNT_NAME = /^[a-z0-9]{3,24}$/;

/** STORAGE_BACKEND and its settings: SQLite in DATA_DIR (default) or Azure Table + Blob lease for scale-out. */
export function readStorageConfig(read: EnvReader): AppConfig['storage'] {
  const backend = read.oneOf('STORAGE_BACKEND', ['sqlite', 'table'] as const, 'sqlite');
  return {
    backend,
    dataDir: read.string('DATA_DIR', '.data'),
    journalMode: read.oneOf('SQLITE_JOURNAL_MODE', ['wal', 'delete'] as const, 'wal'),
    // Random unless set: /healthz is unauthenticated, and the host name and pid are nobody's business there.
    instanceId: read.string('INSTANCE_ID', randomUUID()),
    azure: backend === 'table' ? readAzureStorage(read) : undefined,
  };
}

function readAzureStorage(read: EnvReader): NonNullable<AppConfig['storage']['azure']> {
  const connectionString = read.optional('AZURE_STORAGE_CONNECTION_STRING');
  const accountName = read.optional('AZURE_STORAGE_ACCOUNT_NAME');
  if ((connectionString === undefined) === (accountName === undefined)) {
    read.problem('STORAGE_BACKEND=table needs exactly one of AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_ACCOUNT_NAME (with a managed identity).');
  }
  if (accountName !== undefined && !ACCOUNT_NAME.test(accountName)) read.problem(invalid('AZURE_STORAGE_ACCOUNT_NAME', '3-24 lower-case letters and digits', accountName));
  const suffix = read.string('AZURE_STORAGE_ENDPOINT_SUFFIX', 'core.windows.net');
  return {
    connectionString,
    tableUrl: accountName === undefined ? undefined : `https://${accountName}.table.${suffix}`,
    blobUrl: accountName === undefined ? undefined : `https://${accountName}.blob.${suffix}`,
    managedIdentityClientId: read.guid('AZURE_STORAGE_CLIENT_ID'),
    tableName: matching(read, 'STORAGE_TABLE_NAME', 'pimalerts', TABLE_NAME, 'a table name: a letter, then 2-62 letters or digits'),
    leaseContainer: matching(read, 'STORAGE_LEASE_CONTAINER', 'pimalerts-leader', CONTAINER_NAME, 'a blob container name: 3-63 lower-case letters, digits and single hyphens'),
  };
}

function matching(read: EnvReader, name: string, fallback: string, pattern: RegExp, expected: string): string {
  const value = read.string(name, fallback);
  if (pattern.test(value)) return value;
  read.problem(invalid(name, expected, value));
  return fallback;
}

function invalid(name: string, expected: string, value: string): string {
  return `${name} must be ${expected} (got "${value}").`;
}
