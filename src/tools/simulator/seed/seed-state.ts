import { ALERT_KEYS, type EntraAlertKey as AlertKey } from '../../../pim/alert-catalog';
import type { AlertRecord, JsonObject } from '../state/records';
import { makeIncident } from './incident-factory';

/** Configuration values from the Graph docs samples (https://learn.microsoft.com/graph/api/rolemanagementalert-list-alertconfigurations?view=graph-rest-beta); days settings not sampled use 30 days. */
const SEED_CONFIGURATION: Readonly<Record<AlertKey, JsonObject>> = {
  TooManyGlobalAdminsAssignedToTenantAlert: {
    isEnabled: true, globalAdminCountThreshold: 2, percentageOfGlobalAdminsOutOfRolesThreshold: 4,
  },
  InvalidLicenseAlert: { isEnabled: true },
  NoMfaOnRoleActivationAlert: { isEnabled: true },
  RedundantAssignmentAlert: { isEnabled: true, duration: 'P30D' },
  RolesAssignedOutsidePimAlert: { isEnabled: true },
  SequentialActivationRenewalsAlert: {
    isEnabled: false, sequentialActivationCounterThreshold: 3, timeIntervalBetweenActivations: 'PT10S',
  },
  StaleSignInAlert: { isEnabled: true, duration: 'P30D' },
};

/** How many incidents each alert starts with: seven global administrators as in the docs, a few others for demos. */
export const SEED_INCIDENT_COUNTS: Readonly<Record<AlertKey, number>> = {
  TooManyGlobalAdminsAssignedToTenantAlert: 7,
  InvalidLicenseAlert: 0,
  NoMfaOnRoleActivationAlert: 0,
  RedundantAssignmentAlert: 0,
  RolesAssignedOutsidePimAlert: 2,
  SequentialActivationRenewalsAlert: 0,
  StaleSignInAlert: 3,
};

export const DEFAULT_TENANT_ID = '3b0e753b-22fa-4c16-9bf2-470b80be80d6';

export function alertIdFor(tenantId: string, key: AlertKey): string {
  return `DirectoryRole_${tenantId}_${key}`;
}

/** Fresh alert records for the tenant, as of `now` (last scan two hours ago). */
export function seedAlerts(tenantId: string, now: number): AlertRecord[] {
  const scanned = new Date(now - 2 * 3_600_000).toISOString();
  return ALERT_KEYS.map((key) => {
    const incidents = Array.from({ length: SEED_INCIDENT_COUNTS[key] }, (_, i) => makeIncident(key, i, now));
    return {
      key,
      id: alertIdFor(tenantId, key),
      isActive: incidents.length > 0,
      lastModifiedDateTime: scanned,
      lastScannedDateTime: scanned,
      incidents,
      configuration: { ...SEED_CONFIGURATION[key] },
    };
  });
}
