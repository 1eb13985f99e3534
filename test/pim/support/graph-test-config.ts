import type { AppConfig } from '../../../src/config/app-config';

/** A graph configuration for tests against the local simulator (no credential, short timeouts). */
export function graphTestConfig(baseUrl: string, overrides: Partial<AppConfig['graph']> = {}): AppConfig['graph'] {
  return {
    baseUrl, authorityHost: 'https://login.microsoftonline.com', credential: 'none',
    tokenExchangeAudience: 'api://AzureADTokenExchange', requestTimeoutMs: 2000, refreshTimeoutMs: 3000, retryBudgetMs: 15_000, backgroundRetryBudgetMs: 120_000,
    chatReads: { perUserPerMinute: 20, perMinute: 120 }, ...overrides,
  };
}
