import type { EntraAlertKey as AlertKey } from '../../../pim/alert-catalog';

/** A JSON object as Graph returns it. */
export type JsonObject = Record<string, unknown>;

/** One incident: its id and its type-specific properties (without `@odata.type`). */
export interface IncidentRecord {
  readonly id: string;
  readonly properties: Readonly<JsonObject>;
}

/** The mutable state of one alert type: alert, configuration settings and incidents. */
export interface AlertRecord {
  readonly key: AlertKey;
  readonly id: string;
  isActive: boolean;
  /** When incidents or the alert last changed (ISO); shown only while the alert is active or has incidents. */
  lastModifiedDateTime: string;
  lastScannedDateTime: string;
  incidents: IncidentRecord[];
  /** `isEnabled` and the type's settings, e.g. `{ isEnabled: true, duration: 'P30D' }`. */
  configuration: JsonObject;
}

export type OperationStatus = 'notStarted' | 'running' | 'succeeded' | 'failed';

/** A refresh long-running operation; its status is computed from the clock when read. */
export interface OperationRecord {
  readonly id: string;
  /** Ids of the alerts the refresh scans. */
  readonly alertIds: readonly string[];
  /** The Graph path (below the base URL) of what was refreshed, for `resourceLocation`. */
  readonly resourcePath: string;
  readonly createdAt: number;
  readonly durationMs: number;
  readonly fails: boolean;
  /** True once the refresh's effects were applied to the alerts. */
  applied: boolean;
}

/** `lastModifiedDateTime` the service shows for inactive alerts without incidents (sic; https://learn.microsoft.com/graph/how-to-pim-alerts). */
export const NEVER_MODIFIED = '0001-01-01T08:00:00Z';

export const SCOPE_ID = '/';
export const SCOPE_TYPE = 'DirectoryRole';
export const ROLE_ALERTS_PATH = '/beta/identityGovernance/roleManagementAlerts';
