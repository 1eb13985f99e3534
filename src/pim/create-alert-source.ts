import type { AppConfig } from '../config/app-config';
import type { Logger } from '../logging/logger';
import { systemClock } from '../time/clock';
import { ArmScopeAlerts } from './arm/arm-scope-alerts';
import { AzureScopeDirectory } from './arm/azure-scope-directory';
import { createArmTransport } from './arm/create-arm-transport';
import { createPimAlertsClients, type PimAlertsClients, type PimAlertsOptions } from './create-pim-alerts';
import { DEFAULT_POLL_POLICY } from './graph/operation-poller';
import type { PimAlerts } from './pim-alerts';
import { CompositePimAlerts, type AzureAlertScopes, type ScopedAlerts } from './sources/composite-pim-alerts';
import { ReadsOnlyScope } from './sources/reads-only-scope';
import { interactivePacing, staggeredPacing, type ScopePacing } from './sources/scope-pacing';

export interface AlertSourceOptions extends PimAlertsOptions {
  /** Resource Manager fetch (tests); default the global fetch. */
  readonly fetch?: typeof fetch;
  /** How the Azure scopes are read per list: default interactive, the watcher's client staggered over its interval. */
  readonly pacing?: ScopePacing;
}

/**
 * The alert source the app uses: the Entra alerts (Graph) alone, or, with AZURE_ALERT_SCOPES, the Entra alerts and the
 * Azure resource alerts of every configured (or discovered) subscription behind the same port.
 */
export function createAlertSource(config: AppConfig, logger: Logger, options: AlertSourceOptions = {}): PimAlerts {
  return createAlertSourceClients(config, logger, options).app;
}

/**
 * The same, as the app's own caller and as a signed-in user (WRITE_MODE=delegated): the Entra half with the user's Graph
 * token; the Azure half read with the bot's identity and its writes refused (a Graph token is no Resource Manager token).
 */
export function createAlertSourceClients(config: AppConfig, logger: Logger, options: AlertSourceOptions = {}): PimAlertsClients {
  const entra = createPimAlertsClients(config.graph, logger, options);
  const scopes = azureScopes(config, logger, options);
  if (!scopes) return entra;
  const clock = options.retry?.clock ?? systemClock;
  const armLogger = logger.child('pim-arm');
  const pacing = options.pacing ?? interactivePacing(clock);
  const readsOnly: AzureAlertScopes = {
    all: async () => (await scopes.all()).map((scope) => new ReadsOnlyScope(scope)),
    forSubscription: async (id) => {
      const scope = await scopes.forSubscription(id);
      return scope ? new ReadsOnlyScope(scope) : undefined;
    },
  };
  return {
    app: new CompositePimAlerts(entra.app, scopes, pacing, armLogger),
    asUser: (accessToken) => new CompositePimAlerts(entra.asUser(accessToken), readsOnly, pacing, armLogger),
  };
}

function azureScopes(config: AppConfig, logger: Logger, options: AlertSourceOptions): AzureAlertScopes | undefined {
  const azure = config.azureResources;
  if (!azure) return undefined;
  const armLogger = logger.child('pim-arm');
  const transport = createArmTransport(config, azure.resourceManagerUrl, armLogger, options);
  const clock = options.retry?.clock ?? systemClock;
  const directory = new AzureScopeDirectory(transport, { subscriptionIds: azure.subscriptionIds, discover: azure.discover, now: () => clock.now() }, armLogger);
  const settings = { refreshTimeoutMs: config.graph.refreshTimeoutMs, poll: options.poll ?? DEFAULT_POLL_POLICY };
  const bySubscription = new Map<string, ArmScopeAlerts>();
  const all = async (): Promise<ScopedAlerts[]> => (await directory.scopes()).map((scope) => {
    const known = bySubscription.get(scope.subscriptionId);
    if (known && known.scope.displayName === scope.displayName) return known;
    const made = new ArmScopeAlerts(scope, transport, settings);
    bySubscription.set(scope.subscriptionId, made);
    return made;
  });
  return { all, forSubscription: async (subscriptionId) => (await all()).find((scope) => scope.scope.subscriptionId === subscriptionId) };
}

/** The watcher's pacing: its Azure reads spread over half of the poll interval. */
export function watcherPacing(config: AppConfig): ScopePacing {
  return staggeredPacing(systemClock, config.notifications.pollIntervalSeconds * 1000);
}
