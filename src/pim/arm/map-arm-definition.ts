import { alertTypeByConfigurationType } from '../alert-catalog';
import { asObject, readBoolean, readString, type JsonObject } from '../graph/json-fields';
import type { AlertConfiguration, AlertDefinition, AlertSeverity } from '../model';
import { readDefinition, readSettings } from '../shared-alert-fields';

/** `Low`/`Medium`/`High` (an extensible enum in the spec); anything else becomes `unknownFutureValue`. */
export function mapArmSeverity(value: unknown): AlertSeverity {
  const lower = typeof value === 'string' ? value.toLowerCase() : '';
  return lower === 'low' || lower === 'medium' || lower === 'high' ? lower : 'unknownFutureValue';
}

export function mapArmDefinition(raw: JsonObject): AlertDefinition {
  const properties = asObject(raw.properties);
  return readDefinition(readString(raw, 'name'), properties, mapArmSeverity(properties.severityLevel));
}

const BASE_MEMBERS = new Set(['alertConfigurationType', 'alertDefinitionId', 'scope', 'isEnabled', 'alertDefinition']);

/** A configuration: `odataType` carries the `alertConfigurationType` discriminator; the type's thresholds are its settings. */
export function mapArmConfiguration(raw: JsonObject): AlertConfiguration {
  const properties = asObject(raw.properties);
  const configurationType = readString(properties, 'alertConfigurationType');
  return {
    id: readString(raw, 'name'),
    odataType: configurationType,
    alertKey: alertTypeByConfigurationType(configurationType)?.key ?? null,
    isEnabled: readBoolean(properties, 'isEnabled'),
    settings: readSettings(properties, (key) => BASE_MEMBERS.has(key)),
  };
}
