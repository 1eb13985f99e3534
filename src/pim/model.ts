import type { AlertKey } from './alert-catalog';

/** `alertSeverity` in Graph; any value we do not know becomes `unknownFutureValue`. */
export type AlertSeverity = 'unknown' | 'informational' | 'low' | 'medium' | 'high' | 'unknownFutureValue';

export interface AlertDefinition {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly severityLevel: AlertSeverity;
  readonly securityImpact: string;
  readonly mitigationSteps: string;
  readonly howToPrevent: string;
  readonly isRemediatable: boolean;
  readonly isConfigurable: boolean;
}

/** A setting value as Graph carries it: integers as numbers, durations as ISO 8601 strings. */
export type SettingValue = number | string | boolean;

export interface AlertConfiguration {
  readonly id: string;
  /** The derived Graph type, e.g. `#microsoft.graph.staleSignInAlertConfiguration`. */
  readonly odataType: string;
  /** The alert type, or null for a configuration type this version does not know. */
  readonly alertKey: AlertKey | null;
  readonly isEnabled: boolean;
  /** The type's own properties (thresholds, durations), by Graph property name. */
  readonly settings: Readonly<Record<string, SettingValue | null>>;
}

/**
 * An incident. Every type identifies its subject by some of these fields (the derived
 * unifiedRoleManagementAlertIncident types, https://learn.microsoft.com/graph/api/resources/unifiedrolemanagementalertincident?view=graph-rest-beta); fields a
 * type does not have are undefined, and properties of unknown future types land in `otherProperties`.
 */
export interface AlertIncident {
  readonly id: string;
  readonly odataType: string;
  readonly alertKey: AlertKey | null;
  readonly assigneeId?: string;
  readonly assigneeDisplayName?: string;
  readonly assigneeUserPrincipalName?: string;
  readonly roleDefinitionId?: string;
  readonly roleDisplayName?: string;
  readonly roleTemplateId?: string;
  readonly assignmentCreatedDateTime?: string;
  readonly lastSignInDateTime?: string;
  readonly lastActivationDateTime?: string;
  readonly activationCount?: number;
  readonly sequenceStartDateTime?: string;
  readonly sequenceEndDateTime?: string;
  readonly tenantLicenseStatus?: string;
  readonly otherProperties: Readonly<Record<string, string | number | boolean>>;
}

export interface Alert {
  readonly id: string;
  readonly alertKey: AlertKey | null;
  readonly alertDefinitionId: string;
  /** Graph: `/` (the directory). Azure resource alerts: the scope's resource id, `/subscriptions/{id}`. */
  readonly scopeId: string;
  /** Graph: `DirectoryRole`. Azure resource alerts: `subscription`. */
  readonly scopeType: string;
  /** The scope's name for people (an Azure subscription's display name); absent for the directory. */
  readonly scopeDisplayName?: string;
  readonly incidentCount: number;
  readonly isActive: boolean;
  readonly lastModifiedDateTime: string | null;
  readonly lastScannedDateTime: string | null;
  readonly definition: AlertDefinition | null;
  readonly configuration: AlertConfiguration | null;
}

export interface AlertWithIncidents extends Alert {
  readonly incidents: readonly AlertIncident[];
}

export interface IncidentPage {
  readonly incidents: readonly AlertIncident[];
  /** Opaque cursor for the next page; undefined on the last page. */
  readonly nextCursor?: string;
}

export type OperationStatus = 'notStarted' | 'running' | 'succeeded' | 'failed' | 'unknownFutureValue';

export interface OperationHandle {
  readonly operationId: string;
  /**
   * True when Graph finished the refresh synchronously (204/200 without `Location`, a documented variant):
   * there is nothing to poll and `getOperation`/`waitForOperation` answer `succeeded` without a request.
   */
  readonly completed?: boolean;
  /**
   * A refresh of several sources (the Entra alerts and each Azure subscription): one handle per source. The handle carries
   * them, so any instance of the composite source can wait for it (the user's, which started it, or the app's).
   */
  readonly parts?: readonly OperationHandle[];
}

export interface Operation {
  readonly id: string;
  readonly status: OperationStatus;
  readonly createdDateTime: string | null;
  readonly lastActionDateTime: string | null;
  readonly resourceLocation: string;
  readonly statusDetail: string;
}
