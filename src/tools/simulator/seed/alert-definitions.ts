import type { EntraAlertKey as AlertKey } from '../../../pim/alert-catalog';

/** The definition texts of the seven alert types, as the Graph docs sample returns them (https://learn.microsoft.com/graph/api/rolemanagementalert-list-alertdefinitions?view=graph-rest-beta). */
export interface DefinitionText {
  readonly displayName: string;
  readonly severityLevel: 'low' | 'medium' | 'high';
  readonly description: string;
  readonly securityImpact: string;
  readonly mitigationSteps: string;
  readonly howToPrevent: string;
  readonly isRemediatable: boolean;
  readonly isConfigurable: boolean;
}

export const DEFINITION_TEXTS: Readonly<Record<AlertKey, DefinitionText>> = {
  TooManyGlobalAdminsAssignedToTenantAlert: {
    displayName:
      "There are too many global administrators",
    severityLevel:
      "low",
    description:
      "The percentage of global administrators is high, relative to other privileged roles. It is recommended to use least privileged roles, with just enough privileges to perform the required tasks.",
    securityImpact:
      "Global administrator is the highest privileged role. If a Global Administrator is compromised, the attacker gains access to all of their permissions, which puts your whole system at risk.",
    mitigationSteps:
      "·Review the users in the list and remove any that do not absolutely need the Global Administrator role.·Assign lower privileged roles to these users instead.",
    howToPrevent:
      "Assign users the least privileged role they need.",
    isRemediatable: true, isConfigurable: true,
  },
  InvalidLicenseAlert: {
    displayName:
      "The organization doesn't have Azure AD Premium P2",
    severityLevel:
      "high",
    description:
      "Azure AD Privileged Identity Management requires a license, but the tenant either doesn't have an Azure AD Premium P2 license, or a trial license has expired.  If you do not obtain a license, Azure AD Privileged Identity Management and its configuration will be removed from the tenant.",
    securityImpact:
      "Administrators in the tenant will not be able to use Azure AD Privileged Identity Management for role activation, access reviews or other management tasks unless a license is present.",
    mitigationSteps:
      "Purchase a license plan which includes Azure AD Premium P2 for all users who will be interacting with Azure AD PIM or with Azure AD Identity Protection.  More information on pricing and purchase options is at https://azure.microsoft.com/en-us/pricing/details/active-directory/",
    howToPrevent:
      "To dismiss this alert, ensure there is a license on the tenant for Azure AD Premium P2.",
    isRemediatable: false, isConfigurable: false,
  },
  NoMfaOnRoleActivationAlert: {
    displayName:
      "Roles don't require multi-factor authentication for activation",
    severityLevel:
      "medium",
    description:
      "Roles are configured for activation without requiring multifactor authentication. This is highly discouraged.",
    securityImpact:
      "Without multi-factor authentication, compromised users can activate privileged roles.",
    mitigationSteps:
      "Review the list of roles and require multi-factor authentication for every role.",
    howToPrevent:
      "Every privileged role should be configured to require MFA for activation.",
    isRemediatable: true, isConfigurable: false,
  },
  RedundantAssignmentAlert: {
    displayName:
      "Eligible administrators aren't activating their privileged role",
    severityLevel:
      "low",
    description:
      "{0} user(s) haven't activated their privileged roles in the past {1} days",
    securityImpact:
      "Users that have been assigned privileged roles they don't need increases the chance of an attack. It is also easier for attackers to remain unnoticed in accounts that are not actively being used.",
    mitigationSteps:
      "Review the users in the list and remove them from privileged roles they do not need.",
    howToPrevent:
      "·Assign privileged roles to users that have a business justification.·Schedule regular access reviews to verify that users still need their access.",
    isRemediatable: true, isConfigurable: true,
  },
  RolesAssignedOutsidePimAlert: {
    displayName:
      "Roles are being assigned outside of Privileged Identity Management",
    severityLevel:
      "high",
    description:
      "{0} privileged assignment(s) were made outisde of Azure AD PIM",
    securityImpact:
      "Privileged role assignments made outside of Privileged Identity Management are not properly monitored and may indicate an active attack.",
    mitigationSteps:
      "Review the users in the list and remove them from privileged roles assigned outside of Privileged Identity Management.",
    howToPrevent:
      "Investigate where users are being assigned privileged roles outside of Privileged Identity Management and prohibit future assignments from there.",
    isRemediatable: true, isConfigurable: false,
  },
  SequentialActivationRenewalsAlert: {
    displayName:
      "Roles are being activated too frequently",
    severityLevel:
      "medium",
    description:
      "{0} multiple activations for a privileged role were made by the same user",
    securityImpact:
      "Multiple activations to the same privileged role by the same user is a sign of an attack.",
    mitigationSteps:
      "Review the users in the list and ensure that the activation duration for their privileged role is set long enough for them to perform their tasks.",
    howToPrevent:
      "·Ensure that the activation duration for privileged roles is set long enough for users to perform their tasks.·Require multi-factor authentication for privileged roles that have accounts shared by multiple administrators.",
    isRemediatable: false, isConfigurable: true,
  },
  StaleSignInAlert: {
    displayName:
      "Potential stale accounts in a privileged role",
    severityLevel:
      "medium",
    description:
      "{0} account(s) in privileged roles that have not signed in to Azure AD in the past {1} day(s)",
    securityImpact:
      "Accounts in a privileged role have not signed in recently. These accounts might be service or shared accounts that aren't being maintained and are vulnerable to attackers.",
    mitigationSteps:
      "Review the accounts in the list. If they no longer need access, remove them from their privileged roles.",
    howToPrevent:
      "Regularly review accounts with privileged roles using <a href=\"https://docs.microsoft.com/en-us/azure/active-directory/governance/access-reviews-overview\" target=\"_blank\" >access reviews</a> and remove role assignments which are no longer needed.",
    isRemediatable: true, isConfigurable: true,
  },
};
