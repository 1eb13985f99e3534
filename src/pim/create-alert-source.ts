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
import type { ScopeReadFailures } from './sources/scope-read-failures';
import { signedOutAlerts } from './sources/signed-out-alerts';
import type { AzureScope } from './arm/azure-scope';
import { interactivePacing, staggeredPacing, type ScopePacing } from './sources/scope-pacing';

export interface AlertSourceOptions extends PimAlertsOptions {
  /** Resource Manager fetch (tests); default the global fetch. */
  readonly fetch?: typeof fetch;
  /** How the Azure scopes are read per list: default interactive, the watcher's client staggered over its interval. */
  readonly pacing?: ScopePacing;
  /** Where the app's reads record the subscriptions they could not read (shared by the chat and watcher clients). */
  readonly readFailures?: ScopeReadFailures;
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
 * token, the Azure half with the user's Resource Manager token (Azure RBAC decides), each only when the write carries it.
 */
export function createAlertSourceClients(config: AppConfig, logger: Logger, options: AlertSourceOptions = {}): PimAlertsClients {
  const entra = createPimAlertsClients(config.graph, logger, options);
  const azure = azureSource(config, logger, options);
  if (!azure) return entra;
  const clock = options.retry?.clock ?? systemClock;
  const armLogger = logger.child('pim-arm');
  const pacing = options.pacing ?? interactivePacing(clock);
  return {
    app: new CompositePimAlerts(entra.app, azure.app, pacing, armLogger, options.readFailures),
    asUser: (tokens) => new CompositePimAlerts(entra.asUser(tokens), azure.asUser(tokens.arm), pacing, armLogger),
  };
}

/** The Azure scopes as the app (one transport, its instances kept) and as a signed-in user (a transport carrying their token). */
interface AzureSource {
  readonly app: AzureAlertScopes;
  asUser(armToken: string | undefined): AzureAlertScopes;
}

function azureSource(config: AppConfig, logger: Logger, options: AlertSourceOptions): AzureSource | undefined {
  const azure = config.azureResources;
  if (!azure) return undefined;
  const armLogger = logger.child('pim-arm');
  const transport = createArmTransport(config, azure.resourceManagerUrl, armLogger, options);
  const clock = options.retry?.clock ?? systemClock;
  const directory = new AzureScopeDirectory(transport, { subscriptionIds: azure.subscriptionIds, discover: azure.discover, now: () => clock.now() }, armLogger);
  const settings = { refreshTimeoutMs: config.graph.refreshTimeoutMs, poll: options.poll ?? DEFAULT_POLL_POLICY };
  const bySubscription = new Map<string, ArmScopeAlerts>();
  const app = scopesOf(directory, (scope) => {
    const known = bySubscription.get(scope.subscriptionId);
    if (known && known.scope.displayName === scope.displayName) return known;
    const made = new ArmScopeAlerts(scope, transport, settings);
    bySubscription.set(scope.subscriptionId, made);
    return made;
  });
  return {
    app,
    asUser: (armToken) => {
      if (armToken === undefined) return scopesOf(directory, (scope) => ({ ...signedOutAlerts('azureSignInRequired'), scope }));
      const userTransport = createArmTransport(config, azure.resourceManagerUrl, armLogger, { ...options, userToken: armToken });
      return scopesOf(directory, (scope) => new ArmScopeAlerts(scope, userTransport, settings));
    },
  };
}

/** The directory's scopes (read with the app's identity: names, discovery), each served by `make`. */
function scopesOf(directory: AzureScopeDirectory, make: (scope: AzureScope) => ScopedAlerts): AzureAlertScopes {
  const all = async (): Promise<ScopedAlerts[]> => (await directory.scopes()).map(make);
  return { all, forSubscription: async (subscriptionId) => (await all()).find((scope) => scope.scope.subscriptionId === subscriptionId) };
}

/** The watcher's pacing: its Azure reads spread over half of the poll interval. */
export function watcherPacing(config: AppConfig): ScopePacing {
  return staggeredPacing(systemClock, config.notifications.pollIntervalSeconds * 1000);
}
