import { alertKeyOfId } from '../alert-catalog';
import { asObject, isJsonObject, readArray, readString, type JsonObject } from '../graph/json-fields';
import type { Alert, AlertIncident } from '../model';
import { readAlertState } from '../shared-alert-fields';
import { azureAlertId, subscriptionScopeId, type AzureScope } from './azure-scope';
import { mapArmConfiguration, mapArmDefinition } from './map-arm-definition';
import { mapArmIncident } from './map-arm-incident';

/** A Resource Manager `Alert` (`{id, name, type, properties}`) as the domain alert, scoped to its subscription. */
export function mapArmAlert(raw: JsonObject, scope: AzureScope): Alert {
  const properties = asObject(raw.properties);
  const id = azureAlertId(scope.subscriptionId, readString(raw, 'name'));
  return {
    id,
    alertKey: alertKeyOfId(id),
    alertDefinitionId: id,
    scopeId: subscriptionScopeId(scope.subscriptionId),
    scopeType: 'subscription',
    ...(scope.displayName ? { scopeDisplayName: scope.displayName } : {}),
    ...readAlertState(properties),
    definition: isJsonObject(properties.alertDefinition) ? mapArmDefinition(properties.alertDefinition) : null,
    configuration: isJsonObject(properties.alertConfiguration) ? mapArmConfiguration(properties.alertConfiguration) : null,
  };
}

/** The incidents the alert carries inline, or undefined when the answer has none (then they are listed separately). */
export function inlineIncidents(raw: JsonObject): AlertIncident[] | undefined {
  const properties = asObject(raw.properties);
  if (!Array.isArray(properties.alertIncidents)) return undefined;
  return readArray(properties, 'alertIncidents').filter(isJsonObject).map(mapArmIncident);
}
