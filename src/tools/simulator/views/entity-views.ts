import { alertTypeInfo } from '../../../pim/alert-catalog';
import { DEFINITION_TEXTS } from '../seed/alert-definitions';
import {
  NEVER_MODIFIED, SCOPE_ID, SCOPE_TYPE, type AlertRecord, type IncidentRecord, type JsonObject,
} from '../state/records';

/**
 * Graph JSON of each entity. Every entity carries `@odata.type`: the docs samples omit it on alerts and
 * definitions (non-derived types) but the OpenAPI marks it required, and clients ignore it either way.
 */
export function alertJson(alert: AlertRecord): JsonObject {
  const hasIncidents = alert.incidents.length > 0;
  return {
    '@odata.type': '#microsoft.graph.unifiedRoleManagementAlert',
    id: alert.id,
    alertDefinitionId: alert.id,
    scopeId: SCOPE_ID,
    scopeType: SCOPE_TYPE,
    incidentCount: alert.incidents.length,
    isActive: alert.isActive,
    lastModifiedDateTime: alert.isActive || hasIncidents ? alert.lastModifiedDateTime : NEVER_MODIFIED,
    lastScannedDateTime: alert.lastScannedDateTime,
  };
}

export function definitionJson(alert: AlertRecord): JsonObject {
  const text = DEFINITION_TEXTS[alert.key];
  return {
    '@odata.type': '#microsoft.graph.unifiedRoleManagementAlertDefinition',
    id: alert.id,
    displayName: text.displayName,
    scopeType: SCOPE_TYPE,
    scopeId: SCOPE_ID,
    description: text.description,
    severityLevel: text.severityLevel,
    securityImpact: text.securityImpact,
    mitigationSteps: text.mitigationSteps,
    howToPrevent: text.howToPrevent,
    isRemediatable: text.isRemediatable,
    isConfigurable: text.isConfigurable,
  };
}

export function configurationJson(alert: AlertRecord): JsonObject {
  return {
    '@odata.type': alertTypeInfo(alert.key).configurationType,
    id: alert.id,
    alertDefinitionId: alert.id,
    scopeType: SCOPE_TYPE,
    scopeId: SCOPE_ID,
    ...alert.configuration,
  };
}

export function incidentJson(alert: AlertRecord, incident: IncidentRecord): JsonObject {
  return { '@odata.type': alertTypeInfo(alert.key).incidentType, id: incident.id, ...incident.properties };
}
