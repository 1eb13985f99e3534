import { alertTypeByConfigurationType } from '../alert-catalog';
import { asObject, readBoolean, readString, type JsonObject } from '../graph/json-fields';
import type { AlertConfiguration, AlertDefinition, AlertSeverity, SettingValue } from '../model';

/** `Low`/`Medium`/`High` (an extensible enum in the spec); anything else becomes `unknownFutureValue`. */
export function mapArmSeverity(value: unknown): AlertSeverity {
  const lower = typeof value === 'string' ? value.toLowerCase() : '';
  return lower === 'low' || lower === 'medium' || lower === 'high' ? lower : 'unknownFutureValue';
}

export function mapArmDefinition(raw: JsonObject): AlertDefinition {
  const properties = asObject(raw.properties);
  return {
    id: readString(raw, 'name'),
    displayName: readString(properties, 'displayName'),
    description: readString(properties, 'description'),
    severityLevel: mapArmSeverity(properties.severityLevel),
    securityImpact: readString(properties, 'securityImpact'),
    mitigationSteps: readString(properties, 'mitigationSteps'),
    howToPrevent: readString(properties, 'howToPrevent'),
    isRemediatable: readBoolean(properties, 'isRemediatable'),
    isConfigurable: readBoolean(properties, 'isConfigurable'),
  };
}

const BASE_MEMBERS = new Set(['alertConfigurationType', 'alertDefinitionId', 'scope', 'isEnabled', 'alertDefinition']);

/** A configuration: `odataType` carries the `alertConfigurationType` discriminator; the type's thresholds are its settings. */
export function mapArmConfiguration(raw: JsonObject): AlertConfiguration {
  const properties = asObject(raw.properties);
  const configurationType = readString(properties, 'alertConfigurationType');
  const settings: Record<string, SettingValue | null> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (BASE_MEMBERS.has(key)) continue;
    if (value === null || typeof value === 'string' || typeof value === 'boolean') settings[key] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) settings[key] = value;
  }
  return {
    id: readString(raw, 'name'),
    odataType: configurationType,
    alertKey: alertTypeByConfigurationType(configurationType)?.key ?? null,
    isEnabled: readBoolean(properties, 'isEnabled'),
    settings,
  };
}
