import { ALERT_TYPES, alertTypeInfo, type AlertKey } from '../../../src/pim/alert-catalog';
import type { AlertIncident, AlertSeverity, AlertWithIncidents } from '../../../src/pim/model';

export const TENANT = '3b0e753b-22fa-4c16-9bf2-470b80be80d6';
export const alertIdOf = (key: AlertKey): string => `DirectoryRole_${TENANT}_${key}`;

const SEVERITY: Record<AlertKey, AlertSeverity> = {
  TooManyOwnersAssignedToResource: 'medium', TooManyPermanentOwnersAssignedToResource: 'medium', DuplicateRoleCreated: 'medium', AzureRolesAssignedOutsidePimAlert: 'high',
  TooManyGlobalAdminsAssignedToTenantAlert: 'low',
  InvalidLicenseAlert: 'high',
  NoMfaOnRoleActivationAlert: 'medium',
  RedundantAssignmentAlert: 'low',
  RolesAssignedOutsidePimAlert: 'high',
  SequentialActivationRenewalsAlert: 'medium',
  StaleSignInAlert: 'medium',
};
const NAMES: Record<AlertKey, string> = {
  TooManyOwnersAssignedToResource: 'Too many owners assigned to a resource', TooManyPermanentOwnersAssignedToResource: 'Too many permanent owners assigned to a resource',
  DuplicateRoleCreated: 'Duplicate role created', AzureRolesAssignedOutsidePimAlert: 'Roles are being assigned outside of Privileged Identity Management',
  TooManyGlobalAdminsAssignedToTenantAlert: 'There are too many global administrators',
  InvalidLicenseAlert: "The organization doesn't have Microsoft Entra ID P2",
  NoMfaOnRoleActivationAlert: 'Roles are being activated without requiring MFA',
  RedundantAssignmentAlert: 'Administrators aren\'t using their privileged roles',
  RolesAssignedOutsidePimAlert: 'Roles are being assigned outside of Privileged Identity Management',
  SequentialActivationRenewalsAlert: 'Roles are being activated too frequently',
  StaleSignInAlert: 'Potential stale accounts in a privileged role',
};
const REMEDIATABLE: AlertKey[] = ['TooManyGlobalAdminsAssignedToTenantAlert', 'NoMfaOnRoleActivationAlert', 'RedundantAssignmentAlert', 'RolesAssignedOutsidePimAlert', 'StaleSignInAlert'];

/**
 * Incident `index` of an alert type: "User n" (user{n}@contoso.com) in every type but the global
 * administrators alert, whose incidents are other people ("Admin n"), so that removing a user from a
 * role never removes the only Global Administrator the fixtures know of (a remediation safeguard).
 */
export function makeIncident(key: AlertKey, index: number, overrides: Partial<AlertIncident> = {}): AlertIncident {
  const who = key === 'TooManyGlobalAdminsAssignedToTenantAlert' ? 'admin' : 'user';
  const id = `0000${index.toString(16)}`.slice(-5) + `-${who}-` + index;
  return {
    id, odataType: alertTypeInfo(key).incidentType, alertKey: key,
    assigneeId: id, assigneeDisplayName: `${who === 'admin' ? 'Admin' : 'User'} ${index}`, assigneeUserPrincipalName: `${who}${index}@contoso.com`,
    roleDisplayName: 'Global Administrator', lastSignInDateTime: '2026-01-02T03:04:05Z', otherProperties: {},
    ...overrides,
  };
}

export function makeAlert(key: AlertKey, options: { incidents?: number; isActive?: boolean; overrides?: Partial<AlertWithIncidents> } = {}): AlertWithIncidents {
  const incidents = Array.from({ length: options.incidents ?? 2 }, (_, i) => makeIncident(key, i + 1));
  const id = alertIdOf(key);
  return {
    id, alertKey: key, alertDefinitionId: id, scopeId: '/', scopeType: 'DirectoryRole',
    incidentCount: incidents.length, isActive: options.isActive ?? true,
    lastModifiedDateTime: '2026-11-23T10:00:00Z', lastScannedDateTime: '2026-11-23T09:00:00Z',
    definition: {
      id, displayName: NAMES[key], description: `Description of ${key}.`, severityLevel: SEVERITY[key],
      securityImpact: 'Impact text.', mitigationSteps: 'Remove the user from the role.', howToPrevent: 'Prevent it.',
      isRemediatable: REMEDIATABLE.includes(key), isConfigurable: alertTypeInfo(key).settings.length > 0,
    },
    configuration: {
      id, odataType: alertTypeInfo(key).configurationType, alertKey: key, isEnabled: true,
      settings: Object.fromEntries(alertTypeInfo(key).settings.map((spec) => [spec.name, spec.kind === 'days' ? 'P30D' : spec.kind === 'duration' ? 'PT1H' : spec.min + 1])),
    },
    incidents,
    ...options.overrides,
  };
}

/** One alert of every type, the stale sign-in one with `staleIncidents` incidents. */
export function allAlerts(staleIncidents = 3): AlertWithIncidents[] {
  return ALERT_TYPES.map((type) => makeAlert(type.key, { incidents: type.key === 'StaleSignInAlert' ? staleIncidents : 1 }));
}
