/**
 * The seven PIM alert types for Microsoft Entra roles: their keys, derived Graph types, remediability and
 * configurable settings with documented ranges (https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-how-to-configure-security-alerts
 * and https://learn.microsoft.com/graph/api/rolemanagementalert-list-alertdefinitions?view=graph-rest-beta).
 */
export const ALERT_KEYS = [
  'TooManyGlobalAdminsAssignedToTenantAlert',
  'InvalidLicenseAlert',
  'NoMfaOnRoleActivationAlert',
  'RedundantAssignmentAlert',
  'RolesAssignedOutsidePimAlert',
  'SequentialActivationRenewalsAlert',
  'StaleSignInAlert',
] as const;

/**
 * The four PIM alert types for Azure resource roles (Azure Resource Manager, 2022-08-01-preview): the alert
 * id, definition id and configuration id are these keys; the discriminators are in AZURE_ALERT_TYPES.
 */
export const AZURE_ALERT_KEYS = [
  'TooManyOwnersAssignedToResource',
  'TooManyPermanentOwnersAssignedToResource',
  'DuplicateRoleCreated',
  'AzureRolesAssignedOutsidePimAlert',
] as const;

export type EntraAlertKey = (typeof ALERT_KEYS)[number];
export type AzureAlertKey = (typeof AZURE_ALERT_KEYS)[number];
export type AlertKey = EntraAlertKey | AzureAlertKey;

/** How a setting's value is written: an integer, ISO 8601 days (`P30D`), or any ISO 8601 duration. */
export type SettingKind = 'integer' | 'days' | 'duration';

export interface SettingSpec {
  readonly name: string;
  readonly kind: SettingKind;
  readonly label: string;
  /** Inclusive bounds: integers and days as numbers, durations in seconds. */
  readonly min: number;
  readonly max: number;
  /** Shown after an integer value, e.g. `%`. */
  readonly unit?: string;
}

export interface AlertTypeInfo {
  readonly key: AlertKey;
  /** Which PIM half raises it: Entra roles (Graph) or Azure resource roles (Resource Manager). */
  readonly source: 'entra' | 'azure';
  /** Short command-line key, e.g. `staleSignIn`. */
  readonly shortKey: string;
  readonly configurationType: string;
  readonly incidentType: string;
  /** Settings besides `isEnabled`, which every type has. */
  readonly settings: readonly SettingSpec[];
}

const days = (name: string, label: string, min: number, max: number): SettingSpec =>
  ({ name, kind: 'days', label, min, max });
const integer = (name: string, label: string, min: number, max: number, unit?: string): SettingSpec =>
  ({ name, kind: 'integer', label, min, max, ...(unit ? { unit } : {}) });

const entra = (info: Omit<AlertTypeInfo, 'source'>): AlertTypeInfo => ({ ...info, source: 'entra' });
const azure = (info: Omit<AlertTypeInfo, 'source'>): AlertTypeInfo => ({ ...info, source: 'azure' });

/** The Entra alert types (Graph), in the portal's order. */
export const ALERT_TYPES: readonly AlertTypeInfo[] = [
  entra({
    key: 'TooManyGlobalAdminsAssignedToTenantAlert', shortKey: 'tooManyGlobalAdmins',
    configurationType: '#microsoft.graph.tooManyGlobalAdminsAssignedToTenantAlertConfiguration',
    incidentType: '#microsoft.graph.tooManyGlobalAdminsAssignedToTenantAlertIncident',
    settings: [
      integer('globalAdminCountThreshold', 'Minimum number of Global Administrators', 2, 100),
      integer('percentageOfGlobalAdminsOutOfRolesThreshold', 'Percentage of Global Administrators', 0, 100, '%'),
    ],
  }),
  entra({
    key: 'InvalidLicenseAlert', shortKey: 'invalidLicense',
    configurationType: '#microsoft.graph.invalidLicenseAlertConfiguration',
    incidentType: '#microsoft.graph.invalidLicenseAlertIncident', settings: [],
  }),
  entra({
    key: 'NoMfaOnRoleActivationAlert', shortKey: 'noMfaOnRoleActivation',
    configurationType: '#microsoft.graph.noMfaOnRoleActivationAlertConfiguration',
    incidentType: '#microsoft.graph.noMfaOnRoleActivationAlertIncident', settings: [],
  }),
  entra({
    key: 'RedundantAssignmentAlert', shortKey: 'redundantAssignment',
    configurationType: '#microsoft.graph.redundantAssignmentAlertConfiguration',
    incidentType: '#microsoft.graph.redundantAssignmentAlertIncident',
    settings: [days('duration', 'Days without activation', 0, 100)],
  }),
  entra({
    key: 'RolesAssignedOutsidePimAlert', shortKey: 'rolesAssignedOutsidePim',
    configurationType: '#microsoft.graph.rolesAssignedOutsidePrivilegedIdentityManagementAlertConfiguration',
    incidentType: '#microsoft.graph.rolesAssignedOutsidePrivilegedIdentityManagementAlertIncident', settings: [],
  }),
  entra({
    key: 'SequentialActivationRenewalsAlert', shortKey: 'sequentialActivationRenewals',
    configurationType: '#microsoft.graph.sequentialActivationRenewalsAlertConfiguration',
    incidentType: '#microsoft.graph.sequentialActivationRenewalsAlertIncident',
    settings: [
      integer('sequentialActivationCounterThreshold', 'Number of activation renewals', 2, 100),
      // The portal takes days/hours/minutes/seconds and documents no bound: we accept 1 s to 30 days.
      { name: 'timeIntervalBetweenActivations', kind: 'duration', label: 'Activation renewal timeframe', min: 1, max: 30 * 86400 },
    ],
  }),
  entra({
    key: 'StaleSignInAlert', shortKey: 'staleSignIn',
    configurationType: '#microsoft.graph.staleSignInAlertConfiguration',
    incidentType: '#microsoft.graph.staleSignInAlertIncident',
    settings: [days('duration', 'Days without sign-in', 1, 365)],
  }),
];

