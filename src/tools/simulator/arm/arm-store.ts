import { randomUUID } from 'node:crypto';
import { AZURE_ALERT_KEYS, type AzureAlertKey } from '../../../pim/alert-catalog';
import { makeArmIncident, type ArmIncidentRecord } from './arm-incidents';
import { ARM_SEED_CONFIGURATION, demoSubscriptions, seedIncidentCount } from './arm-seed';

export interface ArmAlertRecord {
  readonly key: AzureAlertKey;
  isActive: boolean;
  incidents: ArmIncidentRecord[];
  isEnabled: boolean;
  thresholds: Record<string, number>;
  lastModifiedAt: number;
  lastScannedAt: number;
}

export interface ArmSubscriptionRecord {
  readonly subscriptionId: string;
  readonly displayName: string;
  readonly alerts: Map<AzureAlertKey, ArmAlertRecord>;
}

/** A subscription's alerts as the tenant file keeps them across restarts. */
export interface PersistedArmSubscription {
  readonly subscriptionId: string;
  readonly alerts: readonly ArmAlertRecord[];
}

export interface ArmOperationRecord {
  readonly id: string;
  readonly subscriptionId: string;
  /** The refreshed alert, or null for refresh-all. */
  readonly alertKey: AzureAlertKey | null;
  readonly createdAt: number;
  readonly failed: boolean;
  applied: boolean;
}

/** The Azure half of the simulated tenant: a few subscriptions, each with the four alerts, and refresh operations. */
export class ArmStore {
  private subscriptions = new Map<string, ArmSubscriptionRecord>();
  private readonly operations = new Map<string, ArmOperationRecord>();

  constructor(private readonly operationDurationMs: number, private readonly subscriptionCount = 3, now = Date.now()) {
    this.reset(now);
  }

  reset(now: number): void {
    this.operations.clear();
    this.subscriptions = new Map(demoSubscriptions(this.subscriptionCount).map((sub, index) => [sub.subscriptionId, {
      ...sub, alerts: new Map(AZURE_ALERT_KEYS.map((key) => [key, seedAlert(key, index, now)])),
    }]));
  }

  /** Each subscription's alerts (incidents, configuration, state) for the tenant file; not the refresh operations. */
  snapshot(): PersistedArmSubscription[] {
    return this.allSubscriptions().map((sub) => ({ subscriptionId: sub.subscriptionId, alerts: [...sub.alerts.values()] }));
  }

  /** Continues saved subscriptions: the alerts of each one this store has (a saved one it does not have, or an unknown alert type, is left out). */
  restore(saved: readonly PersistedArmSubscription[]): void {
    for (const entry of saved) {
      const sub = this.subscription(entry.subscriptionId);
      for (const alert of entry.alerts) if (sub?.alerts.has(alert.key)) sub.alerts.set(alert.key, { ...alert, incidents: [...alert.incidents], thresholds: { ...alert.thresholds } });
    }
  }

  allSubscriptions(): readonly ArmSubscriptionRecord[] {
    return [...this.subscriptions.values()];
  }

  subscription(subscriptionId: string): ArmSubscriptionRecord | undefined {
    return this.subscriptions.get(subscriptionId.toLowerCase());
  }

  startOperation(subscriptionId: string, alertKey: AzureAlertKey | null, now: number, failed: boolean): ArmOperationRecord {
    const operation = { id: randomUUID(), subscriptionId, alertKey, createdAt: now, failed, applied: false };
    this.operations.set(operation.id, operation);
    return operation;
  }

  operation(subscriptionId: string, id: string): ArmOperationRecord | undefined {
    const found = this.operations.get(id);
    return found?.subscriptionId === subscriptionId.toLowerCase() ? found : undefined;
  }

  /** `Running` until the operation's time has passed, then `Succeeded` (or `Failed` when a fault was injected). */
  statusOf(operation: ArmOperationRecord, now: number): 'Running' | 'Succeeded' | 'Failed' {
    if (now - operation.createdAt < this.operationDurationMs) return 'Running';
    return operation.failed ? 'Failed' : 'Succeeded';
  }

  /** Applies finished refreshes: the alerts are rescanned (active again when they have incidents). */
  settle(now: number): void {
    for (const operation of this.operations.values()) {
      if (operation.applied || this.statusOf(operation, now) !== 'Succeeded') continue;
      operation.applied = true;
      const sub = this.subscription(operation.subscriptionId);
      for (const alert of sub?.alerts.values() ?? []) {
        if (operation.alertKey !== null && alert.key !== operation.alertKey) continue;
        alert.lastScannedAt = operation.createdAt + this.operationDurationMs;
        alert.isActive = alert.incidents.length > 0;
      }
    }
  }

  addIncidents(alert: ArmAlertRecord, count: number, now: number): ArmIncidentRecord[] {
    const added = Array.from({ length: count }, (_, i) => makeArmIncident(alert.key, alert.incidents.length + i, now));
    alert.incidents.push(...added);
    alert.isActive = true;
    alert.lastModifiedAt = now;
    alert.lastScannedAt = now;
    return added;
  }
}

function seedAlert(key: AzureAlertKey, index: number, now: number): ArmAlertRecord {
  const count = seedIncidentCount(key, index);
  return {
    key, isActive: count > 0, incidents: Array.from({ length: count }, (_, i) => makeArmIncident(key, i, now)),
    isEnabled: true, thresholds: { ...ARM_SEED_CONFIGURATION[key] }, lastModifiedAt: now - 3_600_000, lastScannedAt: now - 600_000,
  };
}
