import { randomUUID } from 'node:crypto';
import { alertTypeInfo, type AzureAlertKey } from '../../../pim/alert-catalog';
import { demoUser } from '../seed/directory';

export type ArmIncidentProperties = Readonly<Record<string, string>>;

export interface ArmIncidentRecord {
  readonly name: string;
  readonly properties: ArmIncidentProperties;
}

const DAY_MS = 86_400_000;

/** The `index`-th incident of an Azure alert type: the properties its incident type has (reference/arm/ALERT_TYPES.md). */
export function makeArmIncident(key: AzureAlertKey, index: number, now: number): ArmIncidentRecord {
  const user = demoUser(index);
  const type = alertTypeInfo(key).incidentType;
  const base = { alertIncidentType: type };
  switch (key) {
    case 'TooManyOwnersAssignedToResource':
    case 'TooManyPermanentOwnersAssignedToResource':
      return { name: randomUUID(), properties: { ...base, assigneeName: user.displayName, assigneeType: 'User' } };
    case 'DuplicateRoleCreated':
      return { name: randomUUID(), properties: { ...base, roleName: `Custom VM Operator ${index + 1}`, duplicateRoles: 'Virtual Machine Contributor', reason: 'Same permissions as a built-in role' } };
    case 'AzureRolesAssignedOutsidePimAlert': {
      const requestor = demoUser(index + 5);
      return {
        name: randomUUID(),
        properties: {
          ...base, assigneeDisplayName: user.displayName, assigneeUserPrincipalName: user.userPrincipalName, assigneeId: user.id,
          roleDisplayName: 'Owner', roleTemplateId: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
          roleDefinitionId: '/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
          assignmentActivatedDate: new Date(now - (index + 1) * DAY_MS).toISOString(),
          requestorId: requestor.id, requestorDisplayName: requestor.displayName, requestorUserPrincipalName: requestor.userPrincipalName,
        },
      };
    }
  }
}

