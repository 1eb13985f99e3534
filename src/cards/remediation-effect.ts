import type { Alert, AlertIncident } from '../pim/model';
import { alertScopeName, isAzureScope } from './alert-scope';
import { summarizeIncident } from './incident-summary';

export interface EffectFact {
  readonly title: string;
  readonly value: string;
}

/** The built-in role every TooManyGlobalAdmins incident is about, and its template id (the same in every tenant). */
export const GLOBAL_ADMINISTRATOR = 'Global Administrator';
export const GLOBAL_ADMINISTRATOR_TEMPLATE_ID = '62e90394-69f5-4237-9190-012177145e10';

/**
 * What remediating one incident changes, per alert type (the Entra PIM alerts page,
 * https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-how-to-configure-security-alerts,
 * "In-portal mitigation action", and each incident type's properties in Graph beta):
 * `removeRole`: `subject` loses `role`; `requireMfa`: activating `role` will require MFA; `other`: an
 * alert type this version does not know (Entra applies the definition's mitigation steps).
 */
export interface RemediationTarget {
  readonly change: 'removeRole' | 'requireMfa' | 'other';
  /** `Jane Doe (jane@contoso.com)`, or the role for role-only incidents. */
  readonly subject: string;
  /** The role lost (removeRole) or changed (requireMfa). */
  readonly role: string;
  /** The assignee's object id, when the incident names a person. */
  readonly assigneeId?: string;
  /** The resource the role is held on, for Azure resource alerts: `Azure subscription Contoso Production (…)`. */
  readonly on?: string;
}

const day = (iso: string | undefined): string | undefined => iso?.slice(0, 10);

/** The role an incident names: its display name, else the built-in Global Administrator by template id, else the ids. */
function namedRole(incident: AlertIncident): string {
  if (incident.roleDisplayName) return incident.roleDisplayName;
  if (incident.roleTemplateId?.toLowerCase() === GLOBAL_ADMINISTRATOR_TEMPLATE_ID) return GLOBAL_ADMINISTRATOR;
  const id = incident.roleTemplateId ?? incident.roleDefinitionId;
  return id ? `the role with id ${id}` : 'a role the incident does not name';
}

/** The person an incident is about: name and UPN, else their object id, else the incident id. */
function personOf(incident: AlertIncident): string {
  if (incident.assigneeDisplayName !== undefined || incident.assigneeUserPrincipalName !== undefined) return summarizeIncident(incident).subject;
  return incident.assigneeId ? `the account with id ${incident.assigneeId}` : `the account of incident ${incident.id}`;
}

export function remediationTarget(alert: Alert, incident: AlertIncident): RemediationTarget {
  if (isAzureScope(alert)) return azureTarget(alert, incident);
  const summary = { subject: personOf(incident) };
  const assignee = incident.assigneeId ? { assigneeId: incident.assigneeId } : {};
  switch (alert.alertKey) {
    case 'TooManyGlobalAdminsAssignedToTenantAlert':
      // Every incident of this alert is an account assigned Global Administrator (the incident type has no role fields).
      return { change: 'removeRole', subject: summary.subject, role: GLOBAL_ADMINISTRATOR, ...assignee };
    case 'NoMfaOnRoleActivationAlert':
      return { change: 'requireMfa', subject: namedRole(incident), role: namedRole(incident) };
    case 'RedundantAssignmentAlert':
    case 'RolesAssignedOutsidePimAlert':
    case 'StaleSignInAlert':
      return { change: 'removeRole', subject: summary.subject, role: namedRole(incident), ...assignee };
    default:
      // InvalidLicense and SequentialActivationRenewals are not remediable (Graph answers 400); unknown future types.
      return { change: 'other', subject: summarizeIncident(incident).subject, role: namedRole(incident), ...assignee };
  }
}

/**
 * Azure resource alerts (reference/arm/ALERT_TYPES.md): the owner alerts' incidents name a principal holding Owner, the
 * outside-PIM incidents a principal and the role assigned; what Resource Manager's remediate changes is not documented,
 * the definitions' mitigation is to remove (or, for permanent owners, make eligible) that assignment.
 */
function azureTarget(alert: Alert, incident: AlertIncident): RemediationTarget {
  const on = alertScopeName(alert);
  const assignee = incident.assigneeId ? { assigneeId: incident.assigneeId } : {};
  switch (alert.alertKey) {
    case 'TooManyOwnersAssignedToResource':
    case 'TooManyPermanentOwnersAssignedToResource':
      return { change: 'removeRole', subject: personOf(incident), role: 'Owner', on, ...assignee };
    case 'AzureRolesAssignedOutsidePimAlert':
      return { change: 'removeRole', subject: personOf(incident), role: namedRole(incident), on, ...assignee };
    default:
      return { change: 'other', subject: incident.roleDisplayName ? `the custom role ${incident.roleDisplayName}` : summarizeIncident(incident).subject, role: namedRole(incident), on };
  }
}