/**
 * The Azure resource alert types (Resource Manager discriminator values, not `@odata.type`s). No source documents
 * the threshold ranges: counts are accepted from 1 to 1000 and percentages from 0 to 100 (README, "Azure resources").
 */
export const AZURE_ALERT_TYPES: readonly AlertTypeInfo[] = [
  azure({
    key: 'TooManyOwnersAssignedToResource', shortKey: 'tooManyOwners',
    configurationType: 'TooManyOwnersAssignedToResourceAlertConfiguration',
    incidentType: 'TooManyOwnersAssignedToResourceAlertIncident',
    settings: [
      integer('thresholdNumberOfOwners', 'Minimum number of owners', 1, 1000),
      integer('thresholdPercentageOfOwnersOutOfAllRoleMembers', 'Percentage of owners out of all role members', 0, 100, '%'),
    ],
  }),
  azure({
    key: 'TooManyPermanentOwnersAssignedToResource', shortKey: 'tooManyPermanentOwners',
    configurationType: 'TooManyPermanentOwnersAssignedToResourceAlertConfiguration',
    incidentType: 'TooManyPermanentOwnersAssignedToResourceAlertIncident',
    settings: [
      integer('thresholdNumberOfPermanentOwners', 'Minimum number of permanent owners', 1, 1000),
      integer('thresholdPercentageOfPermanentOwnersOutOfAllOwners', 'Percentage of permanent owners out of all owners', 0, 100, '%'),
    ],
  }),
  azure({
    key: 'DuplicateRoleCreated', shortKey: 'duplicateRole',
    configurationType: 'DuplicateRoleCreatedAlertConfiguration', incidentType: 'DuplicateRoleCreatedAlertIncident', settings: [],
  }),
  azure({
    key: 'AzureRolesAssignedOutsidePimAlert', shortKey: 'azureRolesAssignedOutsidePim',
    configurationType: 'AzureRolesAssignedOutsidePimAlertConfiguration',
    incidentType: 'AzureRolesAssignedOutsidePimAlertIncident', settings: [],
  }),
];

/** Every alert type the bot knows, Entra first. */
export const ALL_ALERT_TYPES: readonly AlertTypeInfo[] = [...ALERT_TYPES, ...AZURE_ALERT_TYPES];

/** The alert key at the end of an id `DirectoryRole_{tenantId}_{AlertKey}` (or `Subscription_{id}_{AlertKey}`), or null for an unknown type. */
export function alertKeyOfId(alertId: string): AlertKey | null {
  const suffix = alertId.slice(alertId.lastIndexOf('_') + 1);
  return ALL_ALERT_TYPES.find((type) => type.key === suffix)?.key ?? null;
}

export function alertTypeInfo(key: AlertKey): AlertTypeInfo {
  const info = ALL_ALERT_TYPES.find((type) => type.key === key);
  if (!info) throw new Error(`alert type ${key} missing from the catalogue`);
  return info;
}

export function alertTypeByConfigurationType(odataType: string): AlertTypeInfo | undefined {
  return ALL_ALERT_TYPES.find((type) => type.configurationType === odataType);
}

export function alertTypeByIncidentType(odataType: string): AlertTypeInfo | undefined {
  return ALL_ALERT_TYPES.find((type) => type.incidentType === odataType);
}
