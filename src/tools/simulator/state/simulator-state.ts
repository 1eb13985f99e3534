import { FaultStore } from '../control/fault-store';
import { RequestLog } from '../control/request-log';
import { AlertStore } from './alert-store';
import { GroupStore } from './group-store';
import { OperationStore } from './operation-store';

export interface StateSettings {
  readonly tenantId: string;
  readonly pageSize: number;
  readonly operationDurationMs: number;
}

/** Everything the simulator remembers; one instance per running simulator. */
export class SimulatorState {
  readonly alerts: AlertStore;
  readonly operations = new OperationStore();
  readonly groups = new GroupStore();
  readonly faults = new FaultStore();
  readonly requests = new RequestLog();

  constructor(readonly settings: StateSettings) {
    this.alerts = new AlertStore(settings.tenantId);
  }

  /** Back to the seed: alerts, operations, groups and faults (the request log is kept). */
  reset(now: number): void {
    this.alerts.reset(now);
    this.operations.clear();
    this.groups.clear();
    this.faults.clear();
  }

  /** Applies the effects of refresh operations that have succeeded by `now` (time-based, evaluated lazily). */
  settle(now: number): void {
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
