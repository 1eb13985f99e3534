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
  /** A signed-in user's delegated Resource Manager token (WRITE_MODE=delegated): every call runs as that user, never as the app. */
  readonly userToken?: string;
}

/** The token scope for Resource Manager in the configured cloud, e.g. `https://management.azure.com/.default`. */
export function armScope(resourceManagerUrl: string): string {
  return `${new URL(resourceManagerUrl).origin}/.default`;
}

/**
 * A Resource Manager transport with the Graph client's rules: the same identity (GRAPH_CREDENTIAL and its settings), or a
 * signed-in user's token (`userToken`), the same per-attempt timeout and retry budgets (interactive or background), and
 * reads slowed while Resource Manager says a read bucket is at or below AZURE_READ_RESERVE (its buckets are per caller, so
 * a user's transport has its own pacer).
 */
export function createArmTransport(config: AppConfig, resourceManagerUrl: string, logger: Logger, options: ArmTransportOptions = {}): ArmTransport {
  const graph = config.graph;
  const budgetMs = options.work === 'background' ? graph.backgroundRetryBudgetMs : graph.retryBudgetMs;
  const retry: RetryPolicy = { baseDelayMs: 1000, maxDelayMs: 60_000, clock: systemClock, stillWanted: () => true, ...options.retry, budgetMs };
  const token = options.userToken === undefined ? appToken(config, resourceManagerUrl) : (): Promise<string> => Promise.resolve(options.userToken as string);
  const pacer = new ReadPacer({ clock: retry.clock, reserve: config.azureResources?.readReserve ?? 25 }, logger);
  return new ArmTransport({ baseUrl: resourceManagerUrl, requestTimeoutMs: graph.requestTimeoutMs, retry, token, pacer, ...(options.fetch ? { fetch: options.fetch } : {}) }, logger);
}

/** The app's own Resource Manager token (GRAPH_CREDENTIAL), or null without a credential (the loopback simulator). */
function appToken(config: AppConfig, resourceManagerUrl: string): () => Promise<string | null> {
  const credential = createTokenCredential(config.graph);
  const scope = armScope(resourceManagerUrl);
  return async () => (credential ? (await credential.getToken(scope))?.token ?? null : null);
}
