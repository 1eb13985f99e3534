import { alertTypeInfo, type AzureAlertKey } from '../../../pim/alert-catalog';
import type { ArmIncidentRecord } from './arm-incidents';
import { ARM_DEFINITIONS } from './arm-seed';
import type { ArmAlertRecord } from './arm-store';

const PROVIDER = 'providers/Microsoft.Authorization';
const iso = (ms: number): string => new Date(ms).toISOString();

/** `subscriptions/{id}` as the service writes it inside `properties.scope` (no leading slash). */
const scopeOf = (subscriptionId: string): string => `subscriptions/${subscriptionId}`;

export function definitionView(subscriptionId: string, key: AzureAlertKey): Record<string, unknown> {
  const text = ARM_DEFINITIONS[key];
  return {
    id: `/${scopeOf(subscriptionId)}/${PROVIDER}/roleManagementAlertDefinitions/${key}`,
    name: key, type: 'Microsoft.Authorization/roleManagementAlertDefinitions',
    properties: { ...text, scope: scopeOf(subscriptionId), isRemediatable: true },
  };
}

export function configurationView(subscriptionId: string, alert: ArmAlertRecord): Record<string, unknown> {
  return {
    id: `/${scopeOf(subscriptionId)}/${PROVIDER}/roleManagementAlertConfigurations/${alert.key}`,
    name: alert.key, type: 'Microsoft.Authorization/roleManagementAlertConfigurations',
    properties: {
      alertConfigurationType: alertTypeInfo(alert.key).configurationType,
      alertDefinitionId: `/${scopeOf(subscriptionId)}/${PROVIDER}/roleManagementAlertDefinitions/${alert.key}`,
      scope: scopeOf(subscriptionId), isEnabled: alert.isEnabled, ...alert.thresholds,
    },
  };
}

export function incidentView(subscriptionId: string, key: AzureAlertKey, incident: ArmIncidentRecord): Record<string, unknown> {
  return {
    id: `/${scopeOf(subscriptionId)}/${PROVIDER}/roleManagementAlerts/${key}/alertIncidents/${incident.name}`,
    name: incident.name, type: 'Microsoft.Authorization/roleManagementAlerts/alertIncidents', properties: { ...incident.properties },
  };
}

/** An alert as list and get answer it: definition, configuration and incidents inline (as in Microsoft's examples). */
export function alertView(subscriptionId: string, alert: ArmAlertRecord): Record<string, unknown> {
  return {
    id: `/${scopeOf(subscriptionId)}/${PROVIDER}/roleManagementAlerts/${alert.key}`,
    name: alert.key, type: 'Microsoft.Authorization/roleManagementAlerts',
    properties: {
      scope: scopeOf(subscriptionId), isActive: alert.isActive, incidentCount: alert.incidents.length,
      lastModifiedDateTime: iso(alert.lastModifiedAt), lastScannedDateTime: iso(alert.lastScannedAt),
      alertDefinition: definitionView(subscriptionId, alert.key),
      alertIncidents: alert.incidents.map((incident) => incidentView(subscriptionId, alert.key, incident)),
      alertConfiguration: configurationView(subscriptionId, alert),
    },
  };
}
