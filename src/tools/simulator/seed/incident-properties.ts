import type { EntraAlertKey as AlertKey } from '../../../pim/alert-catalog';

/** CSDL type of an incident property: what the control API accepts for it. */
export type IncidentPropertyKind = 'string' | 'dateTime' | 'int32';

const ASSIGNEE = {
  assigneeDisplayName: 'string', assigneeId: 'string', assigneeUserPrincipalName: 'string',
} as const;
const ROLE = { roleDefinitionId: 'string', roleDisplayName: 'string', roleTemplateId: 'string' } as const;

/** Each incident type's own properties (the CSDL in test/fixtures/graph/pim-alerts-beta.openapi.yaml), without `id` and `@odata.type`. */
export const INCIDENT_PROPERTIES: Readonly<Record<AlertKey, Readonly<Record<string, IncidentPropertyKind>>>> = {
  TooManyGlobalAdminsAssignedToTenantAlert: { ...ASSIGNEE },
  InvalidLicenseAlert: { tenantLicenseStatus: 'string' },
  NoMfaOnRoleActivationAlert: { roleDisplayName: 'string', roleTemplateId: 'string' },
  RedundantAssignmentAlert: { ...ASSIGNEE, ...ROLE, lastActivationDateTime: 'dateTime' },
  RolesAssignedOutsidePimAlert: { ...ASSIGNEE, ...ROLE, assignmentCreatedDateTime: 'dateTime' },
  SequentialActivationRenewalsAlert: {
    ...ASSIGNEE, ...ROLE, activationCount: 'int32', sequenceStartDateTime: 'dateTime', sequenceEndDateTime: 'dateTime',
  },
  StaleSignInAlert: { ...ASSIGNEE, ...ROLE, assignmentCreatedDateTime: 'dateTime', lastSignInDateTime: 'dateTime' },
};
