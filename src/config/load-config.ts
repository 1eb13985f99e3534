import type { AppConfig, CredentialKind } from './app-config';
import { readBotIdentity } from './bot-identity';
import { configProblems } from './config-checks';
import { defaultAzurePortalUrl } from './azure-portal';
import { defaultEntraPortalUrl } from './entra-portal';
import { GUID } from '../pim/ids';
import { EnvReader, type Env } from './env-reader';
import { readAzureResources } from './azure-resources-config';
import { unresolvedKeyVaultReferences } from './key-vault-references';
import { readSecretExpiry } from './secret-expiry';
import { readStorageConfig } from './storage-config';
import { readTelemetryConfig } from './telemetry-config';
import { readWatchHealthConfig } from './watch-health-config';
import { readDelegation } from './delegation-config';

const CREDENTIALS: readonly CredentialKind[] = ['none', 'clientSecret', 'clientCertificate', 'managedIdentity', 'managedIdentityFederation', 'workloadIdentity'];

/**
 * Parses the environment into a frozen AppConfig. Every malformed value and every contradiction is
 * collected; then one AppError `configuration` lists them all (one per line, each naming the variable).
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const read = new EnvReader(env);
  for (const problem of unresolvedKeyVaultReferences(env)) read.problem(problem);
  const bot = readBotIdentity(read);
  const graph = readGraph(read);
  const config: AppConfig = {
    server: {
      port: read.integer('PORT', 3978, 0, 65535),
      host: read.string('HOST', bot.localMode ? '127.0.0.1' : '0.0.0.0'),
      maxBodyBytes: read.integer('MAX_BODY_BYTES', 256 * 1024, 1024, 10 * 1024 * 1024),
      maxPendingBodyBytes: read.integer('MAX_PENDING_BODY_BYTES', 16 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
      bodyTimeoutMs: read.integer('BODY_TIMEOUT_SECONDS', 10, 1, 300) * 1000,
      headersTimeoutMs: read.integer('HEADERS_TIMEOUT_SECONDS', 10, 1, 300) * 1000,
      requestTimeoutMs: read.integer('REQUEST_TIMEOUT_SECONDS', 30, 1, 3600) * 1000,
    },
    bot,
    graph,
    delegation: readDelegation(read, bot),
    access: {
      adminIds: read.list('PIM_ADMIN_IDS', GUID, 'Entra object ids (GUIDs)').map((id) => id.toLowerCase()),
      adminGroupId: read.guid('PIM_ADMIN_GROUP_ID'),
      readerIds: read.list('PIM_READER_IDS', GUID, 'Entra object ids (GUIDs)').map((id) => id.toLowerCase()),
      readerGroupId: read.guid('PIM_READER_GROUP_ID'),
      groupCacheSeconds: read.integer('GROUP_CACHE_SECONDS', 300, 0, 86400),
    },
    storage: readStorageConfig(read),
    audit: {
      retentionDays: read.integer('AUDIT_RETENTION_DAYS', 365, 1, 3650),
    },
    notifications: {
      pollIntervalSeconds: read.integer('POLL_INTERVAL_SECONDS', 60, 5, 86400),
      refreshBeforePoll: read.boolean('REFRESH_BEFORE_POLL', false),
      perConversationPerSecond: read.integer('SEND_RATE_PER_CONVERSATION', 7, 1, 7),
      perTenantPerSecond: read.integer('SEND_RATE_PER_TENANT', 50, 1, 50),
      maxSendAttempts: read.integer('SEND_MAX_ATTEMPTS', 8, 1, 20),
      historyRetentionDays: read.integer('DIGEST_HISTORY_DAYS', 35, 8, 400),
    },
    telemetry: readTelemetryConfig(read),
    watchHealth: readWatchHealthConfig(read),
    triage: {
      entraPortalUrl: read.url('ENTRA_PORTAL_URL', defaultEntraPortalUrl(graph.baseUrl)),
      azurePortalUrl: read.url('AZURE_PORTAL_URL', defaultAzurePortalUrl(read.optional('AZURE_RESOURCE_MANAGER_URL'))).replace(/\/+$/, ''),
    },
    ...readAzureResources(read),
    secrets: readSecretExpiry(read),
    logLevel: read.oneOf('LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
  };
  for (const problem of configProblems(config)) read.problem(problem);
  read.throwIfProblems();
  return deepFreeze(config);
}

function readGraph(read: EnvReader): AppConfig['graph'] {
  if (read.optional('GRAPH_MAX_RETRIES') !== undefined) {
    read.problem('GRAPH_MAX_RETRIES is no longer read: Graph retries are bounded by time, set GRAPH_RETRY_BUDGET_SECONDS (and GRAPH_BACKGROUND_RETRY_BUDGET_SECONDS) instead.');
  }
  return {
    baseUrl: read.url('GRAPH_BASE_URL', 'https://graph.microsoft.com'),
    authorityHost: read.url('AZURE_AUTHORITY_HOST', 'https://login.microsoftonline.com'),
    credential: read.oneOf('GRAPH_CREDENTIAL', CREDENTIALS, detectCredential(read)),
    tenantId: read.guid('AZURE_TENANT_ID'),
    clientId: read.optional('AZURE_CLIENT_ID'),
    clientSecret: read.optional('AZURE_CLIENT_SECRET'),
    clientCertificatePath: read.optional('AZURE_CLIENT_CERTIFICATE_PATH'),
    federatedTokenFile: read.optional('AZURE_FEDERATED_TOKEN_FILE'),
    managedIdentityClientId: read.guid('MANAGED_IDENTITY_CLIENT_ID'),
    tokenExchangeAudience: read.string('AZURE_TOKEN_EXCHANGE_AUDIENCE', 'api://AzureADTokenExchange'),
    requestTimeoutMs: read.integer('GRAPH_TIMEOUT_SECONDS', 30, 1, 300) * 1000,
    refreshTimeoutMs: read.integer('REFRESH_TIMEOUT_SECONDS', 300, 1, 3600) * 1000,
    retryBudgetMs: read.integer('GRAPH_RETRY_BUDGET_SECONDS', 15, 0, 120) * 1000,
    backgroundRetryBudgetMs: read.integer('GRAPH_BACKGROUND_RETRY_BUDGET_SECONDS', 120, 0, 900) * 1000,
    chatReads: {
      perUserPerMinute: read.integer('CHAT_GRAPH_READS_PER_USER_PER_MINUTE', 20, 1, 600),
      perMinute: read.integer('CHAT_GRAPH_READS_PER_MINUTE', 120, 1, 6000),
    },
  };
}

function detectCredential(read: EnvReader): CredentialKind {
  if (read.optional('AZURE_CLIENT_SECRET')) return 'clientSecret';
  if (read.optional('AZURE_CLIENT_CERTIFICATE_PATH')) return 'clientCertificate';
  if (read.optional('AZURE_FEDERATED_TOKEN_FILE')) return 'workloadIdentity';
  return 'none';
}

function deepFreeze<T extends object>(value: T): T {
  for (const item of Object.values(value)) if (item && typeof item === 'object') deepFreeze(item as object);
  return Object.freeze(value);
}
