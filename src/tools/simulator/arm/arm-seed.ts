import type { AzureAlertKey } from '../../../pim/alert-catalog';

/** The demo subscriptions the simulator serves (ids are made up; names are what `GET /subscriptions` answers). */
export const DEMO_SUBSCRIPTIONS: ReadonlyArray<{ readonly subscriptionId: string; readonly displayName: string }> = [
  { subscriptionId: 'afa2a084-766f-4003-8ae1-c4aeb893a99f', displayName: 'Contoso Production' },
  { subscriptionId: '5c6a1e4b-8f2d-4b7a-9c31-2d0e7f6a1b22', displayName: 'Contoso Development' },
  { subscriptionId: '9e3d2c1b-4a5f-4e6d-8b7c-0a1b2c3d4e5f', displayName: 'Fabrikam Shared Services' },
];

/** `count` subscriptions: the demo ones first, then `Load test NNN` with generated ids (for the watcher-cost bench). */
export function demoSubscriptions(count: number): Array<{ readonly subscriptionId: string; readonly displayName: string }> {
  return Array.from({ length: count }, (_, index) => DEMO_SUBSCRIPTIONS[index] ?? {
    subscriptionId: `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`,
    displayName: `Load test ${String(index).padStart(3, '0')}`,
  });
}

export interface ArmDefinitionText {
  readonly displayName: string;
  readonly severityLevel: 'Low' | 'Medium' | 'High';
  readonly description: string;
  readonly securityImpact: string;
  readonly mitigationSteps: string;
  readonly howToPrevent: string;
  readonly isConfigurable: boolean;
}

/** The four Azure resource alert types, in our own words after reference/arm/ALERT_TYPES.md. */
export const ARM_DEFINITIONS: Readonly<Record<AzureAlertKey, ArmDefinitionText>> = {
  TooManyOwnersAssignedToResource: {
    displayName: 'Too many owners assigned to a resource', severityLevel: 'Medium', isConfigurable: true,
    description: 'More principals hold the Owner role on this resource than the threshold allows.',
    securityImpact: 'Every extra owner raises the chance of harmful or mistaken changes.',
    mitigationSteps: 'Review the owners and move those who do not need full control to a lesser role such as Contributor.',
    howToPrevent: 'Give each person the least privileged role that lets them do their work.',
  },
  TooManyPermanentOwnersAssignedToResource: {
    displayName: 'Too many permanent owners assigned to a resource', severityLevel: 'Medium', isConfigurable: true,
    description: 'More owners of this resource never expire than the threshold allows.',
    securityImpact: 'Standing Owner access leaves the resource exposed if one of those accounts is compromised.',
    mitigationSteps: 'Make these owners eligible so that they activate the role when they need it.',
    howToPrevent: 'Require activation for the Owner role in the PIM role settings.',
  },
  DuplicateRoleCreated: {
    displayName: 'Duplicate role created', severityLevel: 'Medium', isConfigurable: false,
    description: 'A custom role has the same permissions as a built-in or another custom role.',
    securityImpact: 'Duplicate roles make it harder to see who can do what.',
    mitigationSteps: 'Review the new role and use the existing role that fits instead.',
    howToPrevent: 'Check the existing roles before creating a custom role.',
  },
  AzureRolesAssignedOutsidePimAlert: {
    displayName: 'Roles are being assigned outside of Privileged Identity Management', severityLevel: 'High', isConfigurable: false,
    description: 'Privileged role assignments were made directly (Azure IAM or the Resource Manager API) rather than through PIM.',
    securityImpact: 'Assignments made outside PIM escape its monitoring and may signal an attack.',
    mitigationSteps: 'Remove these principals from the roles, or make the assignments through PIM.',
    howToPrevent: 'Find where such assignments come from and stop them.',
  },
};

export const ARM_SEED_CONFIGURATION: Readonly<Record<AzureAlertKey, Readonly<Record<string, number>>>> = {
  TooManyOwnersAssignedToResource: { thresholdNumberOfOwners: 3, thresholdPercentageOfOwnersOutOfAllRoleMembers: 40 },
  TooManyPermanentOwnersAssignedToResource: { thresholdNumberOfPermanentOwners: 10, thresholdPercentageOfPermanentOwnersOutOfAllOwners: 10 },
  DuplicateRoleCreated: {},
  AzureRolesAssignedOutsidePimAlert: {},
};

/** Incidents per alert type for the subscription at `index` (the first subscription is the noisiest). */
export function seedIncidentCount(key: AzureAlertKey, index: number): number {
  const counts: Record<AzureAlertKey, readonly number[]> = {
    TooManyOwnersAssignedToResource: [4, 0, 1],
    TooManyPermanentOwnersAssignedToResource: [0, 2, 0],
    DuplicateRoleCreated: [1, 0, 0],
    AzureRolesAssignedOutsidePimAlert: [2, 1, 0],
  };
  return counts[key][index % 3] ?? 0;
}
