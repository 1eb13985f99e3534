import type {
  Alert, AlertIncident, AlertWithIncidents, IncidentPage, Operation, OperationHandle, SettingValue,
} from './model';

export interface WaitOptions {
  /** Give up (AppError `timeout`) after this long. */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

/**
 * The bot's only door to PIM security alerts. Everything returned is a typed domain object; every
 * failure is an AppError with a message a user can act on. Ids are validated before any request.
 */
export interface PimAlerts {
  /** Every alert in the tenant scope, with definition and configuration, all pages. */
  listAlerts(): Promise<readonly Alert[]>;
  /** One alert with its definition, configuration and all its incidents. */
  getAlert(alertId: string): Promise<AlertWithIncidents>;
  /** One page of an alert's incidents; pass the previous page's `nextCursor` for the next. */
  listIncidentPage(alertId: string, cursor?: string): Promise<IncidentPage>;
  getIncident(alertId: string, incidentId: string): Promise<AlertIncident>;
  dismissAlert(alertId: string): Promise<void>;
  refreshAlert(alertId: string): Promise<OperationHandle>;
  refreshAllAlerts(): Promise<OperationHandle>;
  getOperation(handle: OperationHandle): Promise<Operation>;
  /** Polls until `succeeded` or `failed` (backoff), bounded by a timeout. */
  waitForOperation(handle: OperationHandle, options?: WaitOptions): Promise<Operation>;
  remediateIncident(alertId: string, incidentId: string): Promise<void>;
  /**
   * Changes `isEnabled` and/or the type's settings. Validates names, types and documented ranges
   * (AppError `invalidSetting`) before anything is sent; sends the configuration's `@odata.type`.
   */
  updateAlertConfiguration(alertId: string, changes: Readonly<Record<string, SettingValue>>): Promise<void>;
}
