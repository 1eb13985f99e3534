import { Client, HTTPMessageHandler, type Middleware } from '@microsoft/microsoft-graph-client';
import type { AppConfig } from '../config/app-config';
import type { Logger } from '../logging/logger';
import { createTokenCredential, graphScope } from './graph/graph-credential';
import { GraphAuthMiddleware } from './graph/graph-auth-middleware';
import { GRAPH_VERSION, trimBaseUrl } from './graph/graph-links';
import { GraphPimAlerts } from './graph/graph-pim-alerts';
import { GraphTransport } from './graph/graph-transport';
import { DEFAULT_POLL_POLICY, type PollPolicy } from './graph/operation-poller';
import { RetryMiddleware } from './graph/retry-middleware';
import type { RetryPolicy } from '../http/retry-within-budget';
import { systemClock } from '../time/clock';
import { TimeoutMiddleware } from './graph/timeout-middleware';
import type { PimAlerts } from './pim-alerts';
import { signedOutAlerts } from './sources/signed-out-alerts';
import type { UserTokens } from './user-tokens';

type GraphConfig = AppConfig['graph'];

export interface GraphClientOptions {
  /**
   * Whose call this is: `interactive` (default) retries for `graph.retryBudgetMs` (someone is waiting for a
   * card), `background` (the watcher, digests) for `graph.backgroundRetryBudgetMs`.
   */
  readonly work?: 'interactive' | 'background';
  /** Overrides of the retry back-off (tests pass a clock that skips waits). */
  readonly retry?: Partial<Omit<RetryPolicy, 'budgetMs'>>;
}

export interface PimAlertsOptions extends GraphClientOptions {
  /** Operation polling back-off; default 250 ms doubling to 5 s. */
  readonly poll?: PollPolicy;
}

/**
 * A Graph client for the configured cloud: auth (unless `none`), retry honouring `Retry-After` within a time budget, a
 * per-attempt timeout, then fetch. Default version beta; call `.version('v1.0')` per request for v1.0.
 */
export function createGraphClient(graphConfig: GraphConfig, logger: Logger, options: GraphClientOptions = {}): Client {
  const base = trimBaseUrl(graphConfig.baseUrl);
  const budgetMs = options.work === 'background' ? graphConfig.backgroundRetryBudgetMs : graphConfig.retryBudgetMs;
  const retry: RetryPolicy = { baseDelayMs: 1000, maxDelayMs: 60_000, clock: systemClock, stillWanted: () => true, ...options.retry, budgetMs };
  const host = new URL(`${base}/`).host;
  const chain: Middleware[] = [
    new GraphAuthMiddleware(createTokenCredential(graphConfig), graphScope(graphConfig), host),
    new RetryMiddleware(retry, logger.child('graph-retry')),
    new TimeoutMiddleware(graphConfig.requestTimeoutMs),
    new HTTPMessageHandler(),
  ];
  return Client.initWithMiddleware({
    baseUrl: `${base}/`, defaultVersion: GRAPH_VERSION, middleware: chain, customHosts: new Set([new URL(`${base}/`).hostname]),
  });
}

/** The PimAlerts port over Microsoft Graph beta, for the configured cloud and credential. */
export function createPimAlerts(graphConfig: GraphConfig, logger: Logger, options: PimAlertsOptions = {}): PimAlerts {
  return createPimAlertsClients(graphConfig, logger, options).app;
}

/** One Graph client, two kinds of caller: the app's own credential, or a signed-in user's delegated token per call. */
export interface PimAlertsClients {
  readonly app: PimAlerts;
  /** The same clients and port, every call made with the user's delegated token for its API (Graph, Resource Manager). */
  asUser(tokens: UserTokens): PimAlerts;
}

export function createPimAlertsClients(graphConfig: GraphConfig, logger: Logger, options: PimAlertsOptions = {}): PimAlertsClients {
  const pimLogger = logger.child('pim-graph');
  const client = createGraphClient(graphConfig, pimLogger, options);
  const settings = { baseUrl: graphConfig.baseUrl, refreshTimeoutMs: graphConfig.refreshTimeoutMs, poll: options.poll ?? DEFAULT_POLL_POLICY };
  return {
    app: new GraphPimAlerts(new GraphTransport(client, pimLogger), settings),
    asUser: (tokens) => (tokens.graph === undefined ? signedOutAlerts('signInRequired') : new GraphPimAlerts(new GraphTransport(client, pimLogger, tokens.graph), settings)),
  };
}
