import type { LogLevel } from '../logging/logger';
import type { BotCloudConfig } from './bot-cloud';
import type { DelegationConfig } from './delegation-config';

export type CredentialKind = 'none' | 'clientSecret' | 'clientCertificate' | 'managedIdentity' | 'managedIdentityFederation' | 'workloadIdentity';

/** Everything the bot reads from its environment, parsed once and frozen. See README "Configuration". */
export interface AppConfig {
  readonly server: {
    readonly port: number;
    /** Interface to bind; loopback by default when no Microsoft app id is set. */
    readonly host: string;
    readonly maxBodyBytes: number;
    /** Bytes all bodies still being read (before authentication) may hold together; past it: 503. */
    readonly maxPendingBodyBytes: number;
    /** Time from a request's headers to its body's last byte; past it: 408. */
    readonly bodyTimeoutMs: number;
    /** Node's `headersTimeout`: time to receive a request's headers. */
    readonly headersTimeoutMs: number;
    /** Node's `requestTimeout`: time to receive a whole request, headers and body. */
    readonly requestTimeoutMs: number;
  };
  readonly bot: {
    readonly appId: string;
    readonly appPassword: string;
    readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    readonly appTenantId: string;
    /**
     * The Entra tenants whose activities are served (all others are dropped before anything is stored):
     * MicrosoftAppTenantId, or ALLOWED_TENANT_IDS for MultiTenant. Empty in local mode (no pinning).
     */
    readonly allowedTenantIds: readonly string[];
    /** True when no app id is set: no Bot Framework auth (Agents Playground, local use). */
    readonly localMode: boolean;
    /** National clouds (US Gov GCC High / DoD): ChannelService and endpoint overrides; absent = public cloud. */
    readonly cloud?: BotCloudConfig;
  };
  readonly graph: {
    readonly baseUrl: string;
    readonly authorityHost: string;
    readonly credential: CredentialKind;
    readonly tenantId?: string;
    readonly clientId?: string;
    readonly clientSecret?: string;
    readonly clientCertificatePath?: string;
    readonly federatedTokenFile?: string;
    /** `managedIdentityFederation`: the user-assigned identity whose token is the app registration's federated credential. */
    readonly managedIdentityClientId?: string;
    /** The audience of that token (`api://AzureADTokenExchange` in the global cloud). */
    readonly tokenExchangeAudience: string;
    readonly requestTimeoutMs: number;
    readonly refreshTimeoutMs: number;
    /** How long a call someone waits for (a command, a card button) keeps retrying 429/503/504. */
    readonly retryBudgetMs: number;
    /** The same for background work (the watcher's polls, digests), which nobody is waiting for. */
    readonly backgroundRetryBudgetMs: number;
    /** Graph reads chat may start per minute, per user and for everyone (src/use-cases/chat-graph-reads.ts); the watcher is not counted. */
    readonly chatReads: { readonly perUserPerMinute: number; readonly perMinute: number };
  };
  /** Who Microsoft Graph writes run as (src/config/delegation-config.ts; README "Least privilege"). */
  readonly delegation: DelegationConfig;
  readonly access: {
    readonly adminIds: readonly string[];
    readonly adminGroupId?: string;
    readonly readerIds: readonly string[];
    readonly readerGroupId?: string;
    readonly groupCacheSeconds: number;
  };
  readonly storage: {
    /** `sqlite` (default, one instance) or `table` (Azure Table + Blob lease: several instances). */
    readonly backend: 'sqlite' | 'table';
    readonly dataDir: string;
    /** `wal` (default) or `delete` for network file systems such as App Service's /home share. */
    readonly journalMode: 'wal' | 'delete';
    /** This process's name in leader election and /healthz. */
    readonly instanceId: string;
    /** Set when backend is `table`: a connection string, or account URLs with a managed identity. */
    readonly azure?: {
      readonly connectionString?: string;
      readonly tableUrl?: string;
      readonly blobUrl?: string;
      /** User-assigned managed identity; absent = system-assigned. */
      readonly managedIdentityClientId?: string;
      readonly tableName: string;
      readonly leaseContainer: string;
    };
  };
  readonly audit: {
    /** Audit entries older than this are pruned (the chain stays verifiable from its anchor). */
    readonly retentionDays: number;
  };
  readonly notifications: {
    readonly pollIntervalSeconds: number;
    readonly refreshBeforePoll: boolean;
    readonly perConversationPerSecond: number;
    readonly perTenantPerSecond: number;
    readonly maxSendAttempts: number;
    /** How long hourly incident counts are kept for digests (DIGEST_HISTORY_DAYS). */
    readonly historyRetentionDays: number;
  };
  /** Spans and metrics (src/telemetry): Application Insights when a connection string is set, else off or console. */
  readonly telemetry: {
    /** APPLICATIONINSIGHTS_CONNECTION_STRING: a secret-like value (its ingestion key), never logged. */
    readonly connectionString?: string;
    /** TELEMETRY_CONSOLE: spans and measurements as JSON log lines (local use). */
    readonly console: boolean;
  };
  /** Telling people when the watcher cannot watch (src/watch-health). */
  readonly watchHealth: {
    /** Time without a successful poll before the "not watching" card (WATCH_HEALTH_ALERT_MINUTES or WATCH_HEALTH_ALERT_SECONDS). */
    readonly alertAfterSeconds: number;
    /** How often every instance checks (WATCH_HEALTH_CHECK_SECONDS). */
    readonly checkSeconds: number;
    /** The README runbook as published for this deployment, linked from health cards (WATCH_HEALTH_RUNBOOK_URL). */
    readonly runbookUrl?: string;
  };
  readonly triage: {
    /** Microsoft Entra admin center for deep links on cards (`ENTRA_PORTAL_URL`), without a trailing slash. */
    readonly entraPortalUrl: string;
    /** Azure portal for deep links on Azure resource alerts' cards (`AZURE_PORTAL_URL`), without a trailing slash. */
    readonly azurePortalUrl: string;
  };
  /**
   * PIM alerts for Azure resources (Resource Manager), read next to the Entra ones with the same identity. Absent when
   * AZURE_ALERT_SCOPES is not set: then only the Entra alerts are read.
   */
  readonly azureResources?: {
    /** AZURE_RESOURCE_MANAGER_URL, default `https://management.azure.com`, no trailing slash. */
    readonly resourceManagerUrl: string;
    /** Subscription ids (lower case) from AZURE_ALERT_SCOPES; empty when discovering. */
    readonly subscriptionIds: readonly string[];
    /** AZURE_ALERT_SCOPES=discover: every enabled subscription the identity can read. */
    readonly discover: boolean;
    /** AZURE_READ_RESERVE: remaining reads (`x-ms-ratelimit-remaining-*-reads`) at or below which reads are slowed (default 25). */
    readonly readReserve?: number;
  };
  readonly secrets: {
    /** When the client secret in use expires (CLIENT_SECRET_EXPIRES_ON), an ISO instant; absent = not known, no warning. */
    readonly clientSecretExpiresAt?: string;
  };
  readonly logLevel: LogLevel;
}
