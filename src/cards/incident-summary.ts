import type { AlertIncident } from '../pim/model';
import { otherEvidence } from './incident-evidence';

/** The readable parts of an incident, whatever its type: who/what it is about and the evidence. */
export interface IncidentSummary {
  /** e.g. `Jane Doe (jane@contoso.com)`, or the role for role-only incidents. */
  readonly subject: string;
  readonly role?: string;
  readonly details: readonly string[];
}

export function summarizeIncident(incident: AlertIncident): IncidentSummary {
  const person = incident.assigneeDisplayName ?? incident.assigneeUserPrincipalName;
  const upn = incident.assigneeUserPrincipalName;
  const subject = person === undefined
    ? (incident.roleDisplayName ?? incident.tenantLicenseStatus ?? incident.id)
    : upn !== undefined && upn !== person ? `${person} (${upn})` : person;
  return { subject, role: incident.roleDisplayName, details: evidence(incident, person !== undefined) };
}

function evidence(incident: AlertIncident, hasPerson: boolean): string[] {
  const lines: string[] = [];
  if (hasPerson && incident.roleDisplayName) lines.push(`Role: ${incident.roleDisplayName}`);
  if (incident.lastSignInDateTime) lines.push(`Last sign-in: ${incident.lastSignInDateTime.slice(0, 10)}`);
  if (incident.lastActivationDateTime) lines.push(`Last activation: ${incident.lastActivationDateTime.slice(0, 10)}`);
  if (incident.assignmentCreatedDateTime) lines.push(`Assigned: ${incident.assignmentCreatedDateTime.slice(0, 10)}`);
  if (incident.activationCount !== undefined) lines.push(`Activations: ${incident.activationCount}`);
  if (incident.tenantLicenseStatus && hasPerson) lines.push(`License: ${incident.tenantLicenseStatus}`);
  return [...lines, ...otherEvidence(incident.otherProperties)];
}

/** True when `query` names this incident: its id, UPN or display name (case-insensitive). */
export function incidentMatches(incident: AlertIncident, query: string): boolean {
  const wanted = query.trim().toLowerCase();
  return [incident.id, incident.assigneeId, incident.assigneeUserPrincipalName, incident.assigneeDisplayName]
    .some((value) => value !== undefined && value.toLowerCase() === wanted);
}
