import type { AppConfig } from '../../config/app-config';
import type { Logger } from '../../logging/logger';
import { systemClock } from '../../time/clock';
import { createTokenCredential } from '../graph/graph-credential';
import type { RetryPolicy } from '../../http/retry-within-budget';
import { ArmTransport } from './arm-transport';
import { ReadPacer } from './read-pacer';

export interface ArmTransportOptions {
  readonly work?: 'interactive' | 'background';
  readonly retry?: Partial<Omit<RetryPolicy, 'budgetMs'>>;
  readonly fetch?: typeof fetch;
}

/** The token scope for Resource Manager in the configured cloud, e.g. `https://management.azure.com/.default`. */
export function armScope(resourceManagerUrl: string): string {
  return `${new URL(resourceManagerUrl).origin}/.default`;
}

/**
 * A Resource Manager transport with the Graph client's rules: the same identity (GRAPH_CREDENTIAL and its settings), the
 * same per-attempt timeout and retry budgets (interactive or background), and reads slowed while Resource Manager says a read
 * bucket is at or below AZURE_READ_RESERVE.
 */
export function createArmTransport(config: AppConfig, resourceManagerUrl: string, logger: Logger, options: ArmTransportOptions = {}): ArmTransport {
  const graph = config.graph;
  const budgetMs = options.work === 'background' ? graph.backgroundRetryBudgetMs : graph.retryBudgetMs;
  const retry: RetryPolicy = { baseDelayMs: 1000, maxDelayMs: 60_000, clock: systemClock, stillWanted: () => true, ...options.retry, budgetMs };
  const credential = createTokenCredential(graph);
  const scope = armScope(resourceManagerUrl);
  const token = async (): Promise<string | null> => (credential ? (await credential.getToken(scope))?.token ?? null : null);
  const pacer = new ReadPacer({ clock: retry.clock, reserve: config.azureResources?.readReserve ?? 25 }, logger);
  return new ArmTransport({ baseUrl: resourceManagerUrl, requestTimeoutMs: graph.requestTimeoutMs, retry, token, pacer, ...(options.fetch ? { fetch: options.fetch } : {}) }, logger);
}
