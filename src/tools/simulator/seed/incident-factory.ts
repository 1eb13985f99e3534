import { randomUUID } from 'node:crypto';
import type { EntraAlertKey as AlertKey } from '../../../pim/alert-catalog';
import type { IncidentRecord, JsonObject } from '../state/records';
import { DEMO_ROLES, demoUser, type DemoRole } from './directory';

const DAY_MS = 86_400_000;
const ROLE_CYCLE: readonly DemoRole[] = [
  DEMO_ROLES.privilegedRoleAdministrator, DEMO_ROLES.userAdministrator, DEMO_ROLES.exchangeAdministrator,
  DEMO_ROLES.securityAdministrator, DEMO_ROLES.sharePointAdministrator, DEMO_ROLES.applicationAdministrator,
];

const iso = (ms: number): string => new Date(ms).toISOString();

function assignee(index: number): JsonObject {
  const user = demoUser(index);
  return { assigneeDisplayName: user.displayName, assigneeId: user.id, assigneeUserPrincipalName: user.userPrincipalName };
}

function role(index: number, forced?: DemoRole): JsonObject {
  const chosen = forced ?? ROLE_CYCLE[index % ROLE_CYCLE.length] ?? DEMO_ROLES.userAdministrator;
  return { roleDefinitionId: chosen.templateId, roleDisplayName: chosen.displayName, roleTemplateId: chosen.templateId };
}

/** Realistic properties for the `index`-th incident of an alert type, dated relative to `now`. */
export function incidentProperties(key: AlertKey, index: number, now: number): JsonObject {
  switch (key) {
    case 'TooManyGlobalAdminsAssignedToTenantAlert':
      return assignee(index);
    case 'InvalidLicenseAlert':
      return { tenantLicenseStatus: 'Expired' };
    case 'NoMfaOnRoleActivationAlert': {
      const r = role(index);
      return { roleDisplayName: r.roleDisplayName, roleTemplateId: r.roleTemplateId };
    }
    case 'RedundantAssignmentAlert':
      return { ...assignee(index), ...role(index), lastActivationDateTime: iso(now - (45 + index) * DAY_MS) };
    case 'RolesAssignedOutsidePimAlert':
      return { ...assignee(index), ...role(index), assignmentCreatedDateTime: iso(now - (index + 1) * DAY_MS) };
    case 'SequentialActivationRenewalsAlert':
      return {
        ...assignee(index), ...role(index), activationCount: 3 + (index % 4),
        sequenceStartDateTime: iso(now - (index + 2) * 3_600_000), sequenceEndDateTime: iso(now - (index + 1) * 3_600_000),
      };
    case 'StaleSignInAlert':
      return {
        ...assignee(index), ...role(index, DEMO_ROLES.globalAdministrator),
        assignmentCreatedDateTime: iso(now - (200 + index) * DAY_MS), lastSignInDateTime: iso(now - (40 + index * 7) * DAY_MS),
      };
  }
}

/** The id the service uses: the assignee (user) id in the samples, the role for role incidents, else a GUID. */
export function incidentIdFor(properties: JsonObject): string {
  const candidate = properties.assigneeId ?? properties.roleTemplateId;
  return typeof candidate === 'string' && candidate !== '' ? candidate : randomUUID();
}

export function makeIncident(key: AlertKey, index: number, now: number): IncidentRecord {
  const properties = incidentProperties(key, index, now);
  return { id: incidentIdFor(properties), properties };
}
