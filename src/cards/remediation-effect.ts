import type { Alert, AlertIncident } from '../pim/model';
import { summarizeIncident } from './incident-summary';

export interface EffectFact {
  readonly title: string;
  readonly value: string;
}

const day = (iso: string | undefined): string | undefined => iso?.slice(0, 10);

/**
 * Which assignment remediation removes, per alert type, as far as the incident tells (the Entra PIM alerts page, https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-how-to-configure-security-alerts:
 * the portal's "In-portal mitigation action"; Graph does not document active vs eligible for every type).
 */
function assignmentKind(alert: Alert, incident: AlertIncident): string {
  switch (alert.alertKey) {
    case 'RolesAssignedOutsidePimAlert':
      return `Active (permanent) assignment made outside PIM${incident.assignmentCreatedDateTime ? `, created ${day(incident.assignmentCreatedDateTime)}` : ''}`;
    case 'RedundantAssignmentAlert':
      return `Eligible assignment, ${incident.lastActivationDateTime ? `last activated ${day(incident.lastActivationDateTime)}` : 'never activated'}`;
    case 'StaleSignInAlert':
      return `Their assignment to this role (no sign-in since ${day(incident.lastSignInDateTime) ?? 'an unknown date'}); Graph does not say whether it is active or eligible`;
    default:
      return 'Their assignment to this role; Graph does not say whether it is active or eligible';
  }
}

/** What Confirm will do, spelled out: who loses which role, which kind of assignment, in which scope. */
export function remediationEffect(alert: Alert, incident: AlertIncident): EffectFact[] {
  const summary = summarizeIncident(incident);
  const role = incident.roleDisplayName ?? 'the role named by the incident';
  const scope = { title: 'Scope', value: alert.scopeId === '/' ? 'The whole directory (tenant-wide, scope "/")' : `Scope "${alert.scopeId}"` };
  if (alert.alertKey === 'NoMfaOnRoleActivationAlert') {
    return [{ title: 'Effect', value: `Activating ${role} will require multifactor authentication. No one loses a role.` }, scope];
  }
  if (incident.assigneeDisplayName === undefined && incident.assigneeUserPrincipalName === undefined) {
    return [{ title: 'Effect', value: `Microsoft Entra applies the alert's mitigation to ${summary.subject}.` }, scope];
  }
  return [
    { title: 'Who', value: summary.subject },
    { title: 'Loses role', value: role },
    { title: 'Assignment', value: assignmentKind(alert, incident) },
    scope,
  ];
}
