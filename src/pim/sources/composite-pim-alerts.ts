import { AppError } from '../../errors/app-error';
import type { Logger } from '../../logging/logger';
import { isArmOperationHandle, armOperationRef } from '../arm/arm-operation';
import { isAzureAlertId, parseAzureAlertId, type AzureScope } from '../arm/azure-scope';
import type { Alert, AlertIncident, AlertWithIncidents, IncidentPage, Operation, OperationHandle, SettingValue } from '../model';
import type { PimAlerts, WaitOptions } from '../pim-alerts';
import { combineOperations, multiOperationHandle, operationParts } from './multi-operations';
import { readPaced, type ScopePacing } from './scope-pacing';
import { ScopeReadFailures, type ScopeReadFailure } from './scope-read-failures';

/** One Azure scope's alerts behind the port. */
export interface ScopedAlerts extends PimAlerts {
  readonly scope: AzureScope;
}

/** The Azure half: the scopes to read now, and the one that serves a subscription. */
export interface AzureAlertScopes {
  all(): Promise<readonly ScopedAlerts[]>;
  forSubscription(subscriptionId: string): Promise<ScopedAlerts | undefined>;
}

/**
 * One PimAlerts over two sources: the Entra alerts (Graph) and the Azure resource alerts of every configured subscription
 * (Resource Manager). Alert ids say their source (`DirectoryRole_…` / `Subscription_{id}_…`), so every call by id goes to
 * exactly one of them. A scope that cannot be read keeps its last answer in the list (logged), so one subscription's
 * outage neither blinds the others nor looks like its alerts were resolved; it is recorded in `failures` (since when, why)
 * until a read succeeds, so the list and the `watch` command can say which subscriptions are not read.
 */
export class CompositePimAlerts implements PimAlerts {
  private readonly lastKnown = new Map<string, readonly Alert[]>();

  constructor(private readonly entra: PimAlerts, private readonly azure: AzureAlertScopes, private readonly pacing: ScopePacing, private readonly logger: Logger,
    private readonly failures: ScopeReadFailures = new ScopeReadFailures()) {}

  /** The subscriptions whose last read failed (their alerts in the list are the last known). */
  unreadScopes(): readonly ScopeReadFailure[] {
    return this.failures.current();
  }

  async listAlerts(): Promise<readonly Alert[]> {
    const scopes = await this.azure.all();
    const entraAlerts = this.entra.listAlerts();
    entraAlerts.catch(() => undefined);
    this.failures.keepOnly(scopes.map((scope) => scope.scope.subscriptionId));
    const outcomes = await readPaced(scopes, this.pacing, (scope) => scope.listAlerts());
    const azureAlerts = outcomes.flatMap((outcome, index) => this.scopeAlerts(scopes[index] as ScopedAlerts, outcome));
    return [...(await entraAlerts), ...azureAlerts];
  }

  async getAlert(alertId: string): Promise<AlertWithIncidents> {
    return (await this.sourceOf(alertId)).getAlert(alertId);
  }

  async listIncidentPage(alertId: string, cursor?: string): Promise<IncidentPage> {
    return (await this.sourceOf(alertId)).listIncidentPage(alertId, cursor);
  }

  async getIncident(alertId: string, incidentId: string): Promise<AlertIncident> {
    return (await this.sourceOf(alertId)).getIncident(alertId, incidentId);
  }

  async dismissAlert(alertId: string): Promise<void> {
    await (await this.sourceOf(alertId)).dismissAlert(alertId);
  }

  async refreshAlert(alertId: string): Promise<OperationHandle> {
    return (await this.sourceOf(alertId)).refreshAlert(alertId);
  }

  /** Refreshes the Entra alerts and every scope; the handle stands for all of them (it carries each source's handle). */
  async refreshAllAlerts(): Promise<OperationHandle> {
    const sources: PimAlerts[] = [this.entra, ...(await this.azure.all())];
    return multiOperationHandle(await Promise.all(sources.map((source) => source.refreshAllAlerts())));
  }

  async getOperation(handle: OperationHandle): Promise<Operation> {
    const parts = operationParts(handle);
    if (parts) return combineOperations(handle, await Promise.all(parts.map(async (part) => (await this.sourceOfOperation(part)).getOperation(part))));
    return (await this.sourceOfOperation(handle)).getOperation(handle);
  }

  async waitForOperation(handle: OperationHandle, options?: WaitOptions): Promise<Operation> {
    const parts = operationParts(handle);
    if (parts) return combineOperations(handle, await Promise.all(parts.map(async (part) => (await this.sourceOfOperation(part)).waitForOperation(part, options))));
    return (await this.sourceOfOperation(handle)).waitForOperation(handle, options);
  }

  async remediateIncident(alertId: string, incidentId: string): Promise<void> {
    await (await this.sourceOf(alertId)).remediateIncident(alertId, incidentId);
  }

  async updateAlertConfiguration(alertId: string, changes: Readonly<Record<string, SettingValue>>): Promise<void> {
    await (await this.sourceOf(alertId)).updateAlertConfiguration(alertId, changes);
  }

  private scopeAlerts(scope: ScopedAlerts, outcome: PromiseSettledResult<readonly Alert[]>): readonly Alert[] {
    const key = scope.scope.subscriptionId;
    if (outcome.status === 'fulfilled') {
      this.lastKnown.set(key, outcome.value);
      this.failures.read(key);
      return outcome.value;
    }
    this.failures.failed(scope.scope, outcome.reason);
    this.logger.warn('could not read the PIM alerts of an Azure subscription; showing its last known alerts', { subscriptionId: key, error: outcome.reason });
    return this.lastKnown.get(key) ?? [];
  }

  private async sourceOf(alertId: string): Promise<PimAlerts> {
    if (!isAzureAlertId(alertId)) return this.entra;
    return this.scopeFor(parseAzureAlertId(alertId).subscriptionId);
  }

  private async sourceOfOperation(handle: OperationHandle): Promise<PimAlerts> {
    return isArmOperationHandle(handle) ? this.scopeFor(armOperationRef(handle).subscriptionId) : this.entra;
  }

  private async scopeFor(subscriptionId: string): Promise<PimAlerts> {
    const scope = await this.azure.forSubscription(subscriptionId);
    if (!scope) throw new AppError('notFound', { userMessage: 'That Azure subscription is not one the bot watches. Type "alerts" to see the current list.' });
    return scope;
  }
}
