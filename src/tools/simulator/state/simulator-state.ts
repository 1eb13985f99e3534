import { ArmReadLimits } from '../arm/arm-read-limits';
import { ArmStore } from '../arm/arm-store';
import { FaultStore } from '../control/fault-store';
import { RequestLog } from '../control/request-log';
import { AlertStore } from './alert-store';
import { GroupStore } from './group-store';
import { OperationStore } from './operation-store';
import type { PersistedTenant } from './tenant-file';
import { DIRECTORY_USERS, type DemoUser } from '../seed/directory';

export interface StateSettings {
  readonly tenantId: string;
  readonly pageSize: number;
  readonly operationDurationMs: number;
  /** How many Azure subscriptions the Resource Manager half serves (default 3, the demo ones). */
  readonly azureSubscriptions?: number;
  /** Directory users besides the seeded ones (`npm run dev`: the Playground's users). */
  readonly directoryUsers?: readonly DemoUser[];
}

/** Everything the simulator remembers; one instance per running simulator. */
export class SimulatorState {
  readonly alerts: AlertStore;
  readonly operations = new OperationStore();
  readonly groups = new GroupStore();
  readonly faults = new FaultStore();
  readonly requests = new RequestLog();
  /** Everyone `GET /users/{id | upn}` finds: the seeded directory, then the extra users of the settings. */
  readonly directory: readonly DemoUser[];
  /** The Azure resource half (Resource Manager): subscriptions, their alerts and refresh operations; not kept in the tenant file. */
  readonly azure: ArmStore;
  /** Resource Manager's read throttling (token buckets), off until the control API switches it on. */
  readonly armReadLimits = new ArmReadLimits();

  constructor(readonly settings: StateSettings) {
    this.alerts = new AlertStore(settings.tenantId);
    this.azure = new ArmStore(settings.operationDurationMs, settings.azureSubscriptions);
    this.directory = [...DIRECTORY_USERS, ...(settings.directoryUsers ?? []).map((user) => ({ ...user, id: user.id.toLowerCase() }))];
  }

  /** Back to the seed: alerts, operations, groups, faults and read limits (the request log is kept). */
  reset(now: number): void {
    this.alerts.reset(now);
    this.azure.reset(now);
    this.operations.clear();
    this.groups.clear();
    this.faults.clear();
    this.armReadLimits.configure(undefined);
  }

  /** The tenant as it would be saved: alerts, groups and the Azure alerts (not operations, faults or the request log). */
  tenant(): PersistedTenant {
    return { version: 1, tenantId: this.settings.tenantId, alerts: this.alerts.all(), groups: this.groups.all(), azure: this.azure.snapshot() };
  }

  /** Continues a saved tenant. */
  restore(tenant: PersistedTenant): void {
    this.alerts.restore(tenant.alerts);
    if (Array.isArray(tenant.azure)) this.azure.restore(tenant.azure);
    this.groups.clear();
    for (const [groupId, members] of Object.entries(tenant.groups)) this.groups.setMembers(groupId, members);
  }

  /** Applies the effects of refresh operations that have succeeded by `now` (time-based, evaluated lazily). */
  settle(now: number): void {
    this.azure.settle(now);
    for (const operation of this.operations.dueForApply(now)) {
      const finishedAt = operation.createdAt + operation.durationMs;
      for (const alertId of operation.alertIds) {
        const alert = this.alerts.all().find((a) => a.id === alertId);
        if (alert) this.alerts.rescan(alert, finishedAt);
      }
      operation.applied = true;
    }
  }
}
