import type { AlertIncident, AlertSeverity, AlertWithIncidents } from '../../../src/pim/model';

export const TENANT_ID = '11111111-2222-3333-4444-555555555555';

export function incident(id: string, name = `User ${id}`): AlertIncident {
  return {
    id, odataType: '#microsoft.graph.staleSignInAlertIncident', alertKey: 'StaleSignInAlert',
    assigneeDisplayName: name, assigneeUserPrincipalName: `${id}@contoso.example`, roleDisplayName: 'Global Administrator',
    otherProperties: {},
  };
}

/** An alert with the given incidents; key picks one of the seven types. */
export function alertWith(key: string, severity: AlertSeverity, incidents: readonly AlertIncident[], isActive = incidents.length > 0): AlertWithIncidents {
  const id = `DirectoryRole_${TENANT_ID}_${key}`;
  return {
    id, alertKey: null, alertDefinitionId: id, scopeId: '/', scopeType: 'DirectoryRole',
    incidentCount: incidents.length, isActive, lastModifiedDateTime: null, lastScannedDateTime: null,
    definition: {
      id, displayName: `${key} alert`, description: '', severityLevel: severity, securityImpact: '', mitigationSteps: '',
      howToPrevent: '', isRemediatable: true, isConfigurable: true,
    },
    configuration: null,
    incidents,
  };
}
