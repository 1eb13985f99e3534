import { AppError } from '../../../src/errors/app-error';
import { alertIdSegment, incidentIdSegment } from '../../../src/pim/ids';
import type {
  Alert, AlertIncident, AlertWithIncidents, IncidentPage, Operation, OperationHandle, SettingValue,
} from '../../../src/pim/model';
import type { PimAlerts, WaitOptions } from '../../../src/pim/pim-alerts';

type Method = keyof PimAlerts;

/**
 * The one in-memory PimAlerts of the tests (handlers, routes, the watcher, digests): alerts you give it,
 * every call recorded, failures (once, or while Graph is down) and slow operations on demand.
 */
export class FakePimAlerts implements PimAlerts {
  readonly calls: { method: Method; args: unknown[] }[] = [];
  private readonly failures = new Map<Method, Error>();
  /** When set, waitForOperation waits for this promise (to test work that outlives a turn). */
  operationGate?: Promise<void>;
  operationStatus: Operation['status'] = 'succeeded';
  /** While true every call fails with `graphUnavailable` (Graph down for a while). */
  graphDown = false;
  /** While set, every call fails with this error (e.g. Graph answering 403 for minutes). */
  outage?: Error;

  constructor(public alerts: AlertWithIncidents[] = []) {}

  failNext(method: Method, error: Error): void {
    this.failures.set(method, error);
  }

  count(method: Method): number {
    return this.calls.filter((call) => call.method === method).length;
  }

  /** The first argument of every call of `method` (e.g. the alert ids read with getAlert), in order. */
  firstArgs(method: Method): unknown[] {
    return this.calls.filter((call) => call.method === method).map((call) => call.args[0]);
  }

  /** Forgets the calls recorded so far (to count one phase of a test). */
  resetCalls(): void {
    this.calls.length = 0;
  }

  private record(method: Method, ...args: unknown[]): void {
    this.calls.push({ method, args });
    if (this.graphDown) throw new AppError('graphUnavailable');
    if (this.outage) throw this.outage;
    const failure = this.failures.get(method);
    if (failure) {
      this.failures.delete(method);
      throw failure;
    }
  }

  private find(alertId: string): AlertWithIncidents {
    alertIdSegment(alertId);
    const alert = this.alerts.find((item) => item.id === alertId);
    if (!alert) throw new AppError('notFound');
    return alert;
  }

  private replace(alert: AlertWithIncidents): void {
    this.alerts = this.alerts.map((item) => (item.id === alert.id ? alert : item));
  }

  listAlerts(): Promise<readonly Alert[]> {
    this.record('listAlerts');
    return Promise.resolve(this.alerts.map(({ incidents: _incidents, ...alert }) => alert));
  }

  getAlert(alertId: string): Promise<AlertWithIncidents> {
    this.record('getAlert', alertId);
    return Promise.resolve(this.find(alertId));
  }

  listIncidentPage(alertId: string): Promise<IncidentPage> {
    this.record('listIncidentPage', alertId);
    return Promise.resolve({ incidents: this.find(alertId).incidents });
  }

  getIncident(alertId: string, incidentId: string): Promise<AlertIncident> {
    this.record('getIncident', alertId, incidentId);
    const incident = this.find(alertId).incidents.find((item) => item.id === incidentId);
    if (!incident) return Promise.reject(new AppError('notFound'));
    return Promise.resolve(incident);
  }

  dismissAlert(alertId: string): Promise<void> {
    this.record('dismissAlert', alertId);
    this.replace({ ...this.find(alertId), isActive: false });
    return Promise.resolve();
  }

  refreshAlert(alertId: string): Promise<OperationHandle> {
    this.record('refreshAlert', alertId);
    this.find(alertId);
    return Promise.resolve({ operationId: `refresh:${alertId}` });
  }

  refreshAllAlerts(): Promise<OperationHandle> {
    this.record('refreshAllAlerts');
    return Promise.resolve({ operationId: 'refresh:all' });
  }

  getOperation(handle: OperationHandle): Promise<Operation> {
    this.record('getOperation', handle);
    return Promise.resolve(this.operation(handle));
  }

  async waitForOperation(handle: OperationHandle, options?: WaitOptions): Promise<Operation> {
    this.record('waitForOperation', handle, options);
    if (this.operationGate) await this.operationGate;
    return this.operation(handle);
  }

  remediateIncident(alertId: string, incidentId: string): Promise<void> {
    this.record('remediateIncident', alertId, incidentId);
    incidentIdSegment(incidentId);
    const alert = this.find(alertId);
    if (!alert.definition?.isRemediatable) return Promise.reject(new AppError('notRemediatable'));
    const incidents = alert.incidents.filter((item) => item.id !== incidentId);
    this.replace({ ...alert, incidents, incidentCount: incidents.length });
    return Promise.resolve();
  }

  updateAlertConfiguration(alertId: string, changes: Readonly<Record<string, SettingValue>>): Promise<void> {
    this.record('updateAlertConfiguration', alertId, changes);
    const alert = this.find(alertId);
    const configuration = alert.configuration!;
    const { isEnabled, ...settings } = changes;
    this.replace({ ...alert, configuration: { ...configuration, isEnabled: typeof isEnabled === 'boolean' ? isEnabled : configuration.isEnabled, settings: { ...configuration.settings, ...settings } } });
    return Promise.resolve();
  }

  private operation(handle: OperationHandle): Operation {
    return {
      id: handle.operationId, status: this.operationStatus, createdDateTime: null, lastActionDateTime: null,
      resourceLocation: '', statusDetail: this.operationStatus === 'failed' ? 'scan failed upstream' : '',
    };
  }
}