/** True when the incident's role is the built-in Global Administrator (by template id, name, or alert type). */
export function removesGlobalAdministrator(alert: Alert, incident: AlertIncident): boolean {
  const target = remediationTarget(alert, incident);
  return target.change === 'removeRole' && (target.role === GLOBAL_ADMINISTRATOR || incident.roleTemplateId?.toLowerCase() === GLOBAL_ADMINISTRATOR_TEMPLATE_ID);
}

/** "Remove Jane Doe (jane@…) from Global Administrator?" / "Require MFA to activate Exchange Administrator?". */
export function remediationQuestion(target: RemediationTarget): string {
  if (target.change === 'removeRole') return `Remove ${target.subject} from ${target.role}${target.on ? ` on ${target.on}` : ''}?`;
  if (target.change === 'requireMfa') return `Require multifactor authentication to activate ${target.role}?`;
  return `Remediate "${target.subject}"?`;
}

/** What was done, for the banner and the audit line: "removed Jane Doe (jane@…) from Global Administrator". */
export function remediationDone(target: RemediationTarget): string {
  if (target.change === 'removeRole') return `removed ${target.subject} from ${target.role}${target.on ? ` on ${target.on}` : ''}`;
  if (target.change === 'requireMfa') return `activating ${target.role} now requires multifactor authentication`;
  return `applied the alert's mitigation to ${target.subject}`;
}

/** Which assignment goes, as far as Graph's incident tells (active vs eligible is documented only for two types). */
function assignmentKind(alert: Alert, incident: AlertIncident, role: string): string {
  const unknownKind = 'the incident does not say whether it is active or eligible';
  switch (alert.alertKey) {
    case 'TooManyGlobalAdminsAssignedToTenantAlert':
      return `Their ${role} assignment, one of those this alert counts (${unknownKind})`;
    case 'RolesAssignedOutsidePimAlert':
      return `Active (permanent) assignment made outside PIM${incident.assignmentCreatedDateTime ? `, created ${day(incident.assignmentCreatedDateTime)}` : ''}`;
    case 'RedundantAssignmentAlert':
      return `Eligible assignment, ${incident.lastActivationDateTime ? `last activated ${day(incident.lastActivationDateTime)}` : 'never activated'}`;
    case 'TooManyOwnersAssignedToResource':
      return `Their ${role} assignment on this subscription, one of those this alert counts (${unknownKind})`;
    case 'TooManyPermanentOwnersAssignedToResource':
      return `Their permanent ${role} assignment on this subscription (the alert's mitigation: make them activate ${role} when needed)`;
    case 'AzureRolesAssignedOutsidePimAlert':
      return `Assignment made outside PIM${incident.assignmentCreatedDateTime ? `, activated ${day(incident.assignmentCreatedDateTime)}` : ''}`;
    case 'StaleSignInAlert':
      return `Their ${role} assignment, no sign-in since ${day(incident.lastSignInDateTime) ?? 'an unknown date'} (${unknownKind})`;
    default:
      return `Their ${role} assignment (${unknownKind})`;
  }
}

/** Where the change happens: `Scope` (the directory) or `Resource` (an Azure subscription). */
export function scopeFact(alert: Alert): EffectFact {
  if (isAzureScope(alert)) return { title: 'Resource', value: alertScopeName(alert) };
  return { title: 'Scope', value: alert.scopeId === '/' ? 'The whole directory (tenant-wide, scope "/")' : `Scope "${alert.scopeId}"` };
}

/** What Confirm will do, spelled out: who loses which role, which kind of assignment, in which scope. */
export function remediationEffect(alert: Alert, incident: AlertIncident): EffectFact[] {
  const target = remediationTarget(alert, incident);
  if (target.change === 'requireMfa') {
    return [{ title: 'Effect', value: `Activating ${target.role} will require multifactor authentication. No one loses a role.` }, scopeFact(alert)];
  }
  if (target.change === 'other') {
    const service = isAzureScope(alert) ? 'Azure Resource Manager' : 'Microsoft Entra';
    return [{ title: 'Effect', value: `${service} applies the alert's mitigation to ${target.subject}.` }, scopeFact(alert)];
  }
  return [
    { title: 'Who', value: target.subject },
    { title: 'Loses role', value: target.role },
    { title: 'Assignment', value: assignmentKind(alert, incident, target.role) },
    scopeFact(alert),
  ];
}
